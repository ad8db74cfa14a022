package org.bilateral.ventures.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.bilateral.support.csv.CsvPageWriter;
import org.bilateral.support.provenance.Source;
import org.bilateral.support.provenance.SourceView;
import org.bilateral.ventures.api.model.ClaimView;
import org.bilateral.ventures.api.model.VentureStatisticsView;
import org.bilateral.ventures.domain.Claim;
import org.bilateral.ventures.service.StatisticsService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/ventures")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    private final StatisticsService statistics;

    CatalogResource(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @Path("/statistics")
    @Tag(name = "Venture statistics", description = "Listed counts beside the counts sources claim")
    @Operation(operationId = "getVentureStatistics", summary = "Listed counts and claimed counts with coverage",
            description = "listed: counts over every listing by kind, status, sector and host country. claims: each aggregate count a "
                    + "source states, with how many existing listings (not PROPOSED or PLANNED) match it and that as a percent of the claim.")
    public VentureStatisticsView statistics() {
        return StatisticsViews.of(statistics.statistics());
    }

    @GET
    @Path("/claims")
    @Produces({MediaType.APPLICATION_JSON, CsvPageWriter.TEXT_CSV})
    @Tag(name = "Venture statistics", description = "Listed counts beside the counts sources claim")
    @Operation(operationId = "listVentureClaims", summary = "List the aggregate counts sources claim", description = "As stored, with sources; "
            + "see /statistics for their coverage by the listings.")
    public List<ClaimView> claims() {
        return Claim.allInOrder().stream().map(ClaimView::of).toList();
    }

    @GET
    @Path("/sources")
    @Produces({MediaType.APPLICATION_JSON, CsvPageWriter.TEXT_CSV})
    @Tag(name = "Venture sources", description = "The documents facts are taken from")
    @Operation(operationId = "listVentureSources", summary = "List source documents",
            description = "Every document the ventures and organisations cite, in order, with publisher, date and a summary in our words.")
    public List<SourceView> sources() {
        return Source.allInOrder().stream().map(Source::toView).toList();
    }
}
