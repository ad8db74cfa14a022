package org.bilateral.trade.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.Problem;
import org.bilateral.support.problem.ProblemType;
import org.bilateral.trade.api.model.ImportProblem;
import org.bilateral.trade.api.model.ImportResult;
import org.bilateral.trade.harvest.ComtradeImport;
import org.bilateral.trade.importing.FigureImporter;
import org.bilateral.trade.importing.ImportFormat;
import org.bilateral.trade.importing.ImportOutcome;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/trade/figures/import")
@Tag(name = "Figures", description = "Trade figures as their sources report them")
public class FigureImportResource {

    static final String CHANGES = "/api/v1/trade/changes";
    // realistic and true to the sources: the 2017 values the 2018 figures and their growth imply, marked as our inference
    private static final String CSV_EXAMPLE = """
            reporter,partner,region,flow,commodity,period.start,period.end,period.label,value.amount,value.unit,value.scale,value.qualifier,source.source,source.locator,note
            BY,KZ,,EXPORT,,2017-01-01,2017-12-31,2017,592.4,USD,6,APPROXIMATE,000_86346d2b20f6c8b6,p7,"Our inference, not stated by the source: 783.7 million in 2018 was 32.3% up on 2017"
            BY,KZ,,IMPORT,,2017-01-01,2017-12-31,2017,97.1,USD,6,APPROXIMATE,004_7047c9f966aa55ab,p6,"Our inference, not stated by the source: 112.3 million in 2018 was 15.6% up on 2017"
            """;
    static final String NDJSON_EXAMPLE = """
            {"reporter":"BY","partner":"KZ","flow":"EXPORT","period":{"start":"2017-01-01","end":"2017-12-31","label":"2017"},"value":{"amount":592.4,"unit":"USD","scale":6,"qualifier":"APPROXIMATE"},"source":{"source":"000_86346d2b20f6c8b6","locator":"p7"},"note":"Our inference, not stated by the source: 783.7 million in 2018 was 32.3% up on 2017"}
            {"reporter":"BY","partner":"KZ","flow":"IMPORT","period":{"start":"2017-01-01","end":"2017-12-31","label":"2017"},"value":{"amount":97.1,"unit":"USD","scale":6,"qualifier":"APPROXIMATE"},"source":{"source":"004_7047c9f966aa55ab","locator":"p6"},"note":"Our inference, not stated by the source: 112.3 million in 2018 was 15.6% up on 2017"}
            """;

    static final String COMTRADE = "comtrade";

    private final FigureImporter importer;
    private final ComtradeImport comtrade;
    private final SecurityIdentity identity;

    FigureImportResource(FigureImporter importer, ComtradeImport comtrade, SecurityIdentity identity) {
        this.importer = importer;
        this.comtrade = comtrade;
        this.identity = identity;
    }

    @POST
    // any type is let in so an unsupported one gets a 415 naming the two this endpoint reads
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RolesAllowed("editor")
    @Blocking
    @Operation(operationId = "importFigures", summary = "Import many figures at once",
            description = "Needs group editor. The body is CSV (text/csv: a header row naming columns by the dotted field paths of the "
                    + "create body, in any order; reporter, partner, flow, period.start, period.end, period.label, source.source and "
                    + "source.locator are required, an empty cell is an absent value) or NDJSON (application/x-ndjson: one create body "
                    + "per line). It is read as a stream and may be very large. Every row is checked with the rules of a single create; "
                    + "if any row is bad nothing is written and the 400 lists the bad rows with line and field. Otherwise all rows land in "
                    + "one transaction. A row whose natural key (reporter, partner, region, flow, commodity, period, source) is already "
                    + "stored keeps the stored figure, so sending the same file again changes nothing. Added figures appear in their "
                    + "revisions and in the change feed like single creates. "
                    + "With profile=comtrade (query parameter, or the media type text/csv; profile=comtrade) the CSV is UN Comtrade's layout "
                    + "(period or refYear/refMonth, reporterISO or reporterCode, partnerISO or partnerCode, flowCode X/M, cmdCode with TOTAL "
                    + "for all goods, primaryValue in US dollars): the rows become official figures of source comtrade-import; any row "
                    + "that cannot be a figure (RX/RM, breakdowns by second partner, customs or transport mode, unknown codes) fails the "
                    + "whole import; a key already stored with the same value is unchanged, with another value it gets a new revision.")
    @RequestBody(required = true, content = {
            @Content(mediaType = ImportFormatTypes.CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", summary = "Two figures as CSV", value = CSV_EXAMPLE)),
            @Content(mediaType = ImportFormatTypes.NDJSON, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "ndjson", summary = "Two figures as NDJSON", value = NDJSON_EXAMPLE))})
    @APIResponse(responseCode = "200", description = "All rows are stored (added now or already there)",
            headers = @Header(name = "Link", description = "rel=\"changes\": the change feed from just before this import",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class),
                    examples = @ExampleObject(name = "imported", value = "{\"received\":3,\"inserted\":2,\"unchanged\":1,"
                            + "\"changes\":\"/api/v1/trade/changes?since=1234\"}")))
    @APIResponse(responseCode = "400", description = "Bad rows, a bad header or an empty body; nothing was written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ImportProblem.class),
                    examples = @ExampleObject(name = "bad rows", value = "{\"type\":\"" + ProblemType.VALIDATION_EXAMPLE + "\","
                            + "\"title\":\"Invalid request\",\"status\":400,\"detail\":\"The import has 2 error(s); nothing was written\","
                            + "\"instance\":\"/api/v1/trade/figures/import\",\"errors\":[{\"line\":3,\"field\":\"period.end\","
                            + "\"message\":\"invalid value '2019-13-01': expected a date (YYYY-MM-DD)\"},{\"line\":7,\"field\":\"flow\","
                            + "\"message\":\"must not be null\"}],\"errorCount\":2}")))
    @APIResponse(responseCode = "415", description = "The body is neither text/csv nor application/x-ndjson",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ImportResult> importFigures(InputStream body, HttpHeaders headers,
            @Parameter(description = "comtrade: the body is CSV in UN Comtrade's layout (as its API and bulk files serve it), stored as "
                    + "official figures of source " + ComtradeImport.SOURCE + "; the media type parameter text/csv; profile=comtrade "
                    + "does the same", example = "comtrade") @QueryParam("profile") String profile) {
        String mediaProfile = headers.getMediaType() == null ? null : headers.getMediaType().getParameters().get("profile");
        if (profile != null && !profile.equals(COMTRADE)) {
            throw ApiException.badRequest("profile", "unknown profile '" + profile + "'; the only one is " + COMTRADE);
        }
        if (mediaProfile != null && !mediaProfile.equals(COMTRADE)) {
            throw ApiException.badRequest("Content-Type", "unknown profile '" + mediaProfile + "'; the only one is " + COMTRADE);
        }
        if (profile != null || mediaProfile != null) {
            if (format(headers.getMediaType()) != ImportFormat.CSV) {
                throw new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The Comtrade profile is CSV: send text/csv", null);
            }
            ComtradeImport.Outcome o = comtrade.importCsv(body, identity.getPrincipal().getName());
            String changes = CHANGES + "?since=" + o.feedCursor();
            return RestResponse.ResponseBuilder.ok(new ImportResult(o.received(), o.created(), o.unchanged(), changes, o.revised()),
                            MediaType.APPLICATION_JSON_TYPE)
                    .header("Link", "<" + changes + ">; rel=\"changes\"").build();
        }
        ImportFormat format = format(headers.getMediaType());
        ImportOutcome outcome = importer.importFigures(body, format, identity.getPrincipal().getName());
        String changes = CHANGES + "?since=" + outcome.feedCursor();
        return RestResponse.ResponseBuilder.ok(new ImportResult(outcome.received(), outcome.inserted(),
                        outcome.received() - outcome.inserted(), changes, null), MediaType.APPLICATION_JSON_TYPE)
                .header("Link", "<" + changes + ">; rel=\"changes\"").build();
    }

    private static ImportFormat format(MediaType type) {
        if (type != null) {
            for (ImportFormat f : ImportFormat.values()) {
                if (type.isCompatible(MediaType.valueOf(f.mediaType)) && !type.isWildcardType() && !type.isWildcardSubtype()) {
                    return f;
                }
            }
        }
        throw new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "Content-Type " + (type == null ? "(none)" : type.getType() + "/" + type.getSubtype())
                        + " is not read here; send text/csv or application/x-ndjson", null);
    }

    /** Compile-time constants for the annotations. */
    static final class ImportFormatTypes {
        static final String CSV = "text/csv";
        static final String NDJSON = "application/x-ndjson";

        private ImportFormatTypes() {
        }
    }
}
