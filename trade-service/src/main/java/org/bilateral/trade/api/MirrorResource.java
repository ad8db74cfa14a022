package org.bilateral.trade.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.bilateral.support.codes.IsoCodes;
import org.bilateral.support.csv.CsvPageWriter;
import org.bilateral.support.params.ParamErrors;
import org.bilateral.trade.api.model.MirrorViews.Mirror;
import org.bilateral.trade.config.TradeConfig;
import org.bilateral.trade.service.MirrorService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/trade/mirror")
@Tag(name = "Analytics", description = "Series, balance, targets and discrepancies")
public class MirrorResource {

    private static final String DESCRIPTION = "Mirror statistics of a pair: for each period, the reporter's exports to the partner beside "
            + "the partner's imports from the reporter, and the reverse direction. gap = importsCif - exportsFob; ratio = importsCif / "
            + "exportsFob, which normally runs a few percent above 1 (imports are valued CIF, with freight and insurance; exports FOB). "
            + "outsideBand flags a ratio outside bilateral.trade.mirror.ratio-min..ratio-max (default 1.0 to 1.2). Whole-country figures "
            + "in US dollars only; one figure per side by the preference rule (official statistics first by default). Amounts in millions "
            + "of USD. CSV (Accept: text/csv) has one line per row.";
    private static final String JSON_EXAMPLE = "{\"reporter\":\"BY\",\"partner\":\"KZ\",\"commodity\":null,\"unit\":\"USD\",\"scale\":6,"
            + "\"ratioMin\":1.0,\"ratioMax\":1.2,\"preferenceRule\":\"...\",\"rows\":[{\"exporter\":\"BY\",\"importer\":\"KZ\","
            + "\"period\":{\"start\":\"2018-01-01\",\"end\":\"2018-12-31\",\"label\":\"2018\",\"inferred\":false},\"exportsFob\":783.7,"
            + "\"importsCif\":812.4,\"gap\":28.7,\"ratio\":1.0366,\"outsideBand\":false,\"exportFigureId\":12,\"exportSource\":\"imf-dot\","
            + "\"exportOfficial\":true,\"importFigureId\":31,\"importSource\":\"imf-dot\",\"importOfficial\":true}]}";
    private static final String CSV_EXAMPLE = "exporter,importer,period.start,period.end,period.label,period.inferred,exportsFob,importsCif,gap,"
            + "ratio,outsideBand,exportFigureId,exportSource,exportOfficial,importFigureId,importSource,importOfficial\r\n"
            + "BY,KZ,2018-01-01,2018-12-31,2018,false,783.7,812.4,28.7,1.0366,false,12,imf-dot,true,31,imf-dot,true\r\n";

    private final MirrorService mirror;
    private final TradeConfig config;

    MirrorResource(MirrorService mirror, TradeConfig config) {
        this.mirror = mirror;
        this.config = config;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvPageWriter.TEXT_CSV})
    @Operation(operationId = "getTradeMirror", summary = "Mirror statistics: exports beside the partner's imports", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "Both directions; JSON, or CSV rows with Accept: text/csv",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Mirror.class),
                    examples = @ExampleObject(name = "mirror", value = JSON_EXAMPLE)),
                    @Content(mediaType = CsvPageWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "mirror-csv", value = CSV_EXAMPLE))})
    public RestResponse<Object> mirror(
            @Parameter(description = "Reporting country; defaults to the configured pair", example = "BY") @QueryParam("reporter") String reporter,
            @Parameter(description = "Partner country; defaults to the configured pair", example = "KZ") @QueryParam("partner") String partner,
            @Parameter(description = "Periods within this calendar year", example = "2018") @QueryParam("year") Integer year,
            @Parameter(description = "Periods starting on or after this date", example = "2018-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Periods ending on or before this date", example = "2019-12-31") @QueryParam("to") LocalDate to,
            @Parameter(description = "HS code; absent for all goods", example = "8701") @QueryParam("commodity") String commodity,
            @Context HttpHeaders headers) {
        Mirror m = read(reporter, partner, year, from, to, commodity);
        // the rows alone for CSV (the writer takes collections); JSON for anything else, */* included
        if (wantsCsv(headers)) {
            return RestResponse.ResponseBuilder.<Object>ok(m.rows(), CsvPageWriter.TEXT_CSV).build();
        }
        return RestResponse.ResponseBuilder.<Object>ok(m, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType t : headers.getAcceptableMediaTypes()) {
            if (t.isWildcardType()) {
                return false;
            }
            if (t.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (t.isCompatible(MediaType.valueOf(CsvPageWriter.TEXT_CSV))) {
                return true;
            }
        }
        return false;
    }

    private Mirror read(String reporter, String partner, Integer year, LocalDate from, LocalDate to, String commodity) {
        ParamErrors errors = new ParamErrors();
        String r = reporter == null ? config.trade().defaultReporter() : errors.check(() -> IsoCodes.country("reporter", reporter));
        String p = partner == null ? config.trade().defaultPartner() : errors.check(() -> IsoCodes.country("partner", partner));
        if (r != null && r.equals(p)) {
            errors.add("partner", "must differ from reporter");
        }
        PeriodChecks.year(errors, year);
        if (year != null && (from != null || to != null)) {
            errors.add("year", "give either year or from/to");
        }
        PeriodChecks.range(errors, from, to);
        if (commodity != null && !commodity.matches("[0-9]{2}(-[0-9]{2}|[0-9]{2}([0-9]{2}([0-9]{2}([0-9]{2})?)?)?)?")) {
            errors.add("commodity", "must be an HS code (2 to 10 digits) or chapter range such as 01-24");
        }
        errors.throwIfAny();
        if (year != null) {
            return AnalyticsViewMapper.mirror(mirror.mirror(r, p, commodity, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        }
        return AnalyticsViewMapper.mirror(mirror.mirror(r, p, commodity, from, to));
    }
}
