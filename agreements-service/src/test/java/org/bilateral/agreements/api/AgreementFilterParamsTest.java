package org.bilateral.agreements.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.bilateral.agreements.domain.Agreement;
import org.bilateral.agreements.domain.AgreementKind;
import org.bilateral.agreements.domain.AgreementStatus;
import org.bilateral.agreements.domain.Area;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.Problem.FieldError;
import org.junit.jupiter.api.Test;

/** The list's and the calendar's filters are checked without a server: each bad parameter is named in one 400. */
class AgreementFilterParamsTest {

    @Test
    void noParametersIsNoFilter() {
        Agreement.Filter f = new AgreementFilterParams().toFilter();
        assertEquals(new Agreement.Filter(null, null, null, null, null, null, null, null, null), f);
    }

    @Test
    void validParametersBecomeTypedFilters() {
        AgreementFilterParams p = new AgreementFilterParams();
        p.q = "  roadmap  ";
        p.kind = "ROADMAP";
        p.status = "IN_FORCE";
        p.party = List.of("KZ");
        p.area = Area.values()[0].name();
        p.signedFrom = LocalDate.of(2017, 1, 1);
        p.signedTo = LocalDate.of(2017, 1, 1);
        Agreement.Filter f = p.toFilter();
        assertEquals("roadmap", f.q());
        assertEquals(AgreementKind.ROADMAP, f.kind());
        assertEquals(AgreementStatus.IN_FORCE, f.status());
        assertEquals(List.of("KZ"), f.parties());
        assertEquals(Area.values()[0], f.area());
    }

    @Test
    void aBlankQueryIsNoQuery() {
        AgreementFilterParams p = new AgreementFilterParams();
        p.q = "   ";
        assertNull(p.toFilter().q());
    }

    @Test
    void everyBadParameterIsNamedInOneProblem() {
        AgreementFilterParams p = new AgreementFilterParams();
        p.q = "x".repeat(AgreementFilterParams.MAX_QUERY_LENGTH + 1);
        p.kind = "roadmap";
        p.status = "VALID";
        p.party = List.of("XX");
        p.area = "WEATHER";
        p.signedFrom = LocalDate.of(2020, 1, 1);
        p.signedTo = LocalDate.of(2019, 12, 31);
        ApiException e = assertThrows(ApiException.class, p::toFilter);
        assertEquals(400, e.status());
        assertEquals(List.of("q", "kind", "status", "party", "area", "signedTo"), e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void repeatedPartiesAreCheckedAndTakenOnceEach() {
        AgreementFilterParams p = new AgreementFilterParams();
        p.party = List.of("BY", "KZ", "BY");
        assertEquals(List.of("BY", "KZ"), p.toFilter().parties());
        p.party = List.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR");
        ApiException tooMany = assertThrows(ApiException.class, p::toFilter);
        assertEquals(List.of(new FieldError("party", "at most 10 countries")), tooMany.errors());
    }

    @Test
    void relevanceSortNeedsATextQuery() {
        Agreement.Filter none = new AgreementFilterParams().toFilter();
        ApiException e = assertThrows(ApiException.class, () -> AgreementFilterParams.sortFields(none, "title,-relevance"));
        assertEquals("sort", e.errors().get(0).field());
        assertSame(Agreement.SORT, AgreementFilterParams.sortFields(none, "title"));
        AgreementFilterParams p = new AgreementFilterParams();
        p.q = "roadmap";
        assertSame(Agreement.SORT_WITH_QUERY, AgreementFilterParams.sortFields(p.toFilter(), "-relevance"));
    }
}
