package org.bilateral.trade.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.bilateral.support.codes.IsoCodes;
import org.bilateral.support.config.ApiConfig;
import org.bilateral.support.csv.CsvPageWriter;
import org.bilateral.support.paging.Links;
import org.bilateral.support.paging.Page;
import org.bilateral.support.paging.PageRequest;
import org.bilateral.support.provenance.Source;
import org.bilateral.support.provenance.SourceView;
import org.bilateral.trade.domain.CommodityListing;
import org.bilateral.trade.domain.ListingKind;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/trade")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    private final ApiConfig api;

    CatalogResource(ApiConfig api) {
        this.api = api;
    }

    @GET
    @Path("/commodities")
    @Produces({MediaType.APPLICATION_JSON, CsvPageWriter.TEXT_CSV})
    @Tag(name = "Commodities", description = "Main goods traded in each direction, by HS code")
    @Operation(operationId = "listTradeCommodities", summary = "List the main goods per direction")
    public RestResponse<Page<CommodityView>> commodities(
            @Parameter(description = "Exporting country", example = "BY") @QueryParam("exporter") String exporter,
            @Parameter(description = "Importing country", example = "KZ") @QueryParam("importer") String importer,
            @Parameter(description = "Listing kind", schema = @Schema(implementation = ListingKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "HS code prefix: 84 matches 8433", example = "87") @QueryParam("hsCode") String hsCode,
            @Parameter(description = "As stored at this instant", example = "2026-01-01T00:00:00Z") @QueryParam("asOf") Instant asOf,
            @Parameter(description = "0-based page", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200", example = "20") @QueryParam("size") Integer size,
            @Parameter(description = "Fields: id, rank, hsCode, exporter, importer; '-' for descending", example = "exporter,rank") @QueryParam("sort") String sort,
            @Context UriInfo uri) {
        if (hsCode != null && !hsCode.matches("[0-9]{1,10}(-[0-9]{2})?")) {
            throw org.bilateral.support.problem.ApiException.badRequest("hsCode", "must be digits of an HS code, e.g. 87 or 8701");
        }
        var filter = new CommodityListing.Filter(IsoCodes.country("exporter", exporter), IsoCodes.country("importer", importer),
                IsoCodes.code("kind", kind, ListingKind.class), hsCode);
        return Links.ok(uri, CommodityListing.search(filter, PageRequest.of(page, size, sort, CommodityListing.SORT, api), asOf)
                .map(CommodityView::of));
    }

    @GET
    @Path("/sources")
    @Produces({MediaType.APPLICATION_JSON, CsvPageWriter.TEXT_CSV})
    @Tag(name = "Sources", description = "The documents facts are taken from")
    @Operation(operationId = "listTradeSources", summary = "List source documents")
    public List<SourceView> sources() {
        return Source.allInOrder().stream().map(Source::toView).toList();
    }
}
