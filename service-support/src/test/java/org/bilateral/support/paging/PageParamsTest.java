package org.bilateral.support.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.Problem;
import org.junit.jupiter.api.Test;

class PageParamsTest {

    private static final SortFields FIELDS = SortFields.builder("t.id").field("name", "t.name").byDefault("name").build();

    @Test
    void absentParametersTakeTheConfiguredDefaults() {
        PageRequest request = new PageParams().request(null, FIELDS, TestConfig.pages(15, 50));
        assertEquals(0, request.page());
        assertEquals(15, request.size());
    }

    @Test
    void sizeAboveTheConfiguredMaximumIsRefusedNamingTheConfiguredLimit() {
        ApiException e = assertThrows(ApiException.class,
                () -> new PageParams(0, 51).request(null, FIELDS, TestConfig.pages(20, 50)));
        assertEquals(400, e.status());
        assertEquals(List.of("size"), e.errors().stream().map(Problem.FieldError::field).toList());
        assertEquals("must be between 1 and 50", e.errors().get(0).message());
    }

    @Test
    void everyBadParameterIsNamedInOneAnswer() {
        ApiException e = assertThrows(ApiException.class,
                () -> new PageParams(-1, 0).request("nosuchfield", FIELDS, TestConfig.pages(20, 50)));
        assertEquals(List.of("page", "size", "sort"), e.errors().stream().map(Problem.FieldError::field).toList());
    }
}
