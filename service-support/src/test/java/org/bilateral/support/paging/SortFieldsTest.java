package org.bilateral.support.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.Problem;
import org.junit.jupiter.api.Test;

class SortFieldsTest {

    private static final SortFields FIELDS = SortFields.builder("t.id")
            .field("period", "t.period_start")
            .field("flow", "t.flow")
            .field("amount", "t.amount")
            .field("reporter", "t.reporter")
            .field("source", "t.source_id")
            .byDefault("period,flow")
            .build();

    private static String sql(String sort) {
        return FIELDS.parse(sort).sql();
    }

    private static Problem.FieldError rejected(String sort) {
        ApiException e = assertThrows(ApiException.class, () -> FIELDS.parse(sort));
        assertEquals(400, e.status());
        assertEquals(1, e.errors().size());
        return e.errors().get(0);
    }

    @Test
    void absentOrBlankSortUsesTheDefaultThenTheTieBreaker() {
        String expected = "t.period_start ASC NULLS FIRST, t.flow ASC NULLS FIRST, t.id ASC";
        assertEquals(expected, sql(null));
        assertEquals(expected, sql(""));
        assertEquals(expected, sql("   "));
    }

    @Test
    void withoutDefaultOnlyTheTieBreakerOrders() {
        SortFields none = SortFields.builder("t.id").field("name", "t.name").build();
        assertEquals("t.id ASC", none.parse(null).sql());
    }

    @Test
    void minusPrefixSortsDescendingWithNullsLast() {
        assertEquals("t.amount DESC NULLS LAST, t.id ASC", sql("-amount"));
    }

    @Test
    void plusPrefixOrNoPrefixSortsAscendingWithNullsFirst() {
        assertEquals("t.amount ASC NULLS FIRST, t.id ASC", sql("+amount"));
        assertEquals("t.amount ASC NULLS FIRST, t.id ASC", sql("amount"));
    }

    @Test
    void severalFieldsKeepTheirOrderAndDirection() {
        assertEquals("t.reporter ASC NULLS FIRST, t.amount DESC NULLS LAST, t.id ASC", sql("reporter,-amount"));
    }

    @Test
    void spacesAndEmptyTermsAroundCommasAreIgnored() {
        assertEquals("t.reporter ASC NULLS FIRST, t.amount DESC NULLS LAST, t.id ASC", sql(" reporter , ,-amount,"));
    }

    @Test
    void onlyCommasFallBackToTheTieBreakerAlone() {
        assertEquals("t.id ASC", sql(",,"));
    }

    @Test
    void sortByUnknownFieldIsRejectedNamingItAndTheAllowedOnes() {
        Problem.FieldError error = rejected("period,colour");
        assertEquals("sort", error.field());
        assertEquals("unknown sort field 'colour'; allowed: period, flow, amount, reporter, source", error.message());
    }

    @Test
    void sortFieldNamesAreCaseSensitive() {
        assertEquals("unknown sort field 'Amount'; allowed: period, flow, amount, reporter, source", rejected("Amount").message());
    }

    @Test
    void sqlExpressionIsNotAcceptedAsAFieldName() {
        assertEquals("sort", rejected("t.amount").field());
        assertEquals("sort", rejected("amount;DROP TABLE figure").field());
    }

    @Test
    void aLoneMinusIsAnUnknownEmptyField() {
        assertEquals("unknown sort field ''; allowed: period, flow, amount, reporter, source", rejected("-").message());
    }

    @Test
    void duplicateSortFieldIsRejectedNamingIt() {
        assertEquals(new Problem.FieldError("sort", "sort field 'amount' named twice"), rejected("amount,-amount"));
    }

    @Test
    void namesAreTheDeclaredFields() {
        assertEquals(List.of("period", "flow", "amount", "reporter", "source"), List.copyOf(FIELDS.names()));
    }
}
