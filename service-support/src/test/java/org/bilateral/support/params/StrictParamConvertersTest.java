package org.bilateral.support.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.Problem;
import org.junit.jupiter.api.Test;

class StrictParamConvertersTest {

    @SuppressWarnings("unused")
    private void parameters(@QueryParam("size") Integer size, @PathParam("id") long id, @HeaderParam("X-Since") LocalDate since,
            @QueryParam("asOf") Instant asOf, String unannotated) {
    }

    private static Annotation[] annotationsOf(int parameter) {
        try {
            return StrictParamConvertersTest.class.getDeclaredMethod("parameters", Integer.class, long.class, LocalDate.class,
                    Instant.class, String.class).getParameterAnnotations()[parameter];
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> ParamConverter<T> converter(Class<T> type, int parameter) {
        return new StrictParamConverters().getConverter(type, type, annotationsOf(parameter));
    }

    private static Problem.FieldError rejected(ParamConverter<?> converter, String value) {
        ApiException e = assertThrows(ApiException.class, () -> converter.fromString(value));
        assertEquals(400, e.status());
        return e.errors().get(0);
    }

    @Test
    void wholeNumberIsParsedAndTrimmed() {
        assertEquals(20, converter(Integer.class, 0).fromString(" 20 "));
        assertEquals(-3, converter(Integer.class, 0).fromString("-3"));
    }

    @Test
    void textForANumberIsA400NamingTheQueryParameter() {
        assertEquals(new Problem.FieldError("size", "invalid value 'ten': expected a whole number"),
                rejected(converter(Integer.class, 0), "ten"));
    }

    @Test
    void numberBeyondIntIsRejectedNotWrapped() {
        assertEquals("size", rejected(converter(Integer.class, 0), "2147483648").field());
        assertEquals(Integer.MAX_VALUE, converter(Integer.class, 0).fromString("2147483647"));
    }

    @Test
    void fractionForAWholeNumberIsRejected() {
        rejected(converter(Integer.class, 0), "1.5");
    }

    @Test
    void pathParameterIsNamedByItsPathName() {
        assertEquals(new Problem.FieldError("id", "invalid value 'abc': expected a whole number"), rejected(converter(long.class, 1), "abc"));
        assertEquals(9_000_000_000L, converter(long.class, 1).fromString("9000000000"));
    }

    @Test
    void impossibleDateIsRejectedNamingTheHeader() {
        assertEquals(new Problem.FieldError("X-Since", "invalid value '2019-02-30': expected an ISO-8601 date such as 2019-06-30"),
                rejected(converter(LocalDate.class, 2), "2019-02-30"));
        assertEquals(LocalDate.of(2019, 2, 28), converter(LocalDate.class, 2).fromString("2019-02-28"));
    }

    @Test
    void instantAcceptsAnOffsetOrABareDateMeaningUtcMidnight() {
        ParamConverter<Instant> asOf = converter(Instant.class, 3);
        assertEquals(Instant.parse("2026-01-01T10:00:00Z"), asOf.fromString("2026-01-01T12:00:00+02:00"));
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), asOf.fromString("2026-01-01"));
        assertEquals("asOf", rejected(asOf, "2026-01-01T12:00:00").field());
        assertEquals("asOf", rejected(asOf, "yesterday").field());
    }

    @Test
    void longBadValueIsTruncatedInTheMessage() {
        String message = rejected(converter(Integer.class, 0), "x".repeat(100)).message();
        assertEquals("invalid value '" + "x".repeat(40) + "…': expected a whole number", message);
    }

    @Test
    void absentValueStaysAbsent() {
        assertNull(converter(Integer.class, 0).fromString(null));
    }

    @Test
    void otherTypesAreLeftToJaxRs() {
        assertNull(new StrictParamConverters().getConverter(String.class, String.class, annotationsOf(4)));
        assertNull(new StrictParamConverters().getConverter(List.class, List.class, annotationsOf(0)));
    }

    @Test
    void parameterWithoutANameAnnotationIsCalledParameter() {
        ParamConverter<Integer> unnamed = new StrictParamConverters().getConverter(Integer.class, Integer.class, annotationsOf(4));
        assertEquals("parameter", rejected(unnamed, "x").field());
        assertEquals("parameter", rejected(new StrictParamConverters().getConverter(Integer.class, Integer.class, null), "x").field());
    }
}
