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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.bilateral.support.cache.CurrentPages;
import org.bilateral.support.codes.IsoCodes;
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
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.query.PointReads;
import org.bilateral.ventures.api.model.OrganisationInput;
import org.bilateral.ventures.api.model.OrganisationView;
import org.bilateral.ventures.api.model.VentureView;
import org.bilateral.ventures.domain.Organisation;
import org.bilateral.ventures.domain.OrganisationKind;
import org.bilateral.ventures.domain.Venture;
import org.bilateral.ventures.service.OrganisationService;
import org.bilateral.ventures.service.VentureHistory;
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

@Path("/api/v1/ventures/organisations")
@Tag(name = "Organisations", description = "Companies, authorities and operators that take part in ventures")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    private final OrganisationService service;
    private final VentureHistory history;
    private final ApiConfig api;
    private final SecurityIdentity identity;
    private final CurrentPages pages;
    private final PointReads reads;

    OrganisationResource(OrganisationService service, VentureHistory history, ApiConfig api, SecurityIdentity identity, CurrentPages pages,
            PointReads reads) {
        this.reads = reads;
        this.pages = pages;
        this.service = service;
        this.history = history;
        this.api = api;
        this.identity = identity;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvPageWriter.TEXT_CSV})
    @APIResponse(responseCode = "304", description = PageValidatorDocs.NOT_MODIFIED)
    @Operation(operationId = "listVentureOrganisations", summary = "List organisations", description = "Filters combine with AND.")
    @APIResponse(responseCode = "200", description = "A page of organisations; Link header with next/prev/first/last",
            headers = @Header(name = "Link", description = "RFC 8288 page links", schema = @Schema(type = SchemaType.STRING)))
    public Uni<RestResponse<Page<OrganisationView>>> list(
            @Parameter(description = "Part of the name, case-insensitive", example = "MAZ") @QueryParam("name") String name,
            @Parameter(description = "Country, ISO 3166-1 alpha-2", example = "BY") @QueryParam("country") String country,
            @Parameter(description = "Kind", schema = @Schema(implementation = OrganisationKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "As stored at this instant", example = "2026-01-01T00:00:00Z") @QueryParam("asOf") Instant asOf,
            @BeanParam PageParams page,
            @Parameter(description = "Fields: id, name, country, kind; '-' for descending", example = "country,name") @QueryParam("sort") String sort,
            @Context UriInfo uri) {
        var filter = new Organisation.Filter(name == null || name.isBlank() ? null : name.trim(), IsoCodes.country("country", country),
                IsoCodes.code("kind", kind, OrganisationKind.class));
        PageRequest request = page.request(sort, Organisation.SORT, api);
        return pages.read(List.of(OrganisationView.class, filter, request), asOf,
                () -> Organisation.search(filter, request, asOf).map(OrganisationView::of)).map(found -> Links.ok(uri, found));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getVentureOrganisation", summary = "Get one organisation", description = "ETag carries the version.")
    @APIResponse(responseCode = "200", description = "The organisation",
            headers = @Header(name = "ETag", description = "Version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationView.class)))
    public Uni<RestResponse<OrganisationView>> get(@Parameter(description = "Organisation id", example = "1") @PathParam("id") long id,
            @Parameter(description = "As stored at this instant", example = "2026-01-01T00:00:00Z") @QueryParam("asOf") Instant asOf) {
        return reads.answer(Organisation.READER, "Organisation", id, asOf, OrganisationView::of, o -> o.version);
    }

    @GET
    @Path("/{id}/ventures")
    @Produces({MediaType.APPLICATION_JSON, CsvPageWriter.TEXT_CSV})
    @APIResponse(responseCode = "304", description = PageValidatorDocs.NOT_MODIFIED)
    @Operation(operationId = "listOrganisationVentures", summary = "The ventures an organisation is a partner in",
            description = "A page of the ventures that list this organisation among their partners, as stored at asOf; 404 when the "
                    + "organisation did not exist then.")
    @APIResponse(responseCode = "200", description = "A page of ventures; Link header with next/prev/first/last",
            headers = @Header(name = "Link", description = "RFC 8288 page links", schema = @Schema(type = SchemaType.STRING)))
    public Uni<RestResponse<Page<VentureView>>> ventures(@Parameter(description = "Organisation id", example = "1") @PathParam("id") long id,
            @Parameter(description = "As stored at this instant", example = "2026-01-01T00:00:00Z") @QueryParam("asOf") Instant asOf,
            @BeanParam PageParams page,
            @Parameter(description = "Fields: id, name, kind, status, hostCountry, region, city, startYear; '-' for descending",
                    example = "-startYear") @QueryParam("sort") String sort,
            @Context UriInfo uri) {
        PageRequest request = page.request(sort, Venture.SORT, api);
        // its own key, not the ventures list's with this organisation as filter: only this one answers 404 for an unknown organisation
        return pages.read(List.of("organisation-ventures", id, request), asOf, () -> {
            if (Organisation.at(id, asOf) == null) {
                throw ApiException.notFound("Organisation", id);
            }
            return Venture.search(Venture.Filter.ofOrganisation(id), request, asOf).map(VentureView::of);
        }).map(found -> Links.ok(uri, found));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(operationId = "createVentureOrganisation", summary = "Record an organisation",
            description = "Needs group editor. The name is unique per country (409 otherwise).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationInput.class),
            examples = @ExampleObject(name = "newOrganisation", summary = VentureExamples.CREATE_ORGANISATION_SUMMARY,
                    value = VentureExamples.CREATE_ORGANISATION)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationView.class)))
    public RestResponse<OrganisationView> create(@NotNull @Valid OrganisationInput body, @Context UriInfo uri) {
        Organisation o = service.create(body, actor());
        return RestResponse.ResponseBuilder.<OrganisationView>created(URI.create(uri.getPath() + "/" + o.id)).tag(ETags.of(o.version))
                .entity(OrganisationView.of(o)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(operationId = "replaceVentureOrganisation", summary = "Replace an organisation",
            description = "Needs group editor and If-Match with the current ETag. The country cannot change while ventures name it. "
                    + "The body GET answers may be sent back as it is: id, where sent, must be the id in the path (400 otherwise) and version the "
                    + "current version (412 otherwise, like a stale If-Match).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationInput.class),
            examples = @ExampleObject(name = "trimOrganisation1", summary = VentureExamples.REPLACE_ORGANISATION_SUMMARY,
                    value = VentureExamples.REPLACE_ORGANISATION,
                    extensions = @Extension(name = VentureExamples.PATH_PARAMETERS, value = VentureExamples.ID_1, parseValue = true))))
    @APIResponse(responseCode = "200", description = "Replaced; new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationView.class)))
    public RestResponse<OrganisationView> replace(@Parameter(description = "Organisation id", example = "1") @PathParam("id") long id,
            @Parameter(description = "ETag of the version this edit is based on", required = true, example = "\"1\"")
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid OrganisationInput body) {
        ReadOnlyFields.requireSameId(body.id(), id);
        Organisation o = service.replace(id, body, IfMatch.of(ifMatch), actor());
        return ETags.ok(OrganisationView.of(o), o.version);
    }

    @DELETE
    @Path("/{id}")
    // a 204 has no body: a client asking only for the error type (problem+json) must not get a 406
    @Produces(MediaType.WILDCARD)
    @RolesAllowed("editor")
    @Operation(operationId = "deleteVentureOrganisation", summary = "Delete an organisation",
            description = "Needs group editor and If-Match; 409 while a venture names it as partner.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public RestResponse<Void> delete(@Parameter(description = "Organisation id", example = "1") @PathParam("id") long id,
            @Parameter(description = "ETag of the current version", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, IfMatch.of(ifMatch), actor());
        return RestResponse.noContent();
    }

    @GET
    @Path("/{id}/revisions")
    @Operation(operationId = "listVentureOrganisationRevisions", summary = "Every version of an organisation", description = "Oldest first, including a deletion.")
    @APIResponse(responseCode = "200", description = "The revisions")
    public List<Revision<OrganisationView>> revisions(@Parameter(description = "Organisation id", example = "1") @PathParam("id") long id) {
        return history.organisationRevisions(id);
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
