package org.bilateral.ventures.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bilateral.support.codes.IsoCodes;
import org.bilateral.support.concurrency.ETags;
import org.bilateral.support.config.ApiConfig;
import org.bilateral.support.csv.CsvPageWriter;
import org.bilateral.support.history.Revision;
import org.bilateral.support.json.ReadOnlyFields;
import org.bilateral.support.paging.Links;
import org.bilateral.support.paging.Page;
import org.bilateral.support.paging.PageRequest;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.Problem;
import org.bilateral.ventures.config.VenturesConfig;
import org.bilateral.ventures.domain.Near;
import org.bilateral.ventures.domain.Sector;
import org.bilateral.ventures.domain.Venture;
import org.bilateral.ventures.domain.VentureKind;
import org.bilateral.ventures.domain.VentureStatus;
import org.bilateral.ventures.service.VentureHistory;
import org.bilateral.ventures.service.VentureService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.bilateral.support.concurrency.IfMatch;

@Path("/api/v1/ventures")
@Tag(name = "Ventures", description = "Joint ventures, assembly plants, industrial parks, networks and proposed projects")
@Produces(MediaType.APPLICATION_JSON)
public class VentureResource {

    private final VentureService service;
    private final VentureHistory history;
    private final ApiConfig api;
    private final VenturesConfig config;
    private final SecurityIdentity identity;

    VentureResource(VentureService service, VentureHistory history, ApiConfig api, VenturesConfig config, SecurityIdentity identity) {
        this.service = service;
        this.history = history;
        this.api = api;
        this.config = config;
        this.identity = identity;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvPageWriter.TEXT_CSV, GeoJson.MEDIA_TYPE})
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
    public RestResponse<?> list(
            @Parameter(description = "Full-text search (English stemming) over name, stage, notes and product names; web-search syntax",
                    example = "assembly") @QueryParam("q") String q,
            @Parameter(description = "Kind", schema = @Schema(implementation = VentureKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "Status", schema = @Schema(implementation = VentureStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Sector code the listing has among its sectors", schema = @Schema(implementation = Sector.class))
            @QueryParam("sector") String sector,
            @Parameter(description = "Host country, ISO 3166-1 alpha-2", example = "KZ") @QueryParam("hostCountry") String hostCountry,
            @Parameter(description = "A partner's country, ISO 3166-1 alpha-2", example = "BY") @QueryParam("partnerCountry") String partnerCountry,
            @Parameter(description = "Region, ISO 3166-2", example = "KZ-75") @QueryParam("region") String region,
            @Parameter(description = "City, case-insensitive exact match", example = "Almaty") @QueryParam("city") String city,
            @Parameter(description = "Id of an organisation that is a partner", example = "1") @QueryParam("organisation") Long organisation,
            @Parameter(description = "Start year on or after", example = "2016") @QueryParam("startedFrom") Integer startedFrom,
            @Parameter(description = "Start year on or before", example = "2017") @QueryParam("startedTo") Integer startedTo,
            @Parameter(description = "Centre of a circle search: latitude,longitude in degrees; needs radiusKm", example = "43.2775,76.8958")
            @QueryParam("near") String near,
            @Parameter(description = "Radius of the circle search in km, above 0 and at most the configured maximum (2000 by default)",
                    example = "50", schema = @Schema(type = SchemaType.NUMBER, minimum = "0", exclusiveMinimum = true)) @QueryParam("radiusKm") String radiusKm,
            @Parameter(description = "Show the listings as they stood at this instant (or the start of this UTC date)",
                    example = "2026-01-01T00:00:00Z") @QueryParam("asOf") Instant asOf,
            @Parameter(description = "0-based page", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200", example = "20") @QueryParam("size") Integer size,
            @Parameter(description = "Comma-separated fields, '-' for descending: id, name, kind, status, hostCountry, region, city, startYear; "
                    + "distance too when near is given", example = "-startYear,name") @QueryParam("sort") String sort,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        Integer from = startedFrom;
        Integer to = startedTo;
        if (from != null && to != null && to < from) {
            throw ApiException.badRequest("startedTo", "must not be before startedFrom");
        }
        if (q != null && (q.isBlank() || q.length() > 200)) {
            throw ApiException.badRequest("q", "must be 1 to 200 characters");
        }
        Long organisationId = organisation;
        if (organisationId != null && organisationId < 1) {
            throw ApiException.badRequest("organisation", "must be an organisation id (1 or greater)");
        }
        Near circle = near(near, radiusKm);
        Instant at = asOf;
        var filter = new Venture.Filter(q, IsoCodes.code("kind", kind, VentureKind.class), IsoCodes.code("status", status, VentureStatus.class),
                IsoCodes.code("sector", sector, Sector.class), IsoCodes.country("hostCountry", hostCountry),
                IsoCodes.country("partnerCountry", partnerCountry), IsoCodes.region("region", region), city == null || city.isBlank() ? null : city.trim(),
                organisationId, from, to, circle);
        PageRequest request = PageRequest.of(page, size, sort,
                circle == null ? Venture.SORT : Venture.SORT_NEAR, api);
        Page<Venture> found = Venture.search(filter, request, at);
        Page<VentureView> views;
        if (circle == null) {
            views = found.map(VentureView::of);
        } else {
            Map<Long, Double> distances = Venture.distances(found.items().stream().map(v -> v.id).toList(), circle, at);
            views = found.map(v -> VentureView.of(v, round(distances.get(v.id))));
        }
        if (GeoJson.wanted(headers)) {
            String link = Links.header(uri, views);
            return RestResponse.ResponseBuilder.ok(VentureFeatureCollection.of(views, GeoJson.links(link)), GeoJson.MEDIA_TYPE)
                    .header("Link", link).build();
        }
        return Links.ok(uri, views);
    }

    /** Parses and checks near=lat,lon with radiusKm; both or neither. */
    private Near near(String near, String radiusKm) {
        if (near == null && radiusKm == null) {
            return null;
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (near == null) {
            throw ApiException.badRequest("near", "is required with radiusKm");
        }
        if (radiusKm == null) {
            throw ApiException.badRequest("radiusKm", "is required with near");
        }
        String[] parts = near.split(",", -1);
        if (parts.length != 2) {
            throw ApiException.badRequest("near", "must be latitude,longitude in degrees, e.g. 43.2775,76.8958");
        }
        Double lat = decimal("near", parts[0]);
        Double lon = decimal("near", parts[1]);
        if (lat == null || lon == null) {
            throw ApiException.badRequest("near", "must be latitude,longitude in degrees, e.g. 43.2775,76.8958");
        }
        if (lat < -90 || lat > 90) {
            errors.add(new Problem.FieldError("near", "latitude must be between -90 and 90"));
        }
        if (lon < -180 || lon > 180) {
            errors.add(new Problem.FieldError("near", "longitude must be between -180 and 180"));
        }
        Double radius = decimal("radiusKm", radiusKm);
        double max = config.ventures().maxRadiusKm();
        if (radius == null || radius <= 0 || radius > max) {
            errors.add(new Problem.FieldError("radiusKm", "must be greater than 0 and at most " + BigDecimal.valueOf(max).stripTrailingZeros().toPlainString()));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new Near(lat, lon, radius);
    }

    /** A finite decimal number in plain notation; null passes. */
    private static Double decimal(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (!v.matches("[+-]?[0-9]{1,9}(\\.[0-9]{1,15})?")) {
            throw ApiException.badRequest(parameter, "'" + value + "' is not a decimal number such as 43.2775");
        }
        return Double.valueOf(v);
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
    public RestResponse<VentureView> get(@Parameter(description = "Venture id", example = "1") @PathParam("id") long id,
            @Parameter(description = "Show the venture as it stood at this instant", example = "2026-01-01T00:00:00Z") @QueryParam("asOf") Instant asOf) {
        Venture v = Venture.at(id, asOf);
        if (v == null) {
            throw ApiException.notFound("Venture", id);
        }
        return ETags.ok(VentureView.of(v), v.version);
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
