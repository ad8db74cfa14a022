package org.bilateral.trade.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.trade.api.model.FigureInput;
import org.bilateral.trade.domain.Flow;
import org.bilateral.trade.domain.Qualifier;
import org.junit.jupiter.api.Test;

class CsvFiguresTest {

    private static final List<String> MINIMAL = List.of("reporter", "partner", "flow", "period.start", "period.end", "period.label",
            "source.source", "source.locator");

    private static List<RowError> headerErrors(List<String> names) {
        RowErrors errors = new RowErrors(10);
        CsvFigures.header(names, errors, 1);
        return errors.first();
    }

    @Test
    void requiredColumnsInAnyOrderAreAGoodHeader() {
        List<String> shuffled = new ArrayList<>(MINIMAL);
        java.util.Collections.reverse(shuffled);
        assertEquals(List.of(), headerErrors(shuffled));
        assertEquals(List.of(), headerErrors(CsvFigures.COLUMNS));
    }

    @Test
    void unknownColumnIsNamedWithItsPosition() {
        List<String> names = new ArrayList<>(MINIMAL);
        names.add("colour");
        RowError error = headerErrors(names).get(0);
        assertEquals(1, error.line());
        assertEquals("header", error.field());
        assertTrue(error.message().startsWith("unknown column 'colour' (column 9); the columns are reporter, partner,"), error.message());
    }

    @Test
    void repeatedColumnIsRefused() {
        List<String> names = new ArrayList<>(MINIMAL);
        names.add("partner");
        assertEquals(List.of(new RowError(1, "header", "column 'partner' appears twice")), headerErrors(names));
    }

    @Test
    void everyMissingRequiredColumnIsNamed() {
        assertEquals(List.of(new RowError(1, "header", "required column 'source.source' is missing"),
                new RowError(1, "header", "required column 'source.locator' is missing")), headerErrors(MINIMAL.subList(0, 6)));
    }

    @Test
    void headerNamesAreTrimmed() {
        List<String> names = new ArrayList<>(MINIMAL);
        names.set(0, " reporter ");
        assertEquals(List.of(), headerErrors(names));
    }

    private static final List<String> FULL_HEADER = List.of("reporter", "partner", "flow", "period.start", "period.end", "period.label",
            "value.amount", "value.unit", "value.scale", "value.qualifier", "source.source", "source.locator", "region");

    private static FigureInput row(RowErrors errors, String... cells) {
        return CsvFigures.header(FULL_HEADER, errors, 1).row(List.of(cells), 7, errors);
    }

    @Test
    void rowBecomesTheCreateBody() {
        RowErrors errors = new RowErrors(10);
        FigureInput f = row(errors, "BY", "KZ", "EXPORT", "2019-01-01", "2019-12-31", "2019", " 896.1 ", "USD", "6", "EXACT", "src", "p7", "");
        assertTrue(errors.isEmpty());
        assertEquals("BY", f.reporter());
        assertEquals(Flow.EXPORT, f.flow());
        assertEquals(LocalDate.of(2019, 12, 31), f.period().end());
        assertEquals(new BigDecimal("896.1"), f.value().amount());
        assertEquals(6, f.value().scale());
        assertEquals(Qualifier.EXACT, f.value().qualifier());
        assertEquals("p7", f.source().locator());
        assertNull(f.region(), "an empty cell is an absent value");
        assertNull(f.reportedChange(), "columns left out of the file are absent");
    }

    @Test
    void amountGroupWithAllCellsEmptyIsAbsent() {
        RowErrors errors = new RowErrors(10);
        assertNull(row(errors, "BY", "KZ", "EXPORT", "2019-01-01", "2019-12-31", "2019", "", "", "", "", "src", "p7", "").value());
    }

    @Test
    void unparsableCellsAreEachNamedByTheirColumn() {
        RowErrors errors = new RowErrors(10);
        assertNull(row(errors, "BY", "KZ", "SIDEWAYS", "2019-02-30", "2019-12-31", "2019", "12,5", "USD", "six", "EXACT", "src", "p7", ""));
        assertEquals(List.of(
                new RowError(7, "period.start", "invalid value '2019-02-30': expected a date (YYYY-MM-DD)"),
                new RowError(7, "value.amount", "invalid value '12,5': expected a number"),
                new RowError(7, "value.scale", "invalid value 'six': expected a whole number"),
                new RowError(7, "flow", "invalid value 'SIDEWAYS': expected one of " + String.join(", ",
                        java.util.Arrays.stream(Flow.values()).map(Enum::name).toList()))), errors.first());
    }

    @Test
    void rowWithTheWrongNumberOfCellsIsRefusedAsAWhole() {
        RowErrors errors = new RowErrors(10);
        assertNull(row(errors, "BY", "KZ"));
        assertEquals(List.of(new RowError(7, "line", "has 2 fields; the header has 13")), errors.first());
    }
}
