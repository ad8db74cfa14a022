package org.bilateral.gateway.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletionStage;
import org.bilateral.gateway.api.OverviewViews.Overview;
import org.bilateral.gateway.config.GatewayConfig;
import org.bilateral.gateway.service.OverviewService;
import org.bilateral.support.codes.IsoCodes;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.request.RequestIds;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/overview")
@Tag(name = "Overview", description = "One composite answer across trade, agreements and ventures")
@Produces(MediaType.APPLICATION_JSON)
public class OverviewResource {

    private final OverviewService overview;
    private final GatewayConfig config;

    OverviewResource(OverviewService overview, GatewayConfig config) {
        this.overview = overview;
        this.config = config;
    }

    @GET
    @Operation(operationId = "getOverview", summary = "Trade, agreements and ventures at a glance",
            description = "The latest annual turnover, exports and imports with reported and recomputed growth and the progress toward each "
                    + "trade target (trade-service); the agreements with both countries among the parties in force today and the next to "
                    + "expire (agreements-service, counted over its first 200 in-force agreements); venture listings by kind and status "
                    + "(ventures-service, the whole registry). The services are asked in parallel; a section whose service fails or does "
                    + "not answer within the configured timeout is marked degraded with the reason, and the answer is still 200.")
    public CompletionStage<Overview> get(
            @Parameter(description = "Reporting country, ISO 3166-1 alpha-2; defaults to the configured pair", example = "BY")
            @QueryParam("reporter") String reporter,
            @Parameter(description = "Partner country, ISO 3166-1 alpha-2; defaults to the configured pair", example = "KZ")
            @QueryParam("partner") String partner,
            @Context HttpHeaders headers) {
        String r = reporter == null ? config.overview().defaultReporter() : IsoCodes.country("reporter", reporter);
        String p = partner == null ? config.overview().defaultPartner() : IsoCodes.country("partner", partner);
        if (r.equals(p)) {
            throw ApiException.badRequest("partner", "must differ from reporter");
        }
        return overview.overview(r, p, RequestIds.of(headers));
    }
}
