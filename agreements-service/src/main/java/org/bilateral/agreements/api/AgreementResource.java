package org.bilateral.agreements.api;

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
import java.time.LocalDate;
import java.util.List;
import org.bilateral.agreements.api.model.AgreementInput;
import org.bilateral.agreements.api.model.AgreementView;
import org.bilateral.agreements.api.model.ClaimView;
import org.bilateral.agreements.api.model.RelationsView;
import org.bilateral.agreements.api.model.StatisticsView;
import org.bilateral.agreements.api.model.TimelineEventView;
import org.bilateral.agreements.domain.Agreement;
import org.bilateral.agreements.domain.AgreementKind;
import org.bilateral.agreements.domain.AgreementStatus;
import org.bilateral.agreements.service.AgreementHistory;
import org.bilateral.agreements.service.AgreementService;
import org.bilateral.agreements.service.RegistryReports;
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
import org.bilateral.support.provenance.Source;
import org.bilateral.support.provenance.SourceView;
import org.bilateral.support.query.PointReads;
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

@Path("/api/v1/agreements")
@Produces(MediaType.APPLICATION_JSON)
public class AgreementResource {

    private static final String ID = "{id: [0-9]+}";

    private final AgreementService service;
    private final AgreementHistory history;
    private final RegistryReports reports;
    private final ApiConfig api;
    private final SecurityIdentity identity;
    private final CurrentPages pages;
    private final PointReads reads;

    AgreementResource(AgreementService service, AgreementHistory history, RegistryReports reports, ApiConfig api, SecurityIdentity identity,
            CurrentPages pages,
            PointReads reads) {
        this.reads = reads;
        this.pages = pages;
        this.service = service;
        this.history = history;
        this.reports = reports;
        this.api = api;
        this.identity = identity;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvPageWriter.TEXT_CSV})
    @Tag(name = "Agreements", description = "The registry of agreements, treaties, programmes, roadmaps and planned signings")
    @APIResponse(responseCode = "304", description = PageValidatorDocs.NOT_MODIFIED)
    @Operation(operationId = "listAgreements", summary = "List and search agreements",
            description = "Filters combine with AND; an unknown filter value or sort field is a 400 naming it. With q, agreements are "
                    + "matched by PostgreSQL full-text search over title and summary (English configuration, so 'roadmaps' finds "
                    + "'Roadmap' and 'cooperating' finds 'cooperation'; websearch syntax: quotes, OR, -word) and sorted by relevance "
                    + "unless sort says otherwise. " + AgreementStatus.DERIVATION)
    @APIResponse(responseCode = "200", description = "A page of agreements; Link header with next/prev/first/last",
            headers = @Header(name = "Link", description = "RFC 8288 page links", schema = @Schema(type = SchemaType.STRING)))
    public Uni<RestResponse<Page<AgreementView>>> list(@BeanParam AgreementFilterParams filters,
            @Parameter(description = "Show the agreements as they were stored at this instant (statuses still derived on today's date)",
                    example = "2026-01-01T00:00:00Z") @QueryParam("asOf") Instant asOf,
            @BeanParam PageParams page,
            @Parameter(description = "Comma-separated fields, '-' for descending: id, title, signed, validFrom, validUntil, kind, "
                    + "status, recordedStatus, and relevance (only with q). Undated signings and open-ended validity sort as latest. "
                    + "Default: signed,title; with q: -relevance", example = "validUntil") @QueryParam("sort") String sort,
            @Context UriInfo uri) {
        Agreement.Filter filter = filters.toFilter();
        PageRequest request = page.request(sort, AgreementFilterParams.sortFields(filter, sort), api);
        // statuses are derived on today's date (in SQL too: the JDBC session runs in the JVM's time zone), so the day is part of the key
        LocalDate today = LocalDate.now();
        return pages.read(List.of(AgreementView.class, filter, request, today), asOf,
                () -> Agreement.search(filter, request, asOf).map(a -> AgreementView.of(a, today))).map(found -> Links.ok(uri, found));
    }

    @GET
    @Path(ID)
    @Tag(name = "Agreements")
    @Operation(operationId = "getAgreement", summary = "Get one agreement", description = "ETag carries the version; with asOf, the version "
            + "stored at that instant. " + AgreementStatus.DERIVATION)
    @APIResponse(responseCode = "200", description = "The agreement",
            headers = @Header(name = "ETag", description = "Version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementView.class)))
    public Uni<RestResponse<AgreementView>> get(@Parameter(description = "Agreement id", example = "1") @PathParam("id") long id,
            @Parameter(description = "Show the agreement as stored at this instant", example = "2026-01-01T00:00:00Z") @QueryParam("asOf") Instant asOf) {
        return reads.answer(Agreement.READER, "Agreement", id, asOf, AgreementView::of, a -> a.version);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Tag(name = "Agreements")
    @Operation(operationId = "createAgreement", summary = "Register an agreement",
            description = "Needs a bearer token with group editor. Title and signing date form the natural key (409 on a clash); "
                    + "relations must name agreements of the registry; sources must name known source documents.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementInput.class),
            examples = @ExampleObject(name = "newAgreement", summary = AgreementExamples.CREATE_SUMMARY, value = AgreementExamples.CREATE)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementView.class)))
    public RestResponse<AgreementView> create(@NotNull @Valid AgreementInput body, @Context UriInfo uri) {
        Agreement a = service.create(body, actor());
        return RestResponse.ResponseBuilder.<AgreementView>created(URI.create(uri.getPath() + "/" + a.id)).tag(ETags.of(a.version))
                .entity(AgreementView.of(a)).build();
    }

    @PUT
    @Path(ID)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Tag(name = "Agreements")
    @Operation(operationId = "replaceAgreement", summary = "Replace an agreement",
            description = "Needs group editor and If-Match with the current ETag (428 without, 412 when stale); the old version stays in /revisions. "
                    + "The body GET answers may be sent back as it is: id, where sent, must be the id in the path (400 otherwise), version the "
                    + "current version (412 otherwise, like a stale If-Match), and status the current or the derived one (400 otherwise).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementInput.class),
            examples = @ExampleObject(name = "rewordAgreement1", summary = AgreementExamples.REPLACE_SUMMARY, value = AgreementExamples.REPLACE,
                    extensions = @Extension(name = AgreementExamples.PATH_PARAMETERS, value = AgreementExamples.REPLACE_PATH, parseValue = true))))
    @APIResponse(responseCode = "200", description = "Replaced; new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementView.class)))
    public RestResponse<AgreementView> replace(@Parameter(description = "Agreement id", example = "1") @PathParam("id") long id,
            @Parameter(description = "ETag of the version this edit is based on", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AgreementInput body) {
        ReadOnlyFields.requireSameId(body.id(), id);
        Agreement a = service.replace(id, body, IfMatch.of(ifMatch), actor());
        return ETags.ok(AgreementView.of(a), a.version);
    }

    @DELETE
    @Path(ID)
    // a 204 has no body: a client asking only for the error type (problem+json) must not get a 406
    @Produces(MediaType.WILDCARD)
    @RolesAllowed("editor")
    @Tag(name = "Agreements")
    @Operation(operationId = "deleteAgreement", summary = "Delete an agreement",
            description = "Needs group editor and If-Match; 409 while other agreements state relations to it. The history stays readable.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public RestResponse<Void> delete(@Parameter(description = "Agreement id", example = "1") @PathParam("id") long id,
            @Parameter(description = "ETag of the current version", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, IfMatch.of(ifMatch), actor());
        return RestResponse.noContent();
    }

    @GET
    @Path(ID + "/revisions")
    @Tag(name = "Agreements")
    @Operation(operationId = "listAgreementRevisions", summary = "Every version of an agreement", description = "Oldest first, including a deletion.")
    @APIResponse(responseCode = "200", description = "The revisions")
    public List<Revision<AgreementView>> revisions(@Parameter(description = "Agreement id", example = "1") @PathParam("id") long id) {
        return history.agreementRevisions(id);
    }

    @GET
    @Path(ID + "/relations")
    @Tag(name = "Agreements")
    @Operation(operationId = "getAgreementRelations", summary = "An agreement's relations in both directions",
            description = "Outgoing: the relations the agreement states. Incoming: relations other agreements state towards it "
                    + "(e.g. a programme that IMPLEMENTS it).")
    @APIResponse(responseCode = "200", description = "The relations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RelationsView.class)))
    public RelationsView relations(@Parameter(description = "Agreement id", example = "1") @PathParam("id") long id,
            @Parameter(description = "As stored at this instant", example = "2026-01-01T00:00:00Z") @QueryParam("asOf") Instant asOf) {
        return RegistryViews.relations(reports.relations(id, asOf));
    }

    @GET
    @Path("/timeline")
    @Produces({MediaType.APPLICATION_JSON, CsvPageWriter.TEXT_CSV})
    @Tag(name = "Agreement analytics", description = "Timeline and statistics of the registry, and the counts sources claim")
    @Operation(operationId = "getAgreementTimeline", summary = "Signings and validity starts and ends in date order",
            description = "Each event carries its date precision: a signing known only by year sorts at 1 January of that year. "
                    + "Ties are ordered SIGNED, VALIDITY_START, VALIDITY_END, then by agreement id.")
    public List<TimelineEventView> timeline(
            @Parameter(description = "Events on or after this date", example = "2011-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Events on or before this date", example = "2026-12-31") @QueryParam("to") LocalDate to,
            @Parameter(description = "Only agreements of this kind", schema = @Schema(implementation = AgreementKind.class)) @QueryParam("kind") String kind) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.badRequest("to", "must not be before from");
        }
        return RegistryViews.timeline(reports.timeline(from, to, IsoCodes.code("kind", kind, AgreementKind.class)));
    }

    @GET
    @Path("/statistics")
    @Tag(name = "Agreement analytics")
    @Operation(operationId = "getAgreementStatistics", summary = "Registered counts beside claimed counts",
            description = "Counts by kind and by status computed from the registry, beside the counts sources state about the legal "
                    + "base, each with its source. The two are never merged: a source's 'over 65 agreements' is not a registry figure.")
    public StatisticsView statistics() {
        return RegistryViews.statistics(reports.statistics());
    }

    @GET
    @Path("/claims")
    @Produces({MediaType.APPLICATION_JSON, CsvPageWriter.TEXT_CSV})
    @Tag(name = "Agreement analytics")
    @Operation(operationId = "listAgreementCountClaims", summary = "Counts that sources claim about the legal base",
            description = "As the sources state them, with qualifier, the kinds counted and the citation.")
    public List<ClaimView> claims() {
        return reports.claims().stream().map(ClaimView::of).toList();
    }

    @GET
    @Path("/sources")
    @Produces({MediaType.APPLICATION_JSON, CsvPageWriter.TEXT_CSV})
    @Tag(name = "Agreement sources", description = "The documents the registry's facts are taken from")
    @Operation(operationId = "listAgreementSources", summary = "List source documents",
            description = "Every document the registry's records cite, in order, with publisher, date and a summary in our words.")
    public List<SourceView> sources() {
        return Source.allInOrder().stream().map(Source::toView).toList();
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
