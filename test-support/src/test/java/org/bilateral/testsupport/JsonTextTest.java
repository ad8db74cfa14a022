package org.bilateral.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    @Test
    void writesMapsListsAndScalarsInOrder() {
        Map<String, Object> body = map("a", 1, "b", List.of(true, "x", new BigDecimal("1.50")), "c", null, "d", map());
        assertEquals("{\"a\":1,\"b\":[true,\"x\",1.50],\"c\":null,\"d\":{}}", JsonText.write(body));
    }

    @Test
    void rawFragmentIsWrittenAsIsEvenIfItIsNotJson() {
        assertEquals("{\"n\":1e400,\"bad\":[[[}}", JsonText.write(map("n", new JsonText.Raw("1e400"), "bad", new JsonText.Raw("[[[}"))));
    }

    @Test
    void otherObjectsAreWrittenAsTheirText() {
        assertEquals("[\"2019-01-01\"]", JsonText.write(List.of(java.time.LocalDate.of(2019, 1, 1))));
    }

    @Test
    void quotesAndBackslashesAreEscaped() {
        assertEquals("\"a\\\"b\\\\c\"", JsonText.quote("a\"b\\c"));
    }

    @Test
    void controlCharactersAreUnicodeEscapes() {
        assertEquals("\"\\u0000\\u000a\\u001f\"", JsonText.quote("\u0000\n\u001f"));
    }

    @Test
    void loneAndPairedSurrogatesAreEscapedOneByOne() {
        assertEquals("\"\\ud800x\"", JsonText.quote("\uD800x"));
        assertEquals("\"\\ud83d\\ude00\"", JsonText.quote("\uD83D\uDE00"));
    }

    @Test
    void otherTextIsKeptAsIs() {
        assertEquals("\"Мінск <b>é\u007f\"", JsonText.quote("Мінск <b>é\u007f"));
    }

    @Test
    void replaceChangesOneNestedValueInACopy() {
        Map<String, Object> body = map("period", map("start", "2019-01-01", "end", "2019-12-31"), "flow", "EXPORT");
        Object changed = JsonText.replace(body, List.of("period", "end"), "oops");
        assertEquals(map("period", map("start", "2019-01-01", "end", "oops"), "flow", "EXPORT"), changed);
        assertEquals("2019-12-31", ((Map<?, ?>) body.get("period")).get("end"), "the original body is untouched");
    }

    @Test
    void removeLeavesTheFieldOut() {
        Map<String, Object> body = map("a", 1, "b", map("c", 2, "d", 3));
        assertEquals(map("a", 1, "b", map("d", 3)), JsonText.replace(body, List.of("b", "c"), JsonText.REMOVE));
    }

    @Test
    void listElementsAreAddressedByIndex() {
        Map<String, Object> body = map("items", new ArrayList<>(List.of(map("x", 1), map("x", 2))));
        assertEquals(map("items", List.of(map("x", 1), map("x", 9))), JsonText.replace(body, List.of("items", 1, "x"), 9));
        assertEquals(map("items", List.of(map("x", 2))), JsonText.replace(body, List.of("items", 0), JsonText.REMOVE));
    }

    @Test
    void missingContainersOnThePathAreCreated() {
        assertEquals(map("a", map("b", 1)), JsonText.replace(map(), List.of("a", "b"), 1));
        assertEquals(map("a", List.of(map(), map("b", 1))), JsonText.replace(map(), List.of("a", 1, "b"), 1));
    }

    @Test
    void scalarOnThePathIsReplacedByAContainer() {
        assertEquals(map("a", map("b", 1)), JsonText.replace(map("a", "text"), List.of("a", "b"), 1));
    }

    @Test
    void emptyPathReplacesTheWholeBody() {
        Object raw = new JsonText.Raw("[]");
        assertSame(raw, JsonText.replace(map("a", 1), List.of(), raw));
    }

    @Test
    void replaceCopiesEveryLevel() {
        List<Object> inner = new ArrayList<>(Arrays.asList(1, 2));
        Map<String, Object> body = map("deep", map("list", inner));
        JsonText.replace(body, List.of("deep", "list", 0), 5);
        assertEquals(List.of(1, 2), inner);
    }
}
