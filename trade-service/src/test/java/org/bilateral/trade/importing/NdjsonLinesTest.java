package org.bilateral.trade.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NdjsonLinesTest {

    private static List<String> lines(String text, int max) throws IOException {
        NdjsonLines reader = new NdjsonLines(new StringReader(text), max);
        List<String> all = new ArrayList<>();
        for (String line; (line = reader.next()) != null; ) {
            all.add(line);
        }
        return all;
    }

    @Test
    void lfAndCrlfEndALine() throws IOException {
        assertEquals(List.of("{\"a\":1}", "{\"b\":2}", "{\"c\":3}"), lines("{\"a\":1}\r\n{\"b\":2}\n{\"c\":3}\n", 100));
    }

    @Test
    void lastLineNeedsNoLineEndAndATrailingOneAddsNoLine() throws IOException {
        assertEquals(List.of("a", "b"), lines("a\nb", 10));
        assertEquals(List.of("a", "b"), lines("a\nb\n", 10));
        assertEquals(List.of(), lines("", 10));
    }

    @Test
    void emptyLinesAreReturnedSoTheirNumbersStayRight() throws IOException {
        assertEquals(List.of("a", "", "b"), lines("a\n\r\nb", 10));
    }

    @Test
    void lineNumberIsThatOfTheLineLastReturned() throws IOException {
        NdjsonLines reader = new NdjsonLines(new StringReader("a\n\nc"), 10);
        reader.next();
        assertEquals(1, reader.line());
        reader.next();
        assertEquals(2, reader.line());
        assertEquals("c", reader.next());
        assertEquals(3, reader.line());
        assertNull(reader.next());
    }

    @Test
    void lineOverTheLimitIsRefusedWithItsNumber() {
        ImportFormatException e = assertThrows(ImportFormatException.class, () -> lines("ok\n123456\n", 5));
        assertEquals(2, e.line);
        assertEquals("the line is longer than 5 characters", e.getMessage());
    }

    @Test
    void lineAtTheLimitIsRead() throws IOException {
        assertEquals(List.of("12345"), lines("12345\n", 5));
    }

    @Test
    void linesLongerThanTheReadBufferAreReadWhole() throws IOException {
        String big = "y".repeat(70_000);
        assertEquals(List.of(big, "z"), lines(big + "\r\nz", 100_000));
    }
}
