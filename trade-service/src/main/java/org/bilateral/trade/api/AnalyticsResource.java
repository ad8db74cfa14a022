package org.bilateral.trade.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.bilateral.support.codes.IsoCodes;
import org.bilateral.support.csv.CsvPageWriter;
import org.bilateral.support.params.ParamErrors;
import org.bilateral.trade.api.model.AnalyticsViews.Balance;
import org.bilateral.trade.api.model.AnalyticsViews.Discrepancies;
import org.bilateral.trade.api.model.AnalyticsViews.Series;
import org.bilateral.trade.api.model.AnalyticsViews.TargetProgressView;
import org.bilateral.trade.config.TradeConfig;
import org.bilateral.trade.domain.Flow;
import org.bilateral.trade.service.AnalyticsService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/trade")
@Tag(name = "Analytics", description = "Series, balance, targets and discrepancies computed from the stored figures")
@Produces(MediaType.APPLICATION_JSON)
public class AnalyticsResource {

    private final AnalyticsService analytics;
    private final TradeConfig config;

    AnalyticsResource(AnalyticsService analytics, TradeConfig config) {
        this.analytics = analytics;
        this.config = config;
    }

    @GET
    @Path("/series")
    @Operation(operationId = "getTradeSeries", summary = "A flow over time",
            description = "One point per period with the preferred value (rule in preferenceRule), every reported value, the growth the source reports "
                    + "and the growth recomputed from the stored value a year earlier. Where no source states the year before, a derived point "
                    + "computes it from the reported growth. Amounts in millions of USD.")
    public Series series(
            @Parameter(description = "Reporting country; defaults to the platform's configured pair", example = "BY") @QueryParam("reporter") String reporter,
            @Parameter(description = "Partner country; defaults to the platform's configured pair", example = "KZ") @QueryParam("partner") String partner,
            @Parameter(description = "Flow; default TURNOVER", schema = @Schema(implementation = Flow.class)) @QueryParam("flow") String flow,
            @Parameter(description = "Region, ISO 3166-2; absent for the whole country", example = "BY-MA") @QueryParam("region") String region,
            @Parameter(description = "HS code; absent for all goods", example = "01-24") @QueryParam("commodity") String commodity) {
        Flow f = IsoCodes.code("flow", flow, Flow.class);
        return AnalyticsViewMapper.series(analytics.series(reporter(reporter), partner(partner), f == null ? Flow.TURNOVER : f,
                IsoCodes.region("region", region), commodity));
    }

    @GET
    @Path("/balance")
    @Operation(operationId = "getTradeBalance", summary = "Exports, imports and balance per period",
            description = "For every period with exports or imports: balance = exports - imports, and whether the reported turnover "
                    + "equals exports + imports within the rounding of the stated figures. Amounts in millions of USD.")
    public Balance balance(
            @Parameter(description = "Reporting country; defaults to the configured pair", example = "BY") @QueryParam("reporter") String reporter,
            @Parameter(description = "Partner country; defaults to the configured pair", example = "KZ") @QueryParam("partner") String partner,
            @Parameter(description = "Only periods within this year", example = "2018") @QueryParam("year") Integer year) {
        ParamErrors errors = new ParamErrors();
        String r = errors.check(() -> reporter(reporter));
        String p = errors.check(() -> partner(partner));
        PeriodChecks.year(errors, year);
        errors.throwIfAny();
        return AnalyticsViewMapper.balance(analytics.balance(r, p, year));
    }

    @GET
    @Path("/targets")
    @Produces({MediaType.APPLICATION_JSON, CsvPageWriter.TEXT_CSV})
    @Operation(operationId = "listTradeTargets", summary = "Trade targets with progress",
            description = "Each target, forecast or aspiration with the latest annual figure up to its deadline and the share reached.")
    public List<TargetProgressView> targets(
            @Parameter(description = "Reporting country", example = "BY") @QueryParam("reporter") String reporter,
            @Parameter(description = "Partner country", example = "KZ") @QueryParam("partner") String partner) {
        return AnalyticsViewMapper.targets(analytics.targets(IsoCodes.country("reporter", reporter), IsoCodes.country("partner", partner)));
    }

    @GET
    @Path("/discrepancies")
    @Operation(operationId = "getTradeDiscrepancies", summary = "Where sources disagree",
            description = "Keys reported with different values by different sources (with whether rounding explains it), keys that both "
                    + "official statistics and press reports give (officialVsReported: both listed with their spread and the preference "
                    + "rule applied; official first unless bilateral.trade.preference.official-first=false), reported growth "
                    + "that the stored figures contradict, and turnover that is not exports + imports.")
    public Discrepancies discrepancies(
            @Parameter(description = "Reporting country; defaults to the configured pair", example = "BY") @QueryParam("reporter") String reporter,
            @Parameter(description = "Partner country; defaults to the configured pair", example = "KZ") @QueryParam("partner") String partner) {
        return AnalyticsViewMapper.discrepancies(analytics.discrepancies(reporter(reporter), partner(partner)));
    }

    private String reporter(String reporter) {
        return reporter == null ? config.trade().defaultReporter() : IsoCodes.country("reporter", reporter);
    }

    private String partner(String partner) {
        return partner == null ? config.trade().defaultPartner() : IsoCodes.country("partner", partner);
    }
}
