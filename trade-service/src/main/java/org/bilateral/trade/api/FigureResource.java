package org.bilateral.trade.api;

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
import org.bilateral.trade.api.model.FigureInput;
import org.bilateral.trade.api.model.FigureView;
import org.bilateral.trade.domain.Figure;
import org.bilateral.trade.service.FigureService;
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

@Path("/api/v1/trade/figures")
@Tag(name = "Figures", description = "Trade figures as their sources report them")
@Produces(MediaType.APPLICATION_JSON)
public class FigureResource {

    private final FigureService service;
    private final TradeHistory history;
    private final ApiConfig api;
    private final SecurityIdentity identity;
    private final CurrentPages pages;
    private final PointReads reads;

    FigureResource(FigureService service, TradeHistory history, ApiConfig api, SecurityIdentity identity, CurrentPages pages,
            PointReads reads) {
        this.pages = pages;
        this.reads = reads;
        this.service = service;
        this.history = history;
        this.api = api;
        this.identity = identity;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvPageWriter.TEXT_CSV})
    @APIResponse(responseCode = "304", description = PageValidatorDocs.NOT_MODIFIED)
    @Operation(operationId = "listFigures", summary = "List trade figures",
            description = "Filters combine with AND. An unknown filter value or sort field is a 400 naming it. "
                    + "A figure is one source's value for one key; two sources for the same key are two figures (see /discrepancies).")
    @APIResponse(responseCode = "200", description = "A page of figures; Link header with next/prev/first/last",
            headers = @Header(name = "Link", description = "RFC 8288 page links", schema = @Schema(type = SchemaType.STRING)))
    public Uni<RestResponse<Page<FigureView>>> list(@BeanParam FigureQuery query, @BeanParam PageParams page,
            @Parameter(description = "Comma-separated fields, '-' for descending: id, period, periodEnd, flow, reporter, partner, region, commodity, amount, source",
                    example = "-period,flow") @QueryParam("sort") String sort,
            @Context UriInfo uri) {
        Figure.Filter filter = query.filter();
        PageRequest request = page.request(sort, Figure.SORT, api);
        return pages.read(List.of(FigureView.class, filter, request), query.asOf,
                () -> Figure.search(filter, request, query.asOf).map(FigureView::of)).map(found -> Links.ok(uri, found));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getFigure", summary = "Get one figure", description = "ETag carries the version; with asOf, the version current at that instant.")
    @APIResponse(responseCode = "200", description = "The figure",
            headers = @Header(name = "ETag", description = "Version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FigureView.class)))
    public Uni<RestResponse<FigureView>> get(@Parameter(description = "Figure id", example = "1") @PathParam("id") long id,
            @Parameter(description = "Show the figure as it stood at this instant", example = "2026-01-01T00:00:00Z") @QueryParam("asOf") Instant asOf) {
        return reads.answer(Figure.READER, "Figure", id, asOf, FigureView::of, f -> f.version);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(operationId = "createFigure", summary = "Record a figure", description = "Needs a bearer token with group editor.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FigureInput.class),
            examples = @ExampleObject(name = "newFigure", summary = FigureExamples.CREATE_SUMMARY, value = FigureExamples.CREATE)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FigureView.class)))
    public RestResponse<FigureView> create(@NotNull @Valid FigureInput body, @Context UriInfo uri) {
        Figure f = service.create(body, actor());
        return RestResponse.ResponseBuilder.<FigureView>created(URI.create(uri.getPath() + "/" + f.id)).tag(ETags.of(f.version))
                .entity(FigureView.of(f)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(operationId = "replaceFigure", summary = "Replace a figure", description = "Needs group editor and If-Match with the current ETag; the old version stays in /revisions. "
            + "The body GET answers may be sent back as it is: id, where sent, must be the id in the path (400 otherwise) and version the "
            + "current version (412 otherwise, like a stale If-Match).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FigureInput.class),
            examples = @ExampleObject(name = "annotateFigure1", summary = FigureExamples.REPLACE_SUMMARY, value = FigureExamples.REPLACE,
                    extensions = @Extension(name = FigureExamples.PATH_PARAMETERS, value = FigureExamples.REPLACE_PATH, parseValue = true))))
    @APIResponse(responseCode = "200", description = "Replaced; new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FigureView.class)))
    public RestResponse<FigureView> replace(@Parameter(description = "Figure id", example = "1") @PathParam("id") long id,
            @Parameter(description = "ETag of the version this edit is based on", required = true, example = "\"1\"")
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid FigureInput body) {
        ReadOnlyFields.requireSameId(body.id(), id);
        Figure f = service.replace(id, body, IfMatch.of(ifMatch), actor());
        return ETags.ok(FigureView.of(f), f.version);
    }

    @DELETE
    @Path("/{id}")
    // a 204 has no body: a client asking only for the error type (problem+json) must not get a 406
    @Produces(MediaType.WILDCARD)
    @RolesAllowed("editor")
    @Operation(operationId = "deleteFigure", summary = "Delete a figure", description = "Needs group editor and If-Match; the history stays readable.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public RestResponse<Void> delete(@Parameter(description = "Figure id", example = "1") @PathParam("id") long id,
            @Parameter(description = "ETag of the current version", required = true, example = "\"1\"")
            @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, IfMatch.of(ifMatch), actor());
        return RestResponse.noContent();
    }

    @GET
    @Path("/{id}/revisions")
    @Operation(operationId = "listFigureRevisions", summary = "Every version of a figure", description = "Oldest first, including a deletion.")
    @APIResponse(responseCode = "200", description = "The revisions")
    public List<Revision<FigureView>> revisions(@Parameter(description = "Figure id", example = "1") @PathParam("id") long id) {
        return history.figureRevisions(id);
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
