package org.bilateral.support.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.Problem;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    private static final TestConfig CONFIG = TestConfig.pages(20, 200);
    private static final SortFields FIELDS = SortFields.builder("t.id")
            .field("period", "t.period_start")
            .field("amount", "t.amount")
            .byDefault("period")
            .build();

    private static PageRequest of(Integer page, Integer size, String sort) {
        return PageRequest.of(page, size, sort, FIELDS, CONFIG);
    }

    private static List<Problem.FieldError> rejected(Integer page, Integer size, String sort) {
        ApiException e = assertThrows(ApiException.class, () -> of(page, size, sort));
        assertEquals(400, e.status());
        return e.errors();
    }

    @Test
    void absentParametersMeanFirstPageAtConfiguredDefaultSizeInDefaultOrder() {
        PageRequest request = of(null, null, null);
        assertEquals(0, request.page());
        assertEquals(20, request.size());
        assertEquals("t.period_start ASC NULLS FIRST, t.id ASC", request.sort().sql());
        assertEquals(0, request.offset());
    }

    @Test
    void defaultSizeComesFromConfigNotFromCode() {
        assertEquals(7, PageRequest.of(null, null, null, FIELDS, TestConfig.pages(7, 50)).size());
    }

    @Test
    void sizeAtConfiguredMaximumIsAccepted() {
        assertEquals(200, of(0, 200, null).size());
    }

    @Test
    void sizeOverConfiguredMaximumIsRejectedNamingTheLimit() {
        assertEquals(List.of(new Problem.FieldError("size", "must be between 1 and 200")), rejected(0, 201, null));
    }

    @Test
    void maximumFollowsConfiguration() {
        ApiException e = assertThrows(ApiException.class,
                () -> PageRequest.of(0, 51, null, FIELDS, TestConfig.pages(20, 50)));
        assertEquals("must be between 1 and 50", e.errors().get(0).message());
    }

    @Test
    void sizeOfOneIsAcceptedAndZeroOrNegativeRejected() {
        assertEquals(1, of(0, 1, null).size());
        assertEquals("size", rejected(0, 0, null).get(0).field());
        assertEquals("size", rejected(0, -5, null).get(0).field());
    }

    @Test
    void negativePageIsRejected() {
        assertEquals(List.of(new Problem.FieldError("page", "must be 0 or greater")), rejected(-1, 10, null));
    }

    @Test
    void everyBadParameterIsReportedInOneAnswer() {
        List<Problem.FieldError> errors = rejected(-1, 0, "colour");
        assertEquals(List.of("page", "size", "sort"), errors.stream().map(Problem.FieldError::field).toList());
        ApiException e = assertThrows(ApiException.class, () -> of(-1, 0, "colour"));
        assertEquals("Invalid value for: page, size, sort", e.getMessage());
    }

    @Test
    void offsetIsPageTimesSize() {
        assertEquals(150, of(3, 50, null).offset());
    }

    @Test
    void offsetBeyondIntegerRangeIsRejectedInsteadOfOverflowing() {
        ApiException e = assertThrows(ApiException.class, () -> of(Integer.MAX_VALUE / 100 + 1, 100, null));
        assertEquals(List.of(new Problem.FieldError("page", "is too large for this page size")), e.errors());
    }

    @Test
    void largestOffsetThatFitsIsAccepted() {
        assertEquals(Integer.MAX_VALUE, of(Integer.MAX_VALUE, 1, null).offset());
    }

    @Test
    void sortIsParsedByTheListsOwnFields() {
        assertTrue(of(0, 10, "-amount").sort().sql().startsWith("t.amount DESC NULLS LAST"));
    }
}
