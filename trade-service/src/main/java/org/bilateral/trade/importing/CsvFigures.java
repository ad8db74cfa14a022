package org.bilateral.trade.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bilateral.support.provenance.Citation;
import org.bilateral.trade.api.model.AmountInput;
import org.bilateral.trade.api.model.ChangeInput;
import org.bilateral.trade.api.model.FigureInput;
import org.bilateral.trade.api.model.PeriodInput;
import org.bilateral.trade.domain.ChangeKind;
import org.bilateral.trade.domain.Flow;
import org.bilateral.trade.domain.Qualifier;

/**
 * The CSV shape of a figure: one column per field of the create body, named by its dotted path
 * (the names the CSV export uses). Columns may come in any order; optional ones may be left out.
 */
final class CsvFigures {

    /** Every column the import understands, in the order the documentation lists them. */
    static final List<String> COLUMNS = List.of("reporter", "partner", "region", "flow", "commodity",
            "period.start", "period.end", "period.label", "period.inferred",
            "value.amount", "value.unit", "value.scale", "value.qualifier",
            "reportedChange.kind", "reportedChange.value", "reportedChange.qualifier",
            "source.source", "source.locator", "note");
    static final List<String> REQUIRED = List.of("reporter", "partner", "flow", "period.start", "period.end", "period.label",
            "source.source", "source.locator");

    private static final int REPORTER = 0, PARTNER = 1, REGION = 2, FLOW = 3, COMMODITY = 4, START = 5, END = 6, LABEL = 7,
            INFERRED = 8, AMOUNT = 9, UNIT = 10, SCALE = 11, QUALIFIER = 12, CHANGE_KIND = 13, CHANGE_VALUE = 14,
            CHANGE_QUALIFIER = 15, SOURCE = 16, LOCATOR = 17, NOTE = 18;

    /** For each known column, its index in the file, or -1 when the file leaves it out. */
    private final int[] index = new int[COLUMNS.size()];
    private final int width;

    private CsvFigures(int[] index, int width) {
        System.arraycopy(index, 0, this.index, 0, index.length);
        this.width = width;
    }

    /** Reads the header; every problem with it is reported on line 1 under the field 'header'. */
    static CsvFigures header(List<String> names, RowErrors errors, int line) {
        int[] index = new int[COLUMNS.size()];
        Arrays.fill(index, -1);
        Map<String, Integer> known = new HashMap<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            known.put(COLUMNS.get(i), i);
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            Integer k = known.get(name);
            if (k == null) {
                errors.add(line, "header", "unknown column '" + name + "' (column " + (i + 1) + "); the columns are "
                        + String.join(", ", COLUMNS));
            } else if (index[k] >= 0) {
                errors.add(line, "header", "column '" + name + "' appears twice");
            } else {
                index[k] = i;
            }
        }
        for (String required : REQUIRED) {
            if (index[known.get(required)] < 0) {
                errors.add(line, "header", "required column '" + required + "' is missing");
            }
        }
        return new CsvFigures(index, names.size());
    }

    /** The row as a create body, or null when a cell cannot even be parsed (the errors say which). */
    FigureInput row(List<String> cells, int line, RowErrors errors) {
        if (cells.size() != width) {
            errors.add(line, "line", "has " + cells.size() + " fields; the header has " + width);
            return null;
        }
        Cells c = new Cells(cells, line, errors);
        PeriodInput period = new PeriodInput(c.parse(START, LocalDate::parse, "a date (YYYY-MM-DD)"),
                c.parse(END, LocalDate::parse, "a date (YYYY-MM-DD)"), c.text(LABEL), c.bool(INFERRED));
        AmountInput value = c.anyOf(AMOUNT, UNIT, SCALE, QUALIFIER)
                ? new AmountInput(c.parse(AMOUNT, BigDecimal::new, "a number"), c.text(UNIT),
                        c.parse(SCALE, Integer::valueOf, "a whole number"), c.code(QUALIFIER, Qualifier.class))
                : null;
        ChangeInput change = c.anyOf(CHANGE_KIND, CHANGE_VALUE, CHANGE_QUALIFIER)
                ? new ChangeInput(c.code(CHANGE_KIND, ChangeKind.class), c.parse(CHANGE_VALUE, BigDecimal::new, "a number"),
                        c.code(CHANGE_QUALIFIER, Qualifier.class))
                : null;
        FigureInput input = new FigureInput(null, null, c.text(REPORTER), c.text(PARTNER), c.text(REGION), c.code(FLOW, Flow.class),
                c.text(COMMODITY), period, value, change, new Citation(c.text(SOURCE), c.text(LOCATOR)), c.text(NOTE), null);
        return c.failed ? null : input;
    }

    private final class Cells {
        private final List<String> cells;
        private final int line;
        private final RowErrors errors;
        boolean failed;

        Cells(List<String> cells, int line, RowErrors errors) {
            this.cells = cells;
            this.line = line;
            this.errors = errors;
        }

        /** The cell, null when the column is absent or the cell empty (CSV cannot tell empty from absent). */
        String text(int column) {
            int i = index[column];
            if (i < 0) {
                return null;
            }
            String v = cells.get(i);
            return v.isEmpty() ? null : v;
        }

        boolean anyOf(int... columns) {
            for (int column : columns) {
                if (text(column) != null) {
                    return true;
                }
            }
            return false;
        }

        <T> T parse(int column, Function<String, T> parser, String expected) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            try {
                return parser.apply(v.strip());
            } catch (NumberFormatException | DateTimeParseException e) {
                fail(column, "invalid value '" + v + "': expected " + expected);
                return null;
            }
        }

        Boolean bool(int column) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            return switch (v.strip()) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> {
                    fail(column, "invalid value '" + v + "': expected true or false");
                    yield null;
                }
            };
        }

        <E extends Enum<E>> E code(int column, Class<E> type) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, v.strip());
            } catch (IllegalArgumentException e) {
                fail(column, "invalid value '" + v + "': expected one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
                return null;
            }
        }

        private void fail(int column, String message) {
            failed = true;
            errors.add(line, COLUMNS.get(column), message);
        }
    }
}
