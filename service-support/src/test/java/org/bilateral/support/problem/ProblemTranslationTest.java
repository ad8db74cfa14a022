package org.bilateral.support.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bilateral.support.json.StrictJson;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** How a bad request body or parameter is named in the problem: its JSON path, or the parameter's name. */
class ProblemTranslationTest {

    enum Flow { EXPORT, IMPORT }

    record Period(@NotNull LocalDate start, LocalDate end) {
    }

    record Item(@PositiveOrZero BigDecimal amount, Integer count) {
    }

    record Code(String value) {
        Code {
            if (value != null && value.length() > 2) {
                throw new IllegalArgumentException("must be at most 2 letters");
            }
        }
    }

    record Body(String name, @NotNull @Valid Period period, Flow flow, @Valid List<Item> items, List<@NotBlank String> tags,
            Integer year, Code code) {
    }

    record Counted(int count) {
    }

    private static final ObjectMapper MAPPER = strictMapper();
    private static final ValidatorFactory VALIDATION = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    /** The single field error a body gets, as the mapper would answer it. */
    private static Problem.FieldError bodyError(String json) {
        try {
            MAPPER.readValue(json, Body.class);
        } catch (JsonProcessingException e) {
            ApiException problem = JacksonProblems.of(e);
            assertEquals(400, problem.status());
            assertEquals(1, problem.errors().size(), problem.errors().toString());
            return problem.errors().get(0);
        }
        return fail("body was accepted: " + json);
    }

    private static final String VALID_PERIOD = "\"period\":{\"start\":\"2019-01-01\",\"end\":\"2019-12-31\"}";

    @Test
    void badValueInANestedObjectIsNamedByItsDottedPath() {
        assertEquals(new Problem.FieldError("period.end", "invalid value '2019-13-01': expected a valid ISO-8601 date (YYYY-MM-DD)"),
                bodyError("{\"period\":{\"start\":\"2019-01-01\",\"end\":\"2019-13-01\"}}"));
    }

    @Test
    void badValueInAListElementIsNamedWithItsIndex() {
        Problem.FieldError error = bodyError("{" + VALID_PERIOD + ",\"items\":[{\"amount\":1},{\"amount\":2},{\"amount\":true}]}");
        assertEquals("items[2].amount", error.field());
    }

    @Test
    void unknownFieldIsNamedByItsFullPath() {
        assertEquals(new Problem.FieldError("period.colour", "unknown field"),
                bodyError("{\"period\":{\"start\":\"2019-01-01\",\"colour\":\"red\"}}"));
    }

    @Test
    void unknownTopLevelFieldIsNamedByItself() {
        assertEquals(new Problem.FieldError("colour", "unknown field"), bodyError("{\"colour\":\"red\"}"));
    }

    @Test
    void unknownEnumValueListsTheAllowedCodes() {
        assertEquals(new Problem.FieldError("flow", "invalid value 'SIDEWAYS': expected one of EXPORT, IMPORT"),
                bodyError("{\"flow\":\"SIDEWAYS\"}"));
    }

    @Test
    void enumGivenAsNumberIsRefusedNotTakenAsAnOrdinal() {
        Problem.FieldError error = bodyError("{\"flow\":1}");
        assertEquals("flow", error.field());
        assertTrue(error.message().contains("EXPORT, IMPORT"), error.message());
    }

    @Test
    void textWithNulIsRefusedWithoutEchoingIt() {
        Problem.FieldError error = bodyError("{\"name\":\"a\\u0000b\"}");
        assertEquals(new Problem.FieldError("name", "text must not contain NUL (U+0000) characters"), error);
    }

    @Test
    void numberAsStringIsAWrongTypeForTheField() {
        Problem.FieldError error = bodyError("{\"year\":\"2019\"}");
        assertEquals("year", error.field());
        assertTrue(error.message().contains("number"), error.message());
    }

    @Test
    void fractionForAWholeNumberIsRefusedNamingTheField() {
        assertEquals("year", bodyError("{\"year\":2019.5}").field());
    }

    @Test
    void nullOrNothingForAPrimitiveIsRefusedNamingTheField() {
        for (String json : List.of("{\"count\":null}", "{}")) {
            JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> MAPPER.readValue(json, Counted.class));
            assertEquals(List.of(new Problem.FieldError("count", "wrong type: expected number")), JacksonProblems.of(e).errors());
        }
    }

    @Test
    void objectWhereTextIsExpectedIsAWrongType() {
        assertEquals(new Problem.FieldError("period", "wrong type: expected object"), bodyError("{\"period\":\"2019\"}"));
    }

    @Test
    void wrongTypeOfTheWholeBodyIsNamedBody() {
        assertEquals(new Problem.FieldError("body", "wrong type: expected object"), bodyError("[1, 2]"));
    }

    @Test
    void numberTooLargeForItsFieldIsNamedByTheField() {
        assertEquals(new Problem.FieldError("year", "number out of range"), bodyError("{\"year\":99999999999}"));
    }

    @Test
    void numberTooLargeInAListElementIsNamedWithItsIndex() {
        assertEquals(new Problem.FieldError("items[1].count", "number out of range"),
                bodyError("{\"items\":[{\"count\":1},{\"count\":99999999999}]}"));
    }

    @Test
    void constructorRuleIsReportedWithItsOwnMessage() {
        assertEquals(new Problem.FieldError("code", "must be at most 2 letters"), bodyError("{\"code\":{\"value\":\"ABC\"}}"));
    }

    @Test
    void malformedJsonNamesTheBodyAndWhereItBroke() {
        try {
            MAPPER.readValue("{\n  \"name\": }", Body.class);
            fail("accepted");
        } catch (JsonProcessingException e) {
            ApiException problem = JacksonProblems.of(e);
            assertEquals("malformed-json", problem.slug());
            assertEquals(List.of(new Problem.FieldError("body", "not valid JSON at line 2, column 11")), problem.errors());
            assertEquals("The request body is not valid JSON at line 2, column 11", problem.getMessage());
        }
    }

    @Test
    void duplicateKeyIsRefused() {
        assertEquals("body", bodyError("{\"name\":\"a\",\"name\":\"b\"}").field());
    }

    @Test
    void trailingContentAfterTheDocumentIsRefused() {
        assertEquals("body", bodyError("{\"name\":\"a\"} {}").field());
    }

    @Test
    void jsonPathJoinsNamesWithDotsAndIndexesWithBrackets() {
        List<JsonMappingException.Reference> path = List.of(new JsonMappingException.Reference(null, "items"),
                new JsonMappingException.Reference(null, 2), new JsonMappingException.Reference(null, "period"),
                new JsonMappingException.Reference(null, "end"));
        assertEquals("items[2].period.end", JacksonProblems.jsonPath(path));
        assertEquals("[0].name", JacksonProblems.jsonPath(List.of(new JsonMappingException.Reference(null, 0),
                new JsonMappingException.Reference(null, "name"))));
        assertEquals("", JacksonProblems.jsonPath(List.of()));
    }

    // --- bean validation: body fields by JSON path, parameters by name

    private static Set<String> violatedFields(Object bean) {
        Validator validator = VALIDATION.getValidator();
        return names(validator.validate(bean));
    }

    private static Set<String> names(Set<? extends ConstraintViolation<?>> violations) {
        return Set.copyOf(violations.stream().map(ValidationProblems::fieldName).toList());
    }

    private static Body body(Period period, List<Item> items, List<String> tags) {
        return new Body("n", period, Flow.EXPORT, items, tags, 2019, null);
    }

    @Test
    void missingNestedObjectIsNamedByItsProperty() {
        assertEquals(Set.of("period"), violatedFields(body(null, List.of(), List.of())));
    }

    @Test
    void violationInsideANestedObjectIsNamedByItsDottedPath() {
        assertEquals(Set.of("period.start"), violatedFields(body(new Period(null, null), List.of(), List.of())));
    }

    @Test
    void violationInAListElementIsNamedWithItsIndex() {
        Period period = new Period(LocalDate.of(2019, 1, 1), null);
        List<Item> items = List.of(new Item(BigDecimal.ONE, 1), new Item(BigDecimal.valueOf(-1), 1));
        assertEquals(Set.of("items[1].amount"), violatedFields(body(period, items, List.of())));
    }

    @Test
    void violationOfAListElementItselfIsNamedByTheListAndIndex() {
        Period period = new Period(LocalDate.of(2019, 1, 1), null);
        assertEquals(Set.of("tags[1]"), violatedFields(body(period, List.of(), List.of("ok", " "))));
    }

    static class Resource {
        public void list(@Min(1) Integer size, @Valid Body body) {
        }
    }

    @Test
    void queryParameterIsNamedByTheParameterAndBodyFieldByItsPath() throws NoSuchMethodException {
        Method list = Resource.class.getMethod("list", Integer.class, Body.class);
        var violations = VALIDATION.getValidator().forExecutables()
                .validateParameters(new Resource(), list, new Object[] {0, body(new Period(null, null), List.of(), List.of())});
        assertEquals(Set.of("size", "period.start"), names(violations));
    }

    // --- failures anywhere in a cause chain

    @Test
    void apiExceptionDeepInTheChainIsUsedAsIs() {
        ApiException conflict = ApiException.conflict("taken");
        assertSame(conflict, KnownFailures.translate(new IllegalStateException(new RuntimeException(conflict))));
    }

    @Test
    void withoutAPersistenceTranslatorDatabaseErrorsMeanNothing() {
        // as in the gateway: data-support, which knows what SQL states mean, is not on this class path
        assertNull(KnownFailures.translate(new RuntimeException(new SQLException("dup", "23505"))));
        assertNull(KnownFailures.translate(new SQLException("down", "08006")));
    }

    @Test
    void beanValidationFailureIsLeftToItsOwnMapperEvenOverACauseBelowIt() {
        var violation = new ConstraintViolationException("invalid", Set.of());
        violation.initCause(ApiException.conflict("taken"));
        assertNull(KnownFailures.translate(new RuntimeException(violation)));
    }
}
