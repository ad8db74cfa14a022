package org.bilateral.agreements.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.bilateral.agreements.service.AgreementHistory;
import org.bilateral.support.history.ChangeBatch;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/agreements/changes")
@Tag(name = "Agreement changes", description = "Change feed for partners who sync")
@Produces(MediaType.APPLICATION_JSON)
public class ChangesResource {

    private final AgreementHistory history;

    ChangesResource(AgreementHistory history) {
        this.history = history;
    }

    @GET
    @Operation(operationId = "listAgreementChanges", summary = "Changes since a cursor",
            description = "Every create, update and delete of agreements, claimed counts, commissions and events after the cursor, oldest first, "
                    + "with the record as it then stood (resource 'agreements', 'claims', 'commissions' or 'events'). Start with since=0 and pass nextCursor back until "
                    + "hasMore is false.")
    public ChangeBatch changes(
            @Parameter(description = "Cursor: 0 for the beginning, else a nextCursor from this feed", example = "0") @QueryParam("since") Long since,
            @Parameter(description = "Most changes to return, 1 to 1000", example = "100") @QueryParam("limit") Integer limit) {
        return history.changes(since, limit);
    }
}
