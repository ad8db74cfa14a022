package org.bilateral.agreements.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bilateral.agreements.api.model.ImportReportView;
import org.bilateral.support.seed.SeedRunner;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/agreements/admin")
@Tag(name = "Agreement administration", description = "Operations for administrators")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private final SeedRunner seeds;

    AdminResource(SeedRunner seeds) {
        this.seeds = seeds;
    }

    @POST
    @Path("/seed-import")
    @RolesAllowed("admin")
    @Operation(operationId = "importAgreementSeeds", summary = "Re-import the packaged seed facts",
            description = "Adds every seed agreement, claimed count and commission not stored yet (by natural key); changes nothing already stored. Needs group admin.")
    public ImportReportView importSeeds() {
        return ImportReportView.of(seeds.importMissing());
    }
}
