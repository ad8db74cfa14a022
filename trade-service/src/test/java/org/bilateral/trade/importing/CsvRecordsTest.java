package org.bilateral.trade.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 as the bulk import reads it. */
class CsvRecordsTest {

    private static List<List<String>> records(String csv) {
        return records(new StringReader(csv), 10_000);
    }

    private static List<List<String>> records(Reader in, int max) {
        try {
            CsvRecords reader = new CsvRecords(in, max);
            List<List<String>> all = new ArrayList<>();
            for (List<String> r; (r = reader.next()) != null; ) {
                all.add(r);
            }
            return all;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hands out one character per read, so every buffer refill lands somewhere else. */
    private static Reader trickling(String text) {
        return new Reader() {
            private int pos;

            @Override
            public int read(char[] buf, int off, int len) {
                if (pos == text.length()) {
                    return -1;
                }
                buf[off] = text.charAt(pos++);
                return 1;
            }

            @Override
            public void close() {
            }
        };
    }

    private static ImportFormatException refused(String csv, int max) {
        return assertThrows(ImportFormatException.class, () -> records(new StringReader(csv), max));
    }

    /** The start lines of each record in order. */
    private static List<Integer> recordLines(String csv) throws IOException {
        CsvRecords reader = new CsvRecords(new StringReader(csv), 10_000);
        List<Integer> lines = new ArrayList<>();
        while (reader.next() != null) {
            lines.add(reader.recordLine());
        }
        return lines;
    }

    @Test
    void plainRecordsSplitOnCommas() {
        assertEquals(List.of(List.of("a", "b", "c"), List.of("1", "2", "3")), records("a,b,c\n1,2,3\n"));
    }

    @Test
    void lfCrlfAndBareCrAllEndARecord() {
        List<List<String>> expected = List.of(List.of("a", "b"), List.of("c", "d"), List.of("e", "f"), List.of("g", "h"));
        assertEquals(expected, records("a,b\r\nc,d\ne,f\rg,h"));
    }

    @Test
    void lastRecordNeedsNoLineEnd() {
        assertEquals(List.of(List.of("a"), List.of("b")), records("a\nb"));
    }

    @Test
    void emptyInputHasNoRecords() {
        assertEquals(List.of(), records(""));
        assertEquals(List.of(), records("\r\n\n\r"));
    }

    @Test
    void blankLinesAreSkipped() {
        assertEquals(List.of(List.of("a"), List.of("b")), records("\n\na\r\n\r\n\nb\n\n"));
    }

    @Test
    void emptyCellsAreEmptyStrings() {
        assertEquals(List.of(List.of("", "", "")), records(",,\n"));
        assertEquals(List.of(List.of("a", "", "c", "")), records("a,,c,\r\n"));
        assertEquals(List.of(List.of("a", "")), records("a,"));
    }

    @Test
    void spacesAroundCellsAreKept() {
        assertEquals(List.of(List.of(" a ", "  b")), records(" a ,  b\n"));
    }

    @Test
    void quotedFieldMayHoldCommasAndDoubledQuotes() {
        assertEquals(List.of(List.of("a,b", "say \"hi\"", "\"")), records("\"a,b\",\"say \"\"hi\"\"\",\"\"\"\"\n"));
    }

    @Test
    void quotedEmptyFieldIsEmpty() {
        assertEquals(List.of(List.of("", "x")), records("\"\",x\n"));
    }

    @Test
    void quotedFieldMayHoldLineBreaksKeptAsWritten() {
        assertEquals(List.of(List.of("line 1\r\nline 2\nline 3", "z"), List.of("next")), records("\"line 1\r\nline 2\nline 3\",z\r\nnext\r\n"));
    }

    @Test
    void recordLineIsWhereTheRecordStartsCountingBreaksInsideQuotes() throws IOException {
        assertEquals(List.of(1, 2, 6, 8), recordLines("h1,h2\n\"a\nb\",\"c\r\nd\"\n\na,b\r\r\nlast"));
    }

    @Test
    void bareCrInsideQuotesCountsAsALine() throws IOException {
        assertEquals(List.of(1, 3), recordLines("\"a\rb\"\nc"));
    }

    @Test
    void unterminatedQuoteIsRefusedAtTheLineTheRecordStarts() {
        ImportFormatException e = refused("a,b\nc,\"never\nclosed,\n", 10_000);
        assertEquals(2, e.line);
        assertEquals("a quoted field is not closed", e.getMessage());
    }

    @Test
    void textAfterTheClosingQuoteIsRefusedNamingTheField() {
        ImportFormatException e = refused("x\na,\"b\"c\n", 10_000);
        assertEquals(2, e.line);
        assertEquals("text after the closing quote of field 2", e.getMessage());
    }

    @Test
    void quoteInsideAnUnquotedFieldIsRefused() {
        ImportFormatException e = refused("ab\"c\"\n", 10_000);
        assertEquals(1, e.line);
        assertEquals("a quote inside unquoted field 1; quote the whole field and double the quote", e.getMessage());
    }

    @Test
    void recordAtTheLengthLimitIsRead() {
        assertEquals(List.of(List.of("abc", "de")), records(new StringReader("abc,de\n"), 5));
        assertEquals(List.of(List.of("a\"c")), records(new StringReader("\"a\"\"c\"\n"), 3));
    }

    @Test
    void recordOverTheLengthLimitIsRefusedNamingTheLimit() {
        ImportFormatException e = refused("ok\nabc,def\n", 5);
        assertEquals(2, e.line);
        assertEquals("the record is longer than 5 characters", e.getMessage());
        assertEquals(1, refused("\"abcdef\"", 5).line);
    }

    @Test
    void byteOrderMarkIsLeftToTheImporterWhichStripsItBeforeParsing() {
        assertEquals(List.of(List.of("\uFEFFa", "b")), records("\uFEFFa,b\n"));
    }

    @Test
    void readingOneCharacterAtATimeGivesTheSameRecords() {
        String csv = "h1,h2\r\n\"q,\"\"x\"\"\r\ny\",2\r\n\r\nlast,\"\"\r\n";
        assertEquals(records(csv), records(trickling(csv), 10_000));
        assertEquals(List.of(List.of("h1", "h2"), List.of("q,\"x\"\r\ny", "2"), List.of("last", "")), records(trickling(csv), 10_000));
    }

    @Test
    void recordsLongerThanTheReadBufferAreReadWhole() {
        String big = "x".repeat(100_000);
        assertEquals(List.of(List.of("a", big), List.of("\"" + big)), records(new StringReader("a," + big + "\n\"\"\"" + big + "\"\n"), 200_000));
    }

    @Test
    void nextAfterTheEndStaysNull() throws IOException {
        CsvRecords reader = new CsvRecords(new StringReader("a\n"), 10);
        assertEquals(List.of("a"), reader.next());
        assertNull(reader.next());
        assertNull(reader.next());
    }
}
