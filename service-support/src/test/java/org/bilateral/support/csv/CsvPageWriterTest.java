package org.bilateral.support.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.bilateral.support.paging.Page;
import org.junit.jupiter.api.Test;

class CsvPageWriterTest {

    record Period(LocalDate start, LocalDate end) {
    }

    record Tag(String key, String value) {
    }

    record Row(long id, String note, Period period, BigDecimal amount, List<String> codes, List<Tag> tags) {
    }

    private static final MediaType CSV = MediaType.valueOf(CsvPageWriter.TEXT_CSV);

    private static String write(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        new CsvPageWriter().writeTo(value, value.getClass(), value.getClass(), null, CSV, headers, out);
        assertEquals("text/csv; charset=UTF-8", headers.getFirst("Content-Type"));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Row row(String note) {
        return new Row(1, note, new Period(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)), new BigDecimal("12.50"),
                List.of(), List.of());
    }

    /** The note cell of a one-row table. */
    private static String noteCell(String note) {
        String csv = write(List.of(new Row(1, note, null, null, null, null)));
        String data = csv.substring(csv.indexOf("\r\n") + 2);
        return data.substring(data.indexOf(',') + 1, data.lastIndexOf(",,,,,\r\n"));
    }

    @Test
    void nestedRecordsBecomeDottedColumnsAndLinesEndInCrlf() {
        assertEquals("id,note,period.start,period.end,amount,codes,tags\r\n"
                + "1,plain,2019-01-01,2019-12-31,12.50,,\r\n", write(List.of(row("plain"))));
    }

    @Test
    void pageWritesOnlyItsItems() {
        Page<Row> page = new Page<>(List.of(row("a"), row("b")), 3, 2, 99, 50);
        String csv = write(page);
        assertEquals(3, csv.split("\r\n").length);
        assertFalse(csv.contains("99"));
    }

    @Test
    void absentNestedRecordKeepsItsColumnsEmpty() {
        assertEquals("id,note,period.start,period.end,amount,codes,tags\r\n1,x,,,,,\r\n",
                write(List.of(new Row(1, "x", null, null, null, null))));
    }

    @Test
    void listsAreJoinedInOneCellAndRecordsInsideThemAsKeyValuePairs() {
        Row r = new Row(1, "x", null, null, List.of("A", "B"), List.of(new Tag("k", "v"), new Tag("only", null)));
        assertTrue(write(List.of(r)).endsWith("\r\n1,x,,,,A|B,key=k;value=v|key=only\r\n"), write(List.of(r)));
    }

    @Test
    void cellWithCommaQuoteOrLineBreakIsQuotedWithQuotesDoubled() {
        assertEquals("\"a,b\"", noteCell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", noteCell("say \"hi\""));
        assertEquals("\"two\nlines\"", noteCell("two\nlines"));
        assertEquals("\"cr\rhere\"", noteCell("cr\rhere"));
    }

    @Test
    void formulaLikeCellIsDefusedWithAQuote() {
        assertEquals("'=1+2", noteCell("=1+2"));
        assertEquals("'+SUM(A1)", noteCell("+SUM(A1)"));
        assertEquals("'@cmd", noteCell("@cmd"));
        assertEquals("'-2+3", noteCell("-2+3"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"", noteCell("=HYPERLINK(\"x\",\"y\")"));
    }

    @Test
    void negativeNumbersAreNotTakenForFormulas() {
        assertEquals("-12.5", noteCell("-12.5"));
        assertEquals("-1E-3", noteCell("-1E-3"));
    }

    @Test
    void nonAsciiTextIsWrittenAsUtf8() {
        assertEquals("Мінск", noteCell("Мінск"));
    }

    @Test
    void pagesAndCollectionsAreWriteableAsCsvOnly() {
        CsvPageWriter writer = new CsvPageWriter();
        assertTrue(writer.isWriteable(Page.class, Page.class, null, CSV));
        assertTrue(writer.isWriteable(List.class, List.class, null, CSV));
        assertFalse(writer.isWriteable(Row.class, Row.class, null, CSV));
        assertFalse(writer.isWriteable(List.class, List.class, null, MediaType.APPLICATION_JSON_TYPE));
    }
}
