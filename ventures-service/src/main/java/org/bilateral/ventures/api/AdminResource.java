package org.bilateral.ventures.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bilateral.support.seed.SeedRunner;
import org.bilateral.ventures.api.model.ImportReportView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/ventures/admin")
@Tag(name = "Venture administration", description = "Operations for administrators")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private final SeedRunner seeds;

    AdminResource(SeedRunner seeds) {
        this.seeds = seeds;
    }

    @POST
    @Path("/seed-import")
    @RolesAllowed("admin")
    @Operation(operationId = "importVentureSeeds", summary = "Re-import the packaged seed facts",
            description = "Adds every seed fact not stored yet (by natural key); changes nothing already stored. Needs group admin.")
    public ImportReportView importSeeds() {
        return ImportReportView.of(seeds.importMissing());
    }
}
