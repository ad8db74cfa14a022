package org.bilateral.trade.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.List;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.KnownFailures;
import org.bilateral.support.problem.Problem;
import org.bilateral.trade.api.model.FigureInput;

/**
 * Reads an import body row by row (CSV with a header, or NDJSON), turns each row into the create body it stands for,
 * checks it, and hands the valid ones on; bad rows are recorded, never thrown, so one answer lists them all. One
 * instance per import: it remembers the line it is on, for an error that cuts the body short.
 */
final class FigureRows {

    /** Where the valid rows go. */
    @FunctionalInterface
    interface Sink {
        void accept(int line, FigureInput input) throws IOException;
    }

    private final ObjectReader ndjsonReader;
    private final FigureRowValidator validator;
    private final int maxRowChars;
    private long line = 1;

    FigureRows(ObjectReader ndjsonReader, FigureRowValidator validator, int maxRowChars) {
        this.ndjsonReader = ndjsonReader;
        this.validator = validator;
        this.maxRowChars = maxRowChars;
    }

    /** The line being read when reading stopped: where an undecodable byte or a broken body is. */
    long line() {
        return line;
    }

    /** Reads every row; returns how many rows the body held. */
    long read(Reader reader, ImportFormat format, RowErrors errors, Sink sink) throws IOException {
        return format == ImportFormat.CSV ? readCsv(reader, errors, sink) : readNdjson(reader, errors, sink);
    }

    private long readCsv(Reader reader, RowErrors errors, Sink sink) throws IOException {
        CsvRecords records = new CsvRecords(skipBom(reader), maxRowChars);
        List<String> header = records.next();
        if (header == null) {
            throw ApiException.badRequest("body", "is empty; send a header row and one row per figure");
        }
        CsvFigures columns = CsvFigures.header(header, errors, records.recordLine());
        if (!errors.isEmpty()) {
            // rows cannot be read against a wrong header
            throw new ImportRejectedException(errors.first(), errors.total());
        }
        long received = 0;
        List<String> cells;
        while (true) {
            line = records.currentLine();
            if ((cells = records.next()) == null) {
                return received;
            }
            received++;
            int at = records.recordLine();
            FigureInput input = columns.row(cells, at, errors);
            if (input != null && validator.valid(input, at, errors)) {
                sink.accept(at, input);
            }
        }
    }

    private long readNdjson(Reader reader, RowErrors errors, Sink sink) throws IOException {
        NdjsonLines lines = new NdjsonLines(skipBom(reader), maxRowChars);
        long received = 0;
        String text;
        while (true) {
            line = lines.line() + 1;
            if ((text = lines.next()) == null) {
                if (received == 0 && errors.isEmpty()) {
                    throw ApiException.badRequest("body", "is empty; send one JSON object per line");
                }
                return received;
            }
            if (text.isBlank()) {
                continue;
            }
            received++;
            int at = lines.line();
            FigureInput input;
            try {
                input = ndjsonReader.readValue(text);
            } catch (JsonProcessingException e) {
                ApiException problem = KnownFailures.translate(e);
                for (Problem.FieldError error : problem.errors()) {
                    errors.add(at, "body".equals(error.field()) ? "line" : error.field(), error.message());
                }
                continue;
            }
            if (input == null) {
                errors.add(at, "line", "must be a JSON object");
            } else if (validator.valid(input, at, errors)) {
                sink.accept(at, input);
            }
        }
    }

    private static Reader skipBom(Reader reader) throws IOException {
        PushbackReader in = new PushbackReader(reader, 1);
        int first = in.read();
        if (first >= 0 && first != '\uFEFF') {
            in.unread(first);
        }
        return in;
    }
}
