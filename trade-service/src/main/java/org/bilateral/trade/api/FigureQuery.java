package org.bilateral.trade.api;

import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import org.bilateral.support.codes.IsoCodes;
import org.bilateral.support.params.ParamErrors;
import org.bilateral.trade.domain.Figure;
import org.bilateral.trade.domain.Flow;
import org.bilateral.trade.domain.RegionFilter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters of the figures list ({@code @BeanParam FigureQuery query}), checked together: one 400 names every
 * bad parameter. Dates and instants are converted by StrictParamConverters, so an unparsable one is already a 400.
 */
public class FigureQuery {

    @QueryParam("reporter")
    @Parameter(description = "Reporting country, ISO 3166-1 alpha-2", example = "BY")
    public String reporter;

    @QueryParam("partner")
    @Parameter(description = "Partner country, ISO 3166-1 alpha-2", example = "KZ")
    public String partner;

    @QueryParam("flow")
    @Parameter(description = "Flow", schema = @Schema(implementation = Flow.class))
    public String flow;

    @QueryParam("region")
    @Parameter(description = "Region, ISO 3166-2; 'none' for whole-country figures only", example = "BY-MA")
    public String region;

    @QueryParam("commodity")
    @Parameter(description = "HS code or chapter range", example = "01-24")
    public String commodity;

    @QueryParam("year")
    @Parameter(description = "Periods within this calendar year", example = "2018")
    public Integer year;

    @QueryParam("from")
    @Parameter(description = "Periods starting on or after this date", example = "2018-01-01")
    public LocalDate from;

    @QueryParam("to")
    @Parameter(description = "Periods ending on or before this date", example = "2019-06-30")
    public LocalDate to;

    @QueryParam("source")
    @Parameter(description = "Source document id", example = "000_86346d2b20f6c8b6")
    public String source;

    @QueryParam("asOf")
    @Parameter(description = "Show the figures as they stood at this instant", example = "2026-01-01T00:00:00Z")
    public Instant asOf;

    /** The validated filter; a 400 naming every bad parameter otherwise. */
    public Figure.Filter filter() {
        ParamErrors errors = new ParamErrors();
        String r = errors.check(() -> IsoCodes.country("reporter", reporter));
        String p = errors.check(() -> IsoCodes.country("partner", partner));
        Flow f = errors.check(() -> IsoCodes.code("flow", flow, Flow.class));
        RegionFilter regions = errors.check(() -> regionFilter(region));
        PeriodChecks.year(errors, year);
        PeriodChecks.range(errors, from, to);
        errors.throwIfAny();
        return new Figure.Filter(r, p, f, regions, commodity, year, from, to, source);
    }

    /** The region parameter as a filter: absent, {@code none} (whole country) or an ISO 3166-2 code. */
    static RegionFilter regionFilter(String value) {
        RegionFilter filter = RegionFilter.parse(value);
        if (filter instanceof RegionFilter.Of one) {
            IsoCodes.region("region", one.code());
        }
        return filter;
    }
}
