package org.bilateral.support.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void typeIsTheSlugUnderTheProblemBase() {
        Problem p = Problem.of(ApiException.conflict("taken"), "/api/v1/x", "req-1");
        assertEquals(URI.create("https://bilateral.example/problems/conflict"), p.type());
        assertEquals(409, p.status());
        assertEquals("Conflict", p.title());
        assertEquals("taken", p.detail());
        assertEquals("/api/v1/x", p.instance());
        assertEquals("req-1", p.requestId());
    }

    @Test
    void problemWithoutFieldErrorsOmitsTheList() {
        assertNull(Problem.of(ApiException.notFound("Figure", 7), null, null).errors());
    }

    @Test
    void invalidRequestNamesEachBadFieldOnceInItsDetail() {
        ApiException e = ApiException.invalid(List.of(new Problem.FieldError("size", "too big"),
                new Problem.FieldError("sort", "unknown"), new Problem.FieldError("size", "odd")));
        assertEquals("Invalid value for: size, sort", e.getMessage());
        assertEquals(3, Problem.of(e, null, null).errors().size());
        assertEquals("validation", e.slug());
    }

    @Test
    void notFoundNamesWhatAndWhich() {
        assertEquals("Figure 42 does not exist", ApiException.notFound("Figure", 42).getMessage());
    }

    @Test
    void exceptionCarriesNoStackTraceToLeak() {
        assertEquals(0, ApiException.conflict("x").getStackTrace().length);
    }
}
