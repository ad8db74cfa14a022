package org.bilateral.trade.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.provenance.Citation;
import org.bilateral.trade.api.model.FigureInput;
import org.bilateral.trade.api.model.PeriodInput;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** Reading import bodies row by row, without a database: valid rows reach the sink, bad rows are recorded by line. */
class FigureRowsTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    private static final String HEADER = "reporter,partner,flow,period.start,period.end,period.label,source.source,source.locator,"
            + "value.amount,value.unit,value.scale,value.qualifier\n";

    private final List<Integer> staged = new ArrayList<>();
    private final RowErrors errors = new RowErrors(10);

    private long read(String body, ImportFormat format) throws IOException {
        FigureRows rows = new FigureRows(new ObjectMapper().registerModule(new JavaTimeModule()).readerFor(FigureInput.class),
                new FigureRowValidator(VALIDATOR), 10_000);
        return rows.read(new StringReader(body), format, errors, (line, input) -> staged.add(line));
    }

    @Test
    void csvRowsAreCheckedOneByOneAndOnlyTheGoodOnesStaged() throws IOException {
        long received = read("\uFEFF" + HEADER
                + "BY,KZ,EXPORT,2018-01-01,2018-12-31,2018,doc,p1,783.7,USD,6,EXACT\n"
                + "BY,BY,EXPORT,2018-01-01,2018-12-31,2018,doc,p1,783.7,USD,6,EXACT\n"
                + "BY,KZ,EXPORT,2018-01-01,2017-12-31,2018,doc,p1,783.7,USD,6,EXACT\n", ImportFormat.CSV);
        assertEquals(3, received);
        assertEquals(List.of(2), staged);
        assertEquals(List.of(3, 4), errors.first().stream().map(RowError::line).distinct().toList());
    }

    @Test
    void ndjsonSkipsBlankLinesAndNamesARowThatIsNoObject() throws IOException {
        long received = read("""
                {"reporter":"BY","partner":"KZ","flow":"EXPORT","period":{"start":"2018-01-01","end":"2018-12-31","label":"2018"},"value":{"amount":783.7,"unit":"USD","scale":6,"qualifier":"EXACT"},"source":{"source":"doc","locator":"p1"}}

                [1, 2]
                null
                """, ImportFormat.NDJSON);
        assertEquals(3, received);
        assertEquals(List.of(1), staged);
        assertEquals(List.of(3, 4), errors.first().stream().map(RowError::line).toList());
        assertEquals("line", errors.first().get(1).field());
    }

    @Test
    void anEmptyBodyIsABadRequestNotAnEmptyImport() {
        assertThrows(ApiException.class, () -> read("", ImportFormat.CSV));
        assertThrows(ApiException.class, () -> read("\n\n", ImportFormat.NDJSON));
    }

    @Test
    void aWrongHeaderStopsBeforeAnyRow() {
        assertThrows(ImportRejectedException.class, () -> read("reporter,colour\nBY,red\n", ImportFormat.CSV));
        assertEquals(List.of(), staged);
    }

    @Test
    void nulIsFoundInTheFreeTextFieldsOnly() throws IOException {
        read(HEADER + "BY,KZ,EXPORT,2018-01-01,2018-12-31,20\u000018,doc,p1,783.7,USD,6,EXACT\n", ImportFormat.CSV);
        assertEquals(List.of(), staged);
        assertEquals("period.label", errors.first().get(0).field());
        assertNull(FigureRowValidator.fieldWithNul(new FigureInput(null, null, "BY", "KZ", null, null, null,
                new PeriodInput(null, null, "2018", null), null, null, new Citation("doc", "p1"), "a note", null)));
    }
}
