package org.bilateral.trade.api.sdmx;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bilateral.support.provenance.Source;
import org.bilateral.trade.config.SdmxConfig;
import org.bilateral.trade.service.SdmxFigures;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Trade figures over the SDMX 2.1 RESTful API: structure queries for the dataflow, data structure,
 * code lists and concept scheme, and data queries answering SDMX-ML generic and structure-specific
 * data, SDMX-CSV 1.0 and SDMX-JSON 1.0 by Accept. Errors are SDMX-ML error messages.
 */
@Path("/api/v1/trade/sdmx/data")
@Tag(name = "SDMX", description = "Trade figures over the SDMX 2.1 RESTful API, for SDMX clients (sdmx-dl, sdmx1/pandasdmx, rsdmx)")
// the format is chosen here from Accept (SDMX media types with their version parameter), so an
// unsupported Accept is an SDMX error message rather than the framework's plain 406
@Produces(MediaType.WILDCARD)
@APIResponse(responseCode = "200", description = "Data message in the format Accept names (generic SDMX-ML when Accept is absent, */* or application/xml)",
        content = {
                @Content(mediaType = SdmxMediaTypes.GENERIC, example = SdmxExamples.DATA_EXAMPLE_GENERIC),
                @Content(mediaType = SdmxMediaTypes.STRUCTURE_SPECIFIC, example = SdmxExamples.DATA_EXAMPLE_SS),
                @Content(mediaType = SdmxMediaTypes.CSV, example = SdmxExamples.DATA_EXAMPLE_CSV),
                @Content(mediaType = SdmxMediaTypes.JSON, example = SdmxExamples.DATA_EXAMPLE_JSON),
                @Content(mediaType = SdmxMediaTypes.XML, example = SdmxExamples.DATA_EXAMPLE_GENERIC)})
@APIResponse(responseCode = "400", description = "SDMX error 140 (syntax: malformed key, period, count) or 150 (semantic: unknown code, unknown provider, endPeriod before startPeriod)",
        content = @Content(mediaType = SdmxMediaTypes.XML, examples = @ExampleObject(name = "syntax", value = SdmxExamples.ERROR_EXAMPLE)))
@APIResponse(responseCode = "404", description = "SDMX error 100: no observations match, or no such dataflow",
        content = @Content(mediaType = SdmxMediaTypes.XML, examples = @ExampleObject(name = "noResults", value = SdmxExamples.ERROR_EXAMPLE)))
@APIResponse(responseCode = "406", description = "No offered SDMX format fits Accept",
        content = @Content(mediaType = SdmxMediaTypes.XML, examples = @ExampleObject(name = "notAcceptable", value = SdmxExamples.ERROR_EXAMPLE)))
@APIResponse(responseCode = "413", description = "SDMX error 510: more observations than bilateral.sdmx.max-observations",
        content = @Content(mediaType = SdmxMediaTypes.XML, examples = @ExampleObject(name = "tooLarge", value = SdmxExamples.ERROR_EXAMPLE)))
@APIResponse(responseCode = "501", description = "SDMX error 501: dimensionAtObservation other than TIME_PERIOD/AllDimensions",
        content = @Content(mediaType = SdmxMediaTypes.XML, examples = @ExampleObject(name = "notImplemented", value = SdmxExamples.ERROR_EXAMPLE)))
public class SdmxDataResource {

    private final SdmxFigures figures;
    private final SdmxConfig config;

    SdmxDataResource(SdmxFigures figures, SdmxConfig config) {
        this.figures = figures;
        this.config = config;
    }

    // ---------------------------------------------------------------- data

    @GET
    @Path("/{flowRef}")
    @Operation(operationId = "sdmxDataAll", summary = "SDMX data: every series of the dataflow",
            description = "Same as /data/{flowRef}/all/all. See the keyed form for formats and parameters.")
    public Response dataAll(@Parameter(description = "Dataflow: TRADE, BILATERAL,TRADE or BILATERAL,TRADE,1.0", example = "BILATERAL,TRADE,1.0")
            @PathParam("flowRef") String flowRef,
            @BeanParam SdmxDataQuery query,
            @Parameter(description = "SDMX media type; see the responses", example = SdmxMediaTypes.CSV) @HeaderParam("Accept") String accept,
            @Context UriInfo uri) {
        return data(flowRef, "all", "all", query, accept, uri);
    }

    @GET
    @Path("/{flowRef}/{key}")
    @Operation(operationId = "sdmxDataByKey", summary = "SDMX data for a series key",
            description = "Same as /data/{flowRef}/{key}/all: the preferred value per key among all sources.")
    public Response dataByKey(@Parameter(description = "Dataflow: TRADE, BILATERAL,TRADE or BILATERAL,TRADE,1.0", example = "TRADE") @PathParam("flowRef") String flowRef,
            @Parameter(description = "REPORTER.PARTNER.REGION.FLOW.COMMODITY.FREQ; '+' joins codes, an empty part or 'all' selects every code", example = "BY.KZ._T.TURNOVER._T.A")
            @PathParam("key") String key,
            @BeanParam SdmxDataQuery query,
            @Parameter(description = "SDMX media type; see the responses", example = SdmxMediaTypes.GENERIC) @HeaderParam("Accept") String accept,
            @Context UriInfo uri) {
        return data(flowRef, key, "all", query, accept, uri);
    }

    @GET
    @Path("/{flowRef}/{key}/{providerRef}")
    @Operation(operationId = "sdmxData", summary = "SDMX data for a series key from some sources",
            description = "Observations of the dataflow whose key matches. Without a provider (all) each observation carries the preferred "
                    + "value among the sources by the service's rule (EXACT before qualified values, then the most decimal places, then the most "
                    + "recently published source, then the lowest figure id); the SOURCE attribute names where it comes from. A providerRef "
                    + "(source document ids, the codes of CL_SOURCE, joined by '+') restricts the values to those sources, which is how "
                    + "the values the rule did not prefer stay reachable. Figures that state only a growth rate have no value and are not observations.")
    public Response data(@Parameter(description = "Dataflow: TRADE, BILATERAL,TRADE or BILATERAL,TRADE,1.0", example = "BILATERAL,TRADE,latest") @PathParam("flowRef") String flowRef,
            @Parameter(description = "REPORTER.PARTNER.REGION.FLOW.COMMODITY.FREQ; '+' joins codes, an empty part or 'all' selects every code", example = "BY.KZ._T.TURNOVER+EXPORT._T.")
            @PathParam("key") String key,
            @Parameter(description = "Source documents (BILATERAL,id or id, '+' for several) or all", example = "BILATERAL,004_7047c9f966aa55ab")
            @PathParam("providerRef") String providerRef,
            @BeanParam SdmxDataQuery query,
            @Parameter(description = "SDMX media type; see the responses", example = SdmxMediaTypes.STRUCTURE_SPECIFIC) @HeaderParam("Accept") String accept,
            @Context UriInfo uri) {
        String contentType = SdmxMediaTypes.negotiate(accept, SdmxMediaTypes.DATA);
        SdmxRequests.flowRef(flowRef);
        List<Set<String>> parsedKey = SdmxRequests.key(key);
        Set<String> providers = SdmxRequests.providers(providerRef, id -> Source.findById(id) != null);
        SdmxDataQuery.Parsed parameters = query.parse();
        SdmxFigures.Selection selection = parameters.selection(parsedKey, providers);
        int max = config.maxObservations();
        List<SdmxFigures.Observation> observations = figures.observations(selection, max + 1);
        if (observations.size() > max) {
            throw SdmxException.tooLarge("The query selects more than " + max + " observations; narrow the key or the period");
        }
        if (observations.isEmpty()) {
            Map<String, SdmxModel.Codelist> codelists = SdmxModel.codelists(figures.codes());
            List<String> unknown = SdmxRequests.unknownCodes(parsedKey, codelists);
            if (!unknown.isEmpty()) {
                throw SdmxException.semantic("Key '" + key + "': " + String.join("; ", unknown));
            }
            throw SdmxException.noResults("No observations for key '" + key + "'" + (providers.isEmpty() ? "" : " from " + providers)
                    + query.periodText());
        }
        SdmxDataFormat format = SdmxDataFormat.of(contentType);
        SdmxDataMessage message = new SdmxDataMessage(observations, parameters.allDimensions(), parameters.detail(),
                format.namesCodes() ? SdmxModel.codelists(figures.codes()) : Map.of(), uri.getRequestUri().toString());
        StreamingOutput body = out -> format.write(message, out);
        return Response.ok(body, format.contentType(contentType)).header("Vary", "Accept").build();
    }
}
