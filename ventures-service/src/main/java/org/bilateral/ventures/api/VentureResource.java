package org.bilateral.ventures.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bilateral.support.cache.CurrentPages;
import org.bilateral.support.concurrency.ETags;
import org.bilateral.support.concurrency.IfMatch;
import org.bilateral.support.config.ApiConfig;
import org.bilateral.support.csv.CsvPageWriter;
import org.bilateral.support.history.Revision;
import org.bilateral.support.json.ReadOnlyFields;
import org.bilateral.support.openapi.PageValidatorDocs;
import org.bilateral.support.paging.Links;
import org.bilateral.support.paging.Page;
import org.bilateral.support.paging.PageParams;
import org.bilateral.support.paging.PageRequest;
import org.bilateral.support.query.PointReads;
import org.bilateral.ventures.api.model.VentureFeatureCollection;
import org.bilateral.ventures.api.model.VentureInput;
import org.bilateral.ventures.api.model.VentureView;
import org.bilateral.ventures.config.VenturesConfig;
import org.bilateral.ventures.domain.Near;
import org.bilateral.ventures.domain.Venture;
import org.bilateral.ventures.service.VentureHistory;
import org.bilateral.ventures.service.VentureService;
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

@Path("/api/v1/ventures")
@Tag(name = "Ventures", description = "Joint ventures, assembly plants, industrial parks, networks and proposed projects")
@Produces(MediaType.APPLICATION_JSON)
public class VentureResource {

    private final VentureService service;
    private final VentureHistory history;
    private final ApiConfig api;
    private final VenturesConfig config;
    private final SecurityIdentity identity;
    private final CurrentPages pages;
    private final PointReads reads;

    VentureResource(VentureService service, VentureHistory history, ApiConfig api, VenturesConfig config, SecurityIdentity identity,
            CurrentPages pages,
            PointReads reads) {
        this.reads = reads;
        this.pages = pages;
        this.service = service;
        this.history = history;
        this.api = api;
        this.config = config;
        this.identity = identity;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvPageWriter.TEXT_CSV, GeoJson.MEDIA_TYPE})
    @APIResponse(responseCode = "304", description = PageValidatorDocs.NOT_MODIFIED)
    @Operation(operationId = "listVentures", summary = "List ventures",
            description = "Filters combine with AND. An unknown filter value or sort field is a 400 naming it. With near=lat,lon and "
                    + "radiusKm only listings with coordinates within that great-circle distance are returned, each with distanceKm, "
                    + "and sort=distance (then the default order) is allowed. Coordinates are city centres where the source names only a city. "
                    + "Formats by Accept: application/json (default), text/csv, and application/geo+json: an RFC 7946 FeatureCollection "
                    + "of the same page for map tools (QGIS, Leaflet, geojson.io), one Point feature [longitude, latitude] per venture "
                    + "with coordinates; ventures without coordinates are counted in withoutLocation, never placed at 0,0. "
                    + "Any other Accept is a 406.")
    @APIResponse(responseCode = "200", description = "A page of ventures; Link header with next/prev/first/last",
            headers = @Header(name = "Link", description = "RFC 8288 page links", schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PageVentureView")),
                    @Content(mediaType = CsvPageWriter.TEXT_CSV, schema = @Schema(ref = "PageVentureView")),
                    @Content(mediaType = GeoJson.MEDIA_TYPE, schema = @Schema(implementation = VentureFeatureCollection.class),
                            examples = @ExampleObject(name = "onePlacedOneWithout", summary = "One venture placed, one without coordinates",
                                    value = VentureFeatureCollection.EXAMPLE))})
    @APIResponse(responseCode = "406", description = "Accept names no format this list can produce (JSON, CSV, GeoJSON)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Uni<RestResponse<?>> list(@BeanParam VentureFilterParams filters,
            @Parameter(description = "Show the listings as they stood at this instant (or the start of this UTC date)",
                    example = "2026-01-01T00:00:00Z") @QueryParam("asOf") Instant asOf,
            @BeanParam PageParams page,
            @Parameter(description = "Comma-separated fields, '-' for descending: id, name, kind, status, hostCountry, region, city, startYear; "
                    + "distance too when near is given", example = "-startYear,name") @QueryParam("sort") String sort,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        Venture.Filter filter = filters.toFilter(config.ventures().maxRadiusKm());
        Near circle = filter.near();
        PageRequest request = page.request(sort, circle == null ? Venture.SORT : Venture.SORT_NEAR, api);
        boolean geoJson = GeoJson.wanted(headers);
        return pages.read(List.of(VentureView.class, filter, request), asOf, () -> {
            Page<Venture> found = Venture.search(filter, request, asOf);
            if (circle == null) {
                return found.map(VentureView::of);
            }
            Map<Long, Double> distances = Venture.distances(found.items().stream().map(v -> v.id).toList(), circle, asOf);
            return found.map(v -> VentureView.of(v, round(distances.get(v.id))));
        }).map(views -> {
            if (geoJson) {
                String link = Links.header(uri, views);
                return RestResponse.ResponseBuilder.ok(VentureFeatureCollection.of(views, GeoJson.links(link)), GeoJson.MEDIA_TYPE)
                        .header("Link", link).build();
            }
            return Links.ok(uri, views);
        });
    }

    private static Double round(Double km) {
        return km == null ? null : BigDecimal.valueOf(km).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getVenture", summary = "Get one venture", description = "ETag carries the version; with asOf, the version current at that instant.")
    @APIResponse(responseCode = "200", description = "The venture",
            headers = @Header(name = "ETag", description = "Version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VentureView.class)))
    public Uni<RestResponse<VentureView>> get(@Parameter(description = "Venture id", example = "1") @PathParam("id") long id,
            @Parameter(description = "Show the venture as it stood at this instant", example = "2026-01-01T00:00:00Z") @QueryParam("asOf") Instant asOf) {
        return reads.answer(Venture.READER, "Venture", id, asOf, VentureView::of, v -> v.version);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(operationId = "createVenture", summary = "Record a venture",
            description = "Needs a bearer token with group editor. The name is unique per host country (409 otherwise).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VentureInput.class),
            examples = @ExampleObject(name = "newVenture", summary = VentureExamples.CREATE_VENTURE_SUMMARY, value = VentureExamples.CREATE_VENTURE)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VentureView.class)))
    public RestResponse<VentureView> create(@NotNull @Valid VentureInput body, @Context UriInfo uri) {
        Venture v = service.create(body, actor());
        return RestResponse.ResponseBuilder.<VentureView>created(URI.create(uri.getPath() + "/" + v.id)).tag(ETags.of(v.version))
                .entity(VentureView.of(v)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(operationId = "replaceVenture", summary = "Replace a venture",
            description = "Needs group editor and If-Match with the current ETag; the old version stays in /revisions. "
                    + "The body GET answers may be sent back as it is: id, where sent, must be the id in the path (400 otherwise) and version the "
                    + "current version (412 otherwise, like a stale If-Match).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VentureInput.class),
            examples = @ExampleObject(name = "rewordVenture1", summary = VentureExamples.REPLACE_VENTURE_SUMMARY, value = VentureExamples.REPLACE_VENTURE,
                    extensions = @Extension(name = VentureExamples.PATH_PARAMETERS, value = VentureExamples.ID_1, parseValue = true))))
    @APIResponse(responseCode = "200", description = "Replaced; new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VentureView.class)))
    public RestResponse<VentureView> replace(@Parameter(description = "Venture id", example = "1") @PathParam("id") long id,
            @Parameter(description = "ETag of the version this edit is based on", required = true, example = "\"1\"")
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid VentureInput body) {
        ReadOnlyFields.requireSameId(body.id(), id);
        Venture v = service.replace(id, body, IfMatch.of(ifMatch), actor());
        return ETags.ok(VentureView.of(v), v.version);
    }

    @DELETE
    @Path("/{id}")
    // a 204 has no body: a client asking only for the error type (problem+json) must not get a 406
    @Produces(MediaType.WILDCARD)
    @RolesAllowed("editor")
    @Operation(operationId = "deleteVenture", summary = "Delete a venture", description = "Needs group editor and If-Match; the history stays readable.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public RestResponse<Void> delete(@Parameter(description = "Venture id", example = "1") @PathParam("id") long id,
            @Parameter(description = "ETag of the current version", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, IfMatch.of(ifMatch), actor());
        return RestResponse.noContent();
    }

    @GET
    @Path("/{id}/revisions")
    @Operation(operationId = "listVentureRevisions", summary = "Every version of a venture", description = "Oldest first, including a deletion.")
    @APIResponse(responseCode = "200", description = "The revisions")
    public List<Revision<VentureView>> revisions(@Parameter(description = "Venture id", example = "1") @PathParam("id") long id) {
        return history.ventureRevisions(id);
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
