package org.bilateral.agreements.api;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.bilateral.agreements.api.model.EventView;
import org.bilateral.agreements.domain.CooperationEvent;
import org.bilateral.agreements.domain.EventKind;
import org.bilateral.support.cache.CurrentPages;
import org.bilateral.support.codes.IsoCodes;
import org.bilateral.support.config.ApiConfig;
import org.bilateral.support.openapi.PageValidatorDocs;
import org.bilateral.support.paging.Links;
import org.bilateral.support.paging.Page;
import org.bilateral.support.paging.PageParams;
import org.bilateral.support.paging.PageRequest;
import org.bilateral.support.query.PointReads;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The meetings, visits, forums and receptions the sources report; read-only, filled from the seed facts like the commissions. */
@Path("/api/v1/agreements/events")
@Tag(name = "Cooperation events", description = "Meetings, visits, forums and receptions between the two sides, with their participants")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    private final ApiConfig api;
    private final CurrentPages pages;
    private final PointReads reads;

    EventResource(ApiConfig api, CurrentPages pages,
            PointReads reads) {
        this.reads = reads;
        this.api = api;
        this.pages = pages;
    }

    @GET
    @APIResponse(responseCode = "304", description = PageValidatorDocs.NOT_MODIFIED)
    @Operation(operationId = "listCooperationEvents", summary = "List events",
            description = "Every reported event with its participants, a page at a time; filters combine with AND, an unknown value is a 400 "
                    + "naming it. Read-only: filled from the seed facts; its changes appear in the change feed as resource 'events'.")
    @APIResponse(responseCode = "200", description = "A page of events; Link header with next/prev/first/last",
            headers = @Header(name = "Link", description = "RFC 8288 page links", schema = @Schema(type = SchemaType.STRING)))
    public Uni<RestResponse<Page<EventView>>> list(
            @Parameter(description = "Kind", schema = @Schema(implementation = EventKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "Only events with a participant of this country, ISO 3166-1 alpha-2", example = "KZ")
            @QueryParam("country") String country,
            @Parameter(description = "As stored at this instant", example = "2026-01-01T00:00:00Z") @QueryParam("asOf") Instant asOf,
            @BeanParam PageParams page,
            @Parameter(description = "Comma-separated fields, '-' for descending: id, date, title, kind. Undated events sort as latest. "
                    + "Default: date,title", example = "-date") @QueryParam("sort") String sort,
            @Context UriInfo uri) {
        var filter = new CooperationEvent.Filter(IsoCodes.code("kind", kind, EventKind.class), IsoCodes.country("country", country));
        PageRequest request = page.request(sort, CooperationEvent.SORT, api);
        return pages.read(List.of(EventView.class, filter, request), asOf,
                () -> CooperationEvent.search(filter, request, asOf).map(EventView::of)).map(found -> Links.ok(uri, found));
    }

    @GET
    @Path("/{id: [0-9]+}")
    @Operation(operationId = "getCooperationEvent", summary = "Get one event", description = "ETag carries the version.")
    @APIResponse(responseCode = "200", description = "The event",
            headers = @Header(name = "ETag", description = "Version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)))
    public Uni<RestResponse<EventView>> get(@Parameter(description = "Event id", example = "1") @PathParam("id") long id,
            @Parameter(description = "As stored at this instant", example = "2026-01-01T00:00:00Z") @QueryParam("asOf") Instant asOf) {
        return reads.answer(CooperationEvent.READER, "Event", id, asOf, EventView::of, e -> e.version);
    }
}
