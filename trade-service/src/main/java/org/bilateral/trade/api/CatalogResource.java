package org.bilateral.trade.api;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.bilateral.support.cache.CurrentPages;
import org.bilateral.support.codes.IsoCodes;
import org.bilateral.support.config.ApiConfig;
import org.bilateral.support.csv.CsvPageWriter;
import org.bilateral.support.openapi.PageValidatorDocs;
import org.bilateral.support.paging.Links;
import org.bilateral.support.paging.Page;
import org.bilateral.support.paging.PageParams;
import org.bilateral.support.paging.PageRequest;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.provenance.Source;
import org.bilateral.support.provenance.SourceView;
import org.bilateral.trade.api.model.CommodityView;
import org.bilateral.trade.api.model.RankingView;
import org.bilateral.trade.domain.CommodityListing;
import org.bilateral.trade.domain.Flow;
import org.bilateral.trade.domain.ListingKind;
import org.bilateral.trade.domain.PartnerGroup;
import org.bilateral.trade.domain.PartnerRanking;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/trade")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    private final ApiConfig api;
    private final CurrentPages pages;

    CatalogResource(ApiConfig api, CurrentPages pages) {
        this.api = api;
        this.pages = pages;
    }

    @GET
    @Path("/commodities")
    @Produces({MediaType.APPLICATION_JSON, CsvPageWriter.TEXT_CSV})
    @Tag(name = "Commodities", description = "Main goods traded in each direction, by HS code")
    @APIResponse(responseCode = "304", description = PageValidatorDocs.NOT_MODIFIED)
    @Operation(operationId = "listTradeCommodities", summary = "List the main goods per direction",
            description = "The goods the sources name as main exports or imports of one country to the other, ranked as the source ranks "
                    + "them, with their HS code and citation; filter by direction, kind and HS code prefix, read as stored at asOf.")
    @APIResponse(responseCode = "200", description = "A page of listed goods; Link header with next/prev/first/last",
            headers = @Header(name = "Link", description = "RFC 8288 page links", schema = @Schema(type = SchemaType.STRING)))
    public Uni<RestResponse<Page<CommodityView>>> commodities(
            @Parameter(description = "Exporting country", example = "BY") @QueryParam("exporter") String exporter,
            @Parameter(description = "Importing country", example = "KZ") @QueryParam("importer") String importer,
            @Parameter(description = "Listing kind", schema = @Schema(implementation = ListingKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "HS code prefix: 84 matches 8433", example = "87") @QueryParam("hsCode") String hsCode,
            @Parameter(description = "As stored at this instant", example = "2026-01-01T00:00:00Z") @QueryParam("asOf") Instant asOf,
            @BeanParam PageParams page,
            @Parameter(description = "Fields: id, rank, hsCode, exporter, importer; '-' for descending", example = "exporter,rank") @QueryParam("sort") String sort,
            @Context UriInfo uri) {
        if (hsCode != null && !hsCode.matches("[0-9]{1,10}(-[0-9]{2})?")) {
            throw ApiException.badRequest("hsCode", "must be digits of an HS code, e.g. 87 or 8701");
        }
        var filter = new CommodityListing.Filter(IsoCodes.country("exporter", exporter), IsoCodes.country("importer", importer),
                IsoCodes.code("kind", kind, ListingKind.class), hsCode);
        PageRequest request = page.request(sort, CommodityListing.SORT, api);
        return pages.read(List.of(CommodityView.class, filter, request), asOf,
                () -> CommodityListing.search(filter, request, asOf).map(CommodityView::of)).map(found -> Links.ok(uri, found));
    }

    @GET
    @Path("/rankings")
    @Produces({MediaType.APPLICATION_JSON, CsvPageWriter.TEXT_CSV})
    @Tag(name = "Rankings", description = "A partner's place among the reporter's trading partners, as the sources state it")
    @APIResponse(responseCode = "304", description = PageValidatorDocs.NOT_MODIFIED)
    @Operation(operationId = "listTradeRankings", summary = "List stated rankings of trading partners",
            description = "Places such as 'third among the CIS member states' or 'one of the top ten', each with its citation; filters "
                    + "combine with AND, an unknown value is a 400 naming it. Read-only: filled from the seed facts; its changes appear "
                    + "in the change feed as resource 'rankings'.")
    @APIResponse(responseCode = "200", description = "A page of rankings; Link header with next/prev/first/last",
            headers = @Header(name = "Link", description = "RFC 8288 page links", schema = @Schema(type = SchemaType.STRING)))
    public Uni<RestResponse<Page<RankingView>>> rankings(
            @Parameter(description = "Country whose partners are ranked", example = "BY") @QueryParam("reporter") String reporter,
            @Parameter(description = "The partner ranked", example = "KZ") @QueryParam("partner") String partner,
            @Parameter(description = "What the partners are ranked by", schema = @Schema(implementation = Flow.class)) @QueryParam("flow") String flow,
            @Parameter(description = "Among which partners", schema = @Schema(implementation = PartnerGroup.class)) @QueryParam("among") String among,
            @Parameter(description = "As stored at this instant", example = "2026-01-01T00:00:00Z") @QueryParam("asOf") Instant asOf,
            @BeanParam PageParams page,
            @Parameter(description = "Fields: id, position, reporter, partner, flow; '-' for descending. Default: reporter,partner,flow",
                    example = "position") @QueryParam("sort") String sort,
            @Context UriInfo uri) {
        var filter = new PartnerRanking.Filter(IsoCodes.country("reporter", reporter), IsoCodes.country("partner", partner),
                IsoCodes.code("flow", flow, Flow.class), IsoCodes.code("among", among, PartnerGroup.class));
        PageRequest request = page.request(sort, PartnerRanking.SORT, api);
        return pages.read(List.of(RankingView.class, filter, request), asOf,
                () -> PartnerRanking.search(filter, request, asOf).map(RankingView::of)).map(found -> Links.ok(uri, found));
    }

    @GET
    @Path("/sources")
    @Produces({MediaType.APPLICATION_JSON, CsvPageWriter.TEXT_CSV})
    @Tag(name = "Trade sources", description = "The documents facts are taken from")
    @Operation(operationId = "listTradeSources", summary = "List source documents",
            description = "Every document the trade figures cite, in order, with publisher, date and a summary in our words.")
    public List<SourceView> sources() {
        return Source.allInOrder().stream().map(Source::toView).toList();
    }
}
