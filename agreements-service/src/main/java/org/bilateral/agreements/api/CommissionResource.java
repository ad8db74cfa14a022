package org.bilateral.agreements.api;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.bilateral.agreements.api.model.CommissionView;
import org.bilateral.agreements.domain.Commission;
import org.bilateral.support.cache.CurrentPages;
import org.bilateral.support.codes.IsoCodes;
import org.bilateral.support.openapi.PageValidatorDocs;
import org.bilateral.support.query.PointReads;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The commissions that steer the cooperation; read-only, filled from the seed facts. */
@Path("/api/v1/agreements/commissions")
@Tag(name = "Agreement commissions", description = "Bodies the parties set up to steer their cooperation, with co-chairs and sessions")
@Produces(MediaType.APPLICATION_JSON)
public class CommissionResource {

    private final PointReads reads;
    private final CurrentPages pages;

    CommissionResource(PointReads reads, CurrentPages pages) {
        this.reads = reads;
        this.pages = pages;
    }

    @GET
    @APIResponse(responseCode = "200", description = "Every commission (with a party of that country), by id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = CommissionView.class)))
    @APIResponse(responseCode = "304", description = PageValidatorDocs.NOT_MODIFIED)
    @Operation(operationId = "listAgreementCommissions", summary = "List commissions",
            description = "Every commission with its parties, co-chairs and sessions, by id. Read-only: filled from the seed facts; "
                    + "its changes appear in the change feed as resource 'commissions'.")
    public Uni<List<CommissionView>> list(
            @Parameter(description = "Only commissions with a party of this country, ISO 3166-1 alpha-2", example = "KZ") @QueryParam("party") String party,
            @Parameter(description = "As stored at this instant", example = "2026-01-01T00:00:00Z") @QueryParam("asOf") Instant asOf) {
        String country = IsoCodes.country("party", party);
        return pages.readWhole(List.of(CommissionView.class, String.valueOf(country)), asOf,
                () -> Commission.withParty(country, asOf).stream().map(CommissionView::of).toList());
    }

    @GET
    @Path("/{id: [0-9]+}")
    @Operation(operationId = "getAgreementCommission", summary = "Get one commission", description = "ETag carries the version.")
    @APIResponse(responseCode = "200", description = "The commission",
            headers = @Header(name = "ETag", description = "Version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommissionView.class)))
    public Uni<RestResponse<CommissionView>> get(@Parameter(description = "Commission id", example = "1") @PathParam("id") long id,
            @Parameter(description = "As stored at this instant", example = "2026-01-01T00:00:00Z") @QueryParam("asOf") Instant asOf) {
        return reads.answer(Commission.READER, "Commission", id, asOf, CommissionView::of, c -> c.version);
    }
}
