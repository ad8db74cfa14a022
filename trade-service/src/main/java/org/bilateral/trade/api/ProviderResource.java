package org.bilateral.trade.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.bilateral.support.codes.IsoCodes;
import org.bilateral.support.concurrency.ETags;
import org.bilateral.support.concurrency.IfMatch;
import org.bilateral.support.config.ApiConfig;
import org.bilateral.support.csv.CsvPageWriter;
import org.bilateral.support.history.Revision;
import org.bilateral.support.paging.Links;
import org.bilateral.support.paging.Page;
import org.bilateral.support.paging.PageParams;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.query.Criteria;
import org.bilateral.trade.api.model.HarvestView;
import org.bilateral.trade.api.model.ProviderInput;
import org.bilateral.trade.api.model.ProviderView;
import org.bilateral.trade.domain.Harvest;
import org.bilateral.trade.domain.Provider;
import org.bilateral.trade.harvest.HarvestService;
import org.bilateral.trade.harvest.ProviderService;
import org.bilateral.trade.service.TradeHistory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/trade")
@Tag(name = "Providers", description = "Official-statistics providers (SDMX REST, UN Comtrade CSV) and their harvests")
@Produces(MediaType.APPLICATION_JSON)
public class ProviderResource {

    static final String PROVIDERS = "/api/v1/trade/providers";
    static final String HARVESTS = "/api/v1/trade/harvests";

    /** Every field of the example provider but its schedule. */
    private static final String EXAMPLE_FIELDS = """
            {"id": "imf-dot", "name": "IMF Direction of Trade", "kind": "SDMX_REST_2_1",
             "url": "https://provider.example/sdmx/rest",
             "dataflow": {"agency": "IMF", "id": "DOT", "version": "latest"},
             "key": "M.BY+KZ.TXG_FOB_USD+TMG_CIF_USD.KZ+BY",
             "dimensions": {"reporter": "REF_AREA", "partner": "COUNTERPART_AREA", "flow": "INDICATOR", "frequency": "FREQ"},
             "codes": {"flow": {"TXG_FOB_USD": "EXPORT", "TMG_CIF_USD": "IMPORT"}, "countries": "ISO_ALPHA2"},
             "unit": {"currency": "USD", "multiplierAttribute": "UNIT_MULT"},
            """;
    private static final String EXAMPLE = EXAMPLE_FIELDS + "\"schedule\": \"0 0 5 * * ?\"}";

    /** The example provider harvested an hour later: what the replace example sends to imf-dot. */
    private static final String REPLACE_EXAMPLE = EXAMPLE_FIELDS + "\"schedule\": \"0 0 6 * * ?\"}";

    private final ProviderService providers;
    private final HarvestService harvests;
    private final TradeHistory history;
    private final ApiConfig api;
    private final SecurityIdentity identity;

    ProviderResource(ProviderService providers, HarvestService harvests, TradeHistory history, ApiConfig api, SecurityIdentity identity) {
        this.providers = providers;
        this.harvests = harvests;
        this.history = history;
        this.api = api;
        this.identity = identity;
    }

    @GET
    @Path("/providers")
    @Produces({MediaType.APPLICATION_JSON, CsvPageWriter.TEXT_CSV})
    @Operation(operationId = "listProviders", summary = "List providers",
            description = "Both those created through the API (origin API) and those declared in config (origin CONFIG).")
    public RestResponse<Page<ProviderView>> list(
            @Parameter(description = "API or CONFIG", schema = @Schema(implementation = Provider.Origin.class)) @QueryParam("origin") String origin,
            @Parameter(description = "As stored at this instant", example = "2026-01-01T00:00:00Z") @QueryParam("asOf") Instant asOf,
            @BeanParam PageParams page,
            @Parameter(description = "Fields: id, name, kind, origin; '-' for descending", example = "id") @QueryParam("sort") String sort,
            @Context UriInfo uri) {
        return Links.ok(uri, Provider.search(IsoCodes.code("origin", origin, Provider.Origin.class),
                page.request(sort, Provider.SORT, api), asOf).map(ProviderView::of));
    }

    @GET
    @Path("/providers/{id}")
    @Operation(operationId = "getProvider", summary = "Get one provider", description = "ETag carries the version; with asOf, the version current then.")
    @APIResponse(responseCode = "200", description = "The provider",
            headers = @Header(name = "ETag", description = "Version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProviderView.class)))
    public RestResponse<ProviderView> get(@Parameter(description = "Provider id", example = "imf-dot") @PathParam("id") String id,
            @Parameter(description = "As stored at this instant", example = "2026-01-01T00:00:00Z") @QueryParam("asOf") Instant asOf) {
        List<Provider> found = Provider.READER.list(new Criteria().equal("t.code", "code", id), "t.id", asOf);
        if (found.isEmpty()) {
            throw ApiException.notFound("Provider", id);
        }
        Provider p = found.get(0);
        return ETags.ok(ProviderView.of(p), p.version);
    }

    @POST
    @Path("/providers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(operationId = "createProvider", summary = "Add a provider",
            description = "Needs group admin. Unknown fields, a flow code mapped to no flow of ours, a URL that is not http(s), a bad cron "
                    + "or country scheme answer 400 naming the field. The provider's id becomes the id of a new entry in /sources.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProviderInput.class),
            examples = @ExampleObject(name = "imf-dot", summary = "IMF Direction of Trade", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProviderView.class)))
    @APIResponse(responseCode = "409", description = "A provider with this id exists")
    public RestResponse<ProviderView> create(@NotNull @Valid ProviderInput body) {
        Provider p = providers.create(body, actor());
        return RestResponse.ResponseBuilder.<ProviderView>created(URI.create(PROVIDERS + "/" + p.code)).tag(ETags.of(p.version))
                .entity(ProviderView.of(p)).build();
    }

    @PUT
    @Path("/providers/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(operationId = "replaceProvider", summary = "Replace a provider",
            description = "Needs group admin and If-Match. A provider declared in config is read-only here: 409 (change the config instead).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProviderInput.class),
            examples = @ExampleObject(name = "harvestAnHourLater", summary = "The imf-dot provider of the create example, harvested at 06:00",
                    value = REPLACE_EXAMPLE,
                    extensions = @Extension(name = FigureExamples.PATH_PARAMETERS, value = "{\"id\":\"imf-dot\"}", parseValue = true))))
    @APIResponse(responseCode = "200", description = "Replaced; new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProviderView.class)))
    @APIResponse(responseCode = "409", description = "The provider is declared in config")
    public RestResponse<ProviderView> replace(@Parameter(description = "Provider id", example = "imf-dot") @PathParam("id") String id,
            @Parameter(description = "ETag of the version this edit is based on", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ProviderInput body) {
        Provider p = providers.replace(id, body, IfMatch.of(ifMatch), actor());
        return ETags.ok(ProviderView.of(p), p.version);
    }

    @DELETE
    @Path("/providers/{id}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed("admin")
    @Operation(operationId = "deleteProvider", summary = "Remove a provider",
            description = "Needs group admin and If-Match. Its harvests go with it; the figures harvested stay (they keep citing its source). "
                    + "A provider declared in config: 409.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The provider is declared in config")
    public RestResponse<Void> delete(@Parameter(description = "Provider id", example = "imf-dot") @PathParam("id") String id,
            @Parameter(description = "ETag of the current version", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch) {
        providers.delete(id, IfMatch.of(ifMatch), actor());
        return RestResponse.noContent();
    }

    @GET
    @Path("/providers/{id}/revisions")
    @Operation(operationId = "listProviderRevisions", summary = "Every version of a provider", description = "Oldest first, including a deletion.")
    public List<Revision<ProviderView>> revisions(@Parameter(description = "Provider id", example = "imf-dot") @PathParam("id") String id) {
        return history.providerRevisions(id);
    }

    @POST
    @Path("/providers/{id}/harvests")
    @RolesAllowed("admin")
    @Operation(operationId = "startHarvest", summary = "Harvest a provider now",
            description = "Needs group admin. Queues a harvest and answers at once; poll the Location. One harvest per provider runs at a "
                    + "time (409 while one is queued or running). A harvest after a successful one asks only for changes since that one "
                    + "started (SDMX updatedAfter). All or nothing: a FAILED harvest writes no figure.")
    @APIResponse(responseCode = "202", description = "Queued",
            headers = @Header(name = "Location", description = "The harvest", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HarvestView.class)))
    @APIResponse(responseCode = "409", description = "A harvest of this provider is queued or running")
    public RestResponse<HarvestView> startHarvest(@Parameter(description = "Provider id", example = "imf-dot") @PathParam("id") String id) {
        Harvest h = harvests.request(id, actor());
        harvests.wake();
        return RestResponse.ResponseBuilder.<HarvestView>accepted().location(URI.create(HARVESTS + "/" + h.id))
                .entity(HarvestView.of(h, id)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/providers/{id}/harvests")
    @Operation(operationId = "listHarvests", summary = "A provider's harvests", description = "Newest first by default.")
    public RestResponse<Page<HarvestView>> harvests(@Parameter(description = "Provider id", example = "imf-dot") @PathParam("id") String id,
            @BeanParam PageParams page,
            @Parameter(description = "Fields: id, queuedAt, state; '-' for descending", example = "-id") @QueryParam("sort") String sort,
            @Context UriInfo uri) {
        Provider p = ProviderService.require(id);
        return Links.ok(uri, Harvest.ofProvider(p.id, page.request(sort, Harvest.SORT, api)).map(h -> HarvestView.of(h, id)));
    }

    @GET
    @Path("/harvests/{harvestId}")
    @Operation(operationId = "getHarvest", summary = "A harvest's state, counts and progress",
            description = "While it runs: observations read so far; when it ends: figures created, revised, unchanged and "
                    + "rejected with reasons, the request URLs, and for a failure its stored reason.")
    @APIResponse(responseCode = "200", description = "The harvest",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HarvestView.class),
                    examples = @ExampleObject(name = "succeeded", value = "{\"id\":7,\"provider\":\"imf-dot\",\"state\":\"SUCCEEDED\","
                            + "\"trigger\":\"API\",\"requestedBy\":\"admin@bilateral.example\",\"queuedAt\":\"2026-12-06T05:00:00Z\","
                            + "\"startedAt\":\"2026-12-06T05:00:00.2Z\",\"endedAt\":\"2026-12-06T05:00:03Z\",\"requestUrls\":"
                            + "[\"https://provider.example/sdmx/rest/data/IMF,DOT,latest/M.BY+KZ.TXG_FOB_USD+TMG_CIF_USD.KZ+BY\"],"
                            + "\"counts\":{\"observationsRead\":48,\"figuresCreated\":46,\"figuresRevised\":0,\"figuresUnchanged\":0,"
                            + "\"rejected\":2},\"rejections\":[{\"seriesKey\":\"M.KZ.TXG_FOB_USD.BY\",\"period\":\"2019-02\","
                            + "\"reason\":\"value 'NaN' is not a number\"}]}")))
    public HarvestView harvest(@Parameter(description = "Harvest id", example = "7") @PathParam("harvestId") long harvestId) {
        Harvest h = Harvest.findById(harvestId);
        if (h == null) {
            throw ApiException.notFound("Harvest", harvestId);
        }
        Provider p = Provider.findById(h.providerId);
        return HarvestView.of(h, p.code);
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
