package org.bilateral.agreements.api;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import org.bilateral.agreements.domain.Agreement;
import org.bilateral.agreements.domain.AgreementKind;
import org.bilateral.agreements.domain.AgreementStatus;
import org.bilateral.agreements.domain.Area;
import org.bilateral.support.codes.IsoCodes;
import org.bilateral.support.paging.SortFields;
import org.bilateral.support.params.ParamErrors;
import org.bilateral.support.problem.ApiException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters of the agreement list, which the calendar takes too ({@code @BeanParam}): declared and checked once, so
 * both answer a bad value with the same 400. Codes stay strings here and are parsed strictly by {@link IsoCodes}, so an
 * unknown value is a 400 naming the parameter rather than JAX-RS's 404.
 */
public class AgreementFilterParams {

    static final int MAX_QUERY_LENGTH = 500;

    @QueryParam("q")
    @Parameter(description = "Full-text query over title and summary (websearch syntax)", example = "roadmap cooperation")
    public String q;

    /** Countries the party filter takes at most (an agreement rarely has more parties). */
    private static final int MAX_PARTIES = 10;

    @QueryParam("kind")
    @Parameter(description = "Kind", schema = @Schema(implementation = AgreementKind.class))
    public String kind;

    @QueryParam("status")
    @Parameter(description = "Served (derived) status", schema = @Schema(implementation = AgreementStatus.class))
    public String status;

    // no example: it would have to be an array, which the annotation cannot state; the description shows one
    @QueryParam("party")
    @Parameter(description = "A party country, ISO 3166-1 alpha-2; repeat it for agreements with every one of them among the "
            + "parties (party=BY&party=KZ)")
    public List<String> party;

    @QueryParam("area")
    @Parameter(description = "Area of cooperation", schema = @Schema(implementation = Area.class))
    public String area;

    @QueryParam("signedFrom")
    @Parameter(description = "Signed on or after this date (a signing known only to the month or year matches when its period "
            + "reaches this date)", example = "2017-01-01")
    public LocalDate signedFrom;

    @QueryParam("signedTo")
    @Parameter(description = "Signed on or before this date (a signing known only to the month or year matches when its period "
            + "starts by this date)", example = "2018-12-31")
    public LocalDate signedTo;

    @QueryParam("inForceOn")
    @Parameter(description = "In force on this date: validity.from <= date <= validity.until (no until: open-ended; first and "
            + "last day both count), not PLANNED or TERMINATED. Where validity.from is unknown and the sources record the "
            + "agreement as in force (or expired), the last possible day of its signing stands in for it.", example = "2026-11-23")
    public LocalDate inForceOn;

    @QueryParam("expiresBefore")
    @Parameter(description = "Validity ends before this date: validity.until < date, i.e. no longer valid on it", example = "2027-01-01")
    public LocalDate expiresBefore;

    /** The filter, checked: one 400 names every bad parameter. */
    public Agreement.Filter toFilter() {
        ParamErrors errors = new ParamErrors();
        String query = q == null || q.isBlank() ? null : q.strip();
        if (query != null && query.length() > MAX_QUERY_LENGTH) {
            errors.add("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        AgreementKind k = errors.check(() -> IsoCodes.code("kind", kind, AgreementKind.class));
        AgreementStatus s = errors.check(() -> IsoCodes.code("status", status, AgreementStatus.class));
        List<String> parties = errors.check(this::parties);
        Area a = errors.check(() -> IsoCodes.code("area", area, Area.class));
        if (signedFrom != null && signedTo != null && signedTo.isBefore(signedFrom)) {
            errors.add("signedTo", "must not be before signedFrom");
        }
        errors.throwIfAny();
        return new Agreement.Filter(query, k, s, parties, a, signedFrom, signedTo, inForceOn, expiresBefore);
    }

    /** Every country given, checked; null when none is. */
    private List<String> parties() {
        if (party == null || party.isEmpty()) {
            return null;
        }
        if (party.size() > MAX_PARTIES) {
            throw ApiException.badRequest("party", "at most " + MAX_PARTIES + " countries");
        }
        return party.stream().map(p -> IsoCodes.country("party", p)).distinct().toList();
    }

    /** The sort fields a list with this filter allows: relevance only with a text query. */
    public static SortFields sortFields(Agreement.Filter filter, String sort) {
        if (filter.q() == null && sort != null && List.of(sort.split(",")).stream().map(String::strip)
                .anyMatch(s -> s.equals("relevance") || s.equals("-relevance") || s.equals("+relevance"))) {
            throw ApiException.badRequest("sort", "relevance needs a text query q");
        }
        return filter.q() == null ? Agreement.SORT : Agreement.SORT_WITH_QUERY;
    }
}
