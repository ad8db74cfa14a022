package org.bilateral.support.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    enum Flow { EXPORT, IMPORT }

    record Body(String text, Integer whole, BigDecimal amount, Boolean flag, Flow flow, int count) {
    }

    private static final ObjectMapper MAPPER = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }

    private static Body read(String json) throws JsonProcessingException {
        return MAPPER.readValue(json, Body.class);
    }

    private static void refused(String json) {
        assertThrows(JsonProcessingException.class, () -> read(json), json);
    }

    @Test
    void wellTypedBodyIsRead() throws JsonProcessingException {
        assertEquals(new Body("a", 2, new BigDecimal("1.50"), true, Flow.IMPORT, 3),
                read("{\"text\":\"a\",\"whole\":2,\"amount\":1.50,\"flag\":true,\"flow\":\"IMPORT\",\"count\":3}"));
    }

    @Test
    void numbersAreNotCoercedFromTextOrBooleans() {
        refused("{\"whole\":\"2\",\"count\":1}");
        refused("{\"amount\":\"1.5\",\"count\":1}");
        refused("{\"whole\":true,\"count\":1}");
    }

    @Test
    void textIsNotCoercedFromNumbersOrBooleans() {
        refused("{\"text\":12,\"count\":1}");
        refused("{\"text\":1.5,\"count\":1}");
        refused("{\"text\":false,\"count\":1}");
    }

    @Test
    void booleansAreNotCoercedFromTextOrNumbers() {
        refused("{\"flag\":\"true\",\"count\":1}");
        refused("{\"flag\":1,\"count\":1}");
    }

    @Test
    void fractionIsNotTruncatedIntoAWholeNumber() {
        refused("{\"whole\":2.5,\"count\":1}");
    }

    @Test
    void enumIsNotReadFromItsOrdinal() {
        refused("{\"flow\":0,\"count\":1}");
    }

    @Test
    void missingOrNullPrimitiveIsRefused() {
        refused("{}");
        refused("{\"count\":null}");
    }

    @Test
    void unknownPropertyIsRefused() {
        refused("{\"count\":1,\"extra\":1}");
    }

    @Test
    void duplicateKeyIsRefusedInBeansAndInTrees() {
        refused("{\"count\":1,\"count\":2}");
        assertThrows(JsonProcessingException.class, () -> MAPPER.readTree("{\"a\":1,\"a\":2}"));
    }

    @Test
    void contentAfterTheDocumentIsRefused() {
        refused("{\"count\":1} {\"count\":2}");
        refused("{\"count\":1} x");
    }

    @Test
    void nulInTextIsRefusedWherever() {
        InvalidFormatException e = assertThrows(InvalidFormatException.class, () -> read("{\"text\":\"a\\u0000\",\"count\":1}"));
        assertEquals(String.class, e.getTargetType());
        assertThrows(InvalidFormatException.class, () -> MAPPER.readValue("{\"k\":\"\\u0000\"}", new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() {
        }));
    }

    @Test
    void otherControlCharactersInTextAreKept() throws JsonProcessingException {
        assertEquals("a\tb\u0001", read("{\"text\":\"a\\tb\\u0001\",\"count\":1}").text());
    }

    @Test
    void bigDecimalIsWrittenPlainNotInScientificNotation() throws JsonProcessingException {
        assertEquals("1000", MAPPER.writeValueAsString(new BigDecimal("1E+3")));
    }
}
