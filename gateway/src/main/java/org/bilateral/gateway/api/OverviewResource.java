package org.bilateral.gateway.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletionStage;
import org.bilateral.gateway.api.model.OverviewViews.Overview;
import org.bilateral.gateway.config.GatewayConfig;
import org.bilateral.gateway.service.OverviewService;
import org.bilateral.support.codes.IsoCodes;
import org.bilateral.support.concurrency.ETags;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.request.RequestIds;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

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
                    + "trade target (trade-service); how many agreements with both countries among the parties are in force today and "
                    + "the next to expire (agreements-service); venture listings by kind and status (ventures-service, the whole "
                    + "registry). The services are asked in parallel; a section whose service fails or does not answer within the "
                    + "configured timeout is marked degraded with the reason, and the answer is still 200. Sections are served again "
                    + "until the service's change feed shows a change; cursors says which changes each section reflects. The ETag "
                    + "changes with the content: send it back in If-None-Match for a 304 while nothing changed.")
    @APIResponse(responseCode = "200", description = "The overview",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Overview.class)),
            headers = @Header(name = "ETag", description = "Digest of this answer", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag named in If-None-Match",
            headers = @Header(name = "ETag", description = "Digest of the current answer", schema = @Schema(type = SchemaType.STRING)))
    public CompletionStage<RestResponse<byte[]>> get(
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
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        return overview.overview(r, p, RequestIds.of(headers)).thenApply(answer -> ETags.noneMatchHits(ifNoneMatch, answer.etag())
                ? RestResponse.ResponseBuilder.<byte[]>create(RestResponse.Status.NOT_MODIFIED).header(HttpHeaders.ETAG, answer.etag())
                        .header(HttpHeaders.CACHE_CONTROL, "no-cache").build()
                : RestResponse.ResponseBuilder.ok(answer.json(), MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, answer.etag())
                        .header(HttpHeaders.CACHE_CONTROL, "no-cache").build());
    }
}
