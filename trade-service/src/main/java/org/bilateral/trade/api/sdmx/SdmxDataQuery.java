package org.bilateral.trade.api.sdmx;

import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bilateral.trade.service.SdmxFigures;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters of an SDMX data request ({@code @BeanParam SdmxDataQuery query}), shared by the three data paths.
 * They are read as strings and checked by {@link #parse()}, so a bad value is an SDMX-ML error message (code 140,
 * or 501 for a dimension at observation that is not offered) naming the parameter, as SDMX clients expect, rather than
 * a problem+json.
 */
public class SdmxDataQuery {

    static final String ALL_DIMENSIONS = "AllDimensions";

    @QueryParam("startPeriod")
    @Parameter(description = "Periods starting on or after the start of this SDMX period (YYYY, YYYY-Sn, YYYY-Qn, YYYY-MM, YYYY-MM-DD)", example = "2018")
    public String startPeriod;

    @QueryParam("endPeriod")
    @Parameter(description = "Periods ending on or before the end of this SDMX period", example = "2019")
    public String endPeriod;

    @QueryParam("firstNObservations")
    @Parameter(description = "At most this many observations per series, the earliest", example = "1")
    public String firstN;

    @QueryParam("lastNObservations")
    @Parameter(description = "At most this many observations per series, the latest", example = "1")
    public String lastN;

    @QueryParam("dimensionAtObservation")
    @Parameter(description = "TIME_PERIOD (series with observations over time, the default) or AllDimensions (flat observations)",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"TIME_PERIOD", "AllDimensions"}), example = "TIME_PERIOD")
    public String dimensionAtObservation;

    @QueryParam("detail")
    @Parameter(description = "full (default), dataonly (no attributes), serieskeysonly, nodata",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"full", "dataonly", "serieskeysonly", "nodata"}), example = "full")
    public String detail;

    @QueryParam("updatedAfter")
    @Parameter(description = "Only figures created or changed after this instant (xs:dateTime with offset, or a date); deletions are in /api/v1/trade/changes",
            example = "2026-01-01T00:00:00Z")
    public String updatedAfter;

    public SdmxDataQuery() {
    }

    SdmxDataQuery(String startPeriod, String endPeriod, String firstN, String lastN, String dimensionAtObservation, String detail,
            String updatedAfter) {
        this.startPeriod = startPeriod;
        this.endPeriod = endPeriod;
        this.firstN = firstN;
        this.lastN = lastN;
        this.dimensionAtObservation = dimensionAtObservation;
        this.detail = detail;
        this.updatedAfter = updatedAfter;
    }

    /** The parameters checked and typed; every field but the flags may be null (no restriction). */
    record Parsed(boolean allDimensions, SdmxDetail detail, Integer firstN, Integer lastN, LocalDate start, LocalDate end,
            Instant updatedAfter) {

        /** The figures the key, providers and these parameters select. */
        SdmxFigures.Selection selection(List<Set<String>> key, Set<String> providers) {
            return new SdmxFigures.Selection(key.get(0), key.get(1), key.get(2), key.get(3), key.get(4), key.get(5), providers,
                    start, end, firstN, lastN, updatedAfter);
        }
    }

    /** Checks every parameter; the first bad one is an {@link SdmxException} naming it. */
    Parsed parse() {
        boolean flat = allDimensions(dimensionAtObservation);
        SdmxDetail level = detail(detail);
        Integer first = SdmxRequests.count("firstNObservations", firstN);
        Integer last = SdmxRequests.count("lastNObservations", lastN);
        LocalDate start = startPeriod == null ? null : SdmxPeriods.startOf("startPeriod", startPeriod);
        LocalDate end = endPeriod == null ? null : SdmxPeriods.endOf("endPeriod", endPeriod);
        if (start != null && end != null && end.isBefore(start)) {
            throw SdmxException.semantic("endPeriod " + endPeriod + " ends before startPeriod " + startPeriod + " begins");
        }
        Instant after = updatedAfter == null ? null : SdmxRequests.instant("updatedAfter", updatedAfter);
        return new Parsed(flat, level, first, last, start, end, after);
    }

    /** The period asked for, as the 404 message repeats it; empty when none was. */
    String periodText() {
        return startPeriod == null && endPeriod == null ? "" : " between " + startPeriod + " and " + endPeriod;
    }

    static boolean allDimensions(String value) {
        if (value == null || value.equals(SdmxModel.TIME_PERIOD)) {
            return false;
        }
        if (value.equals(ALL_DIMENSIONS)) {
            return true;
        }
        if (SdmxModel.DIMENSIONS.stream().anyMatch(d -> d.id().equals(value))) {
            throw SdmxException.notImplemented("dimensionAtObservation=" + value + " is not supported; use TIME_PERIOD or AllDimensions");
        }
        throw SdmxException.syntax("dimensionAtObservation '" + value + "' is not a dimension of " + SdmxModel.DSD
                + "; use TIME_PERIOD or AllDimensions");
    }

    static SdmxDetail detail(String value) {
        if (value == null) {
            return SdmxDetail.FULL;
        }
        for (SdmxDetail d : SdmxDetail.values()) {
            if (d.name().toLowerCase(Locale.ROOT).equals(value)) {
                return d;
            }
        }
        throw SdmxException.syntax("detail '" + value + "' must be full, dataonly, serieskeysonly or nodata");
    }
}
