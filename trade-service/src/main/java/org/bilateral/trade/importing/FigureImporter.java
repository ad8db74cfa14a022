package org.bilateral.trade.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.Problem;
import org.bilateral.support.problem.ProblemMappers;
import org.bilateral.trade.api.model.FigureInput;
import org.bilateral.trade.config.TradeConfig;
import org.bilateral.trade.service.FigureService;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Bulk import of figures in one transaction. The body is read as a stream: each row is parsed and
 * validated with the rules of a single create, and the good rows are written straight into a COPY
 * to a temporary staging table, so memory stays flat whatever the file's size. Sources are then
 * checked set-based, and if no row was bad, one INSERT ... SELECT ... ON CONFLICT DO NOTHING moves
 * the rows into figure and writes their revisions (history and change feed) in the same statement.
 */
@ApplicationScoped
public class FigureImporter {

    private static final Logger LOG = Logger.getLogger(FigureImporter.class);
    private static final String STAGING = "figure_import_rows";
    private static final String COLUMNS = "reporter, partner, region, flow, commodity, period_start, period_end, period_label, "
            + "period_inferred, amount, unit, scale, qualifier, change_kind, change_value, change_qualifier, source_id, locator, note";

    private final AgroalDataSource dataSource;
    private final Validator validator;
    private final ObjectReader ndjsonReader;
    private final TradeConfig.BulkImport config;

    FigureImporter(AgroalDataSource dataSource, Validator validator, ObjectMapper mapper, TradeConfig config) {
        this.dataSource = dataSource;
        this.validator = validator;
        this.ndjsonReader = mapper.readerFor(FigureInput.class);
        this.config = config.trade().bulkImport();
    }

    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "bilateral.trade.bulk-import.transaction-timeout-seconds")
    public ImportOutcome importFigures(InputStream body, ImportFormat format, String actor) {
        try {
            // inside the transaction Agroal hands out the connection enlisted in it (and closing it only releases the handle)
            try (Connection connection = dataSource.getConnection()) {
                // the final insert of a large file is one statement that runs for minutes: the
                // driver's socket timeout (minded for ordinary queries) would cut it off
                int usual = connection.getNetworkTimeout();
                connection.setNetworkTimeout(Runnable::run, (int) TimeUnit.SECONDS.toMillis(config.transactionTimeoutSeconds()));
                try {
                    return run(connection, body, format, actor);
                } finally {
                    restoreNetworkTimeout(connection, usual);
                }
            }
        } catch (SQLException e) {
            ApiException known = ProblemMappers.translate(e);
            if (known != null) {
                throw known;
            }
            throw new IllegalStateException("bulk import failed in the database", e);
        }
    }

    /** Back to the usual socket timeout before the pool has the connection again; a broken one is the pool's to evict. */
    private static void restoreNetworkTimeout(Connection connection, int millis) {
        try {
            if (!connection.isClosed()) {
                connection.setNetworkTimeout(Runnable::run, millis);
            }
        } catch (SQLException e) {
            // never hide the import's own outcome or failure behind this one
            LOG.debugf("Could not restore the import connection's network timeout: %s", e.getMessage());
        }
    }

    private ImportOutcome run(Connection connection, InputStream body, ImportFormat format, String actor) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TEMPORARY TABLE " + STAGING + " (line integer NOT NULL, reporter text, partner text, region text, "
                    + "flow text, commodity text, period_start date, period_end date, period_label text, period_inferred boolean, "
                    + "amount numeric, unit text, scale smallint, qualifier text, change_kind text, change_value numeric, "
                    + "change_qualifier text, source_id text, locator text, note text) ON COMMIT DROP");
        }
        RowErrors errors = new RowErrors(config.maxErrorsListed());
        long started = System.nanoTime();
        long received = stream(connection.unwrap(PGConnection.class), body, format, errors);
        if (received == 0 && errors.isEmpty()) {
            throw ApiException.badRequest("body", format == ImportFormat.CSV ? "has a header but no rows" : "has no rows");
        }
        long streamed = System.nanoTime();
        checkSources(connection, errors);
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors.first(), errors.total());
        }
        long checked = System.nanoTime();
        ImportOutcome outcome = insert(connection, received, actor);
        // where an import's time goes (upload and validation, source check, final insert), for operators and bench/
        LOG.infof("Import of %d %s rows: %d inserted; read and staged in %d ms, sources checked in %d ms, stored in %d ms",
                received, format, outcome.inserted(), (streamed - started) / 1_000_000, (checked - streamed) / 1_000_000,
                (System.nanoTime() - checked) / 1_000_000);
        return outcome;
    }

    /** Parses, validates and copies every row; returns how many rows the body held. */
    private long stream(PGConnection pg, InputStream body, ImportFormat format, RowErrors errors) throws SQLException {
        Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        PGCopyOutputStream copyStream = new PGCopyOutputStream(pg,
                "COPY " + STAGING + " (line, " + COLUMNS + ") FROM STDIN (FORMAT csv)", 1 << 16);
        Writer copy = new BufferedWriter(new OutputStreamWriter(copyStream, StandardCharsets.UTF_8), 1 << 16);
        long[] lineAtFailure = {1};
        try {
            long received = format == ImportFormat.CSV ? streamCsv(reader, copy, errors, lineAtFailure)
                    : streamNdjson(reader, copy, errors, lineAtFailure);
            copy.close();
            return received;
        } catch (ImportFormatException e) {
            cancel(copyStream);
            errors.add(e.line, "line", e.getMessage());
            throw new ImportRejectedException(errors.first(), errors.total());
        } catch (CharacterCodingException e) {
            cancel(copyStream);
            errors.add((int) lineAtFailure[0], "line", "is not valid UTF-8");
            throw new ImportRejectedException(errors.first(), errors.total());
        } catch (IOException e) {
            cancel(copyStream);
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw ApiException.badRequest("body", "could not be read to the end");
        } catch (RuntimeException e) {
            cancel(copyStream);
            throw e;
        }
    }

    private long streamCsv(Reader reader, Writer copy, RowErrors errors, long[] line) throws IOException {
        CsvRecords records = new CsvRecords(skipBom(reader), config.maxRowChars());
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
            line[0] = records.currentLine();
            if ((cells = records.next()) == null) {
                return received;
            }
            received++;
            int at = records.recordLine();
            FigureInput input = columns.row(cells, at, errors);
            if (input != null && valid(input, at, errors)) {
                writeRow(copy, at, input);
            }
        }
    }

    private long streamNdjson(Reader reader, Writer copy, RowErrors errors, long[] lineAtFailure) throws IOException {
        NdjsonLines lines = new NdjsonLines(skipBom(reader), config.maxRowChars());
        long received = 0;
        String text;
        while (true) {
            lineAtFailure[0] = lines.line() + 1;
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
                ApiException problem = ProblemMappers.translate(e);
                for (Problem.FieldError error : problem.errors()) {
                    errors.add(at, "body".equals(error.field()) ? "line" : error.field(), error.message());
                }
                continue;
            }
            if (input == null) {
                errors.add(at, "line", "must be a JSON object");
            } else if (valid(input, at, errors)) {
                writeRow(copy, at, input);
            }
        }
    }

    /** Bean validation and the cross-field rules of a single create; the source is checked set-based later. */
    private boolean valid(FigureInput input, int line, RowErrors errors) {
        var violations = validator.validate(input);
        if (!violations.isEmpty()) {
            violations.stream().sorted(Comparator.comparing((ConstraintViolation<FigureInput> v) -> v.getPropertyPath().toString()))
                    .forEach(v -> errors.add(line, v.getPropertyPath().toString(), v.getMessage()));
            return false;
        }
        List<Problem.FieldError> broken = FigureService.rules(input);
        broken.forEach(e -> errors.add(line, e.field(), e.message()));
        String nul = fieldWithNul(input);
        if (nul != null) {
            errors.add(line, nul, "must not contain the NUL character");
            return false;
        }
        return broken.isEmpty();
    }

    /** PostgreSQL text cannot hold U+0000; the free-text fields are the ones that could carry it. */
    private static String fieldWithNul(FigureInput in) {
        if (in.period().label().indexOf('\0') >= 0) {
            return "period.label";
        }
        if (in.source().source().indexOf('\0') >= 0) {
            return "source.source";
        }
        if (in.source().locator().indexOf('\0') >= 0) {
            return "source.locator";
        }
        if (in.note() != null && in.note().indexOf('\0') >= 0) {
            return "note";
        }
        return null;
    }

    private static void writeRow(Writer w, int line, FigureInput in) throws IOException {
        w.write(Integer.toString(line));
        text(w, in.reporter());
        text(w, in.partner());
        text(w, in.region());
        text(w, in.flow().name());
        text(w, in.commodity());
        raw(w, in.period().start().toString());
        raw(w, in.period().end().toString());
        text(w, in.period().label());
        raw(w, in.period().isInferred() ? "t" : "f");
        var v = in.value();
        raw(w, v == null ? null : v.amount().toPlainString());
        text(w, v == null ? null : v.unit());
        raw(w, v == null ? null : v.scale().toString());
        text(w, v == null ? null : v.qualifier().name());
        var c = in.reportedChange();
        text(w, c == null ? null : c.kind().name());
        raw(w, c == null ? null : plain(c.value()));
        text(w, c == null ? null : c.qualifier().name());
        text(w, in.source().source());
        text(w, in.source().locator());
        text(w, in.note());
        w.write('\n');
    }

    private static String plain(BigDecimal d) {
        return d.toPlainString();
    }

    /** A value that needs no quoting (numbers, dates, booleans); an unquoted empty field is NULL in COPY csv. */
    private static void raw(Writer w, String value) throws IOException {
        w.write(',');
        if (value != null) {
            w.write(value);
        }
    }

    /** Text is always quoted, so an empty string stays a string and NULL stays unquoted. */
    private static void text(Writer w, String value) throws IOException {
        w.write(',');
        if (value == null) {
            return;
        }
        w.write('"');
        if (value.indexOf('"') >= 0) {
            w.write(value.replace("\"", "\"\""));
        } else {
            w.write(value);
        }
        w.write('"');
    }

    private static Reader skipBom(Reader reader) throws IOException {
        java.io.PushbackReader in = new java.io.PushbackReader(reader, 1);
        int first = in.read();
        if (first >= 0 && first != '\uFEFF') {
            in.unread(first);
        }
        return in;
    }

    private static void cancel(PGCopyOutputStream copy) {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException ignored) {
            // the transaction is rolled back anyway
        }
    }

    /** Rows naming a source document that does not exist, found in one anti-join over the staging table. */
    private void checkSources(Connection connection, RowErrors errors) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT r.line, r.source_id, count(*) OVER () FROM " + STAGING
                + " r WHERE NOT EXISTS (SELECT 1 FROM source s WHERE s.id = r.source_id) ORDER BY r.line LIMIT ?")) {
            st.setInt(1, config.maxErrorsListed());
            try (ResultSet rs = st.executeQuery()) {
                long total = 0;
                int listed = 0;
                while (rs.next()) {
                    total = rs.getLong(3);
                    listed++;
                    errors.addLate(rs.getInt(1), "source.source", "unknown source document '" + rs.getString(2) + "'");
                }
                errors.countMore(total - listed);
            }
        }
    }

    private ImportOutcome insert(Connection connection, long received, String actor) throws SQLException {
        long cursor;
        try (Statement st = connection.createStatement()) {
            // the lock record_revision() takes: feed cursors follow commit order, for the import's rows too
            st.execute("SELECT pg_advisory_xact_lock(hashtext(n.nspname || '.revision')) FROM pg_class c "
                    + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = 'figure'::regclass");
            try (ResultSet rs = st.executeQuery("SELECT coalesce(max(seq), 0) FROM revision")) {
                rs.next();
                cursor = rs.getLong(1);
            }
            st.execute("SELECT set_config('bilateral.bulk_revisions', 'on', true)");
        }
        long inserted;
        try (PreparedStatement st = connection.prepareStatement(
                "WITH added AS (INSERT INTO figure (version, " + COLUMNS + ") SELECT 1, " + COLUMNS + " FROM " + STAGING
                        + " ORDER BY line ON CONFLICT DO NOTHING RETURNING *) "
                        + "INSERT INTO revision (resource, resource_id, version, operation, recorded_at, actor, snapshot) "
                        // no ORDER BY: RETURNING hands the rows on in insertion order, which is line and id order
                        + "SELECT 'figure', a.id, a.version, 'CREATE', clock_timestamp(), ?, to_jsonb(a) FROM added a")) {
            st.setString(1, actor == null ? "anonymous" : actor);
            inserted = st.executeLargeUpdate();
        }
        try (Statement st = connection.createStatement()) {
            st.execute("SELECT set_config('bilateral.bulk_revisions', 'off', true)");
        }
        return new ImportOutcome(received, inserted, cursor);
    }
}
