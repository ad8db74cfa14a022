package org.bilateral.trade.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.bilateral.trade.api.model.FigureInput;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * The import's staging table: a temporary table dropped at commit, filled by one COPY as the rows stream in, so memory
 * stays flat whatever the file's size; then checked set-based (sources) before the rows move into figure.
 */
final class FigureStaging {

    static final String TABLE = "figure_import_rows";
    /** The figure columns an import fills, in the order of the COPY and of the final insert. */
    static final String COLUMNS = "reporter, partner, region, flow, commodity, period_start, period_end, period_label, "
            + "period_inferred, amount, unit, scale, qualifier, change_kind, change_value, change_qualifier, source_id, locator, note";

    private final PGCopyOutputStream copyStream;
    private final Writer copy;

    private FigureStaging(PGCopyOutputStream copyStream) {
        this.copyStream = copyStream;
        this.copy = new BufferedWriter(new OutputStreamWriter(copyStream, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Creates the staging table and opens the COPY into it. */
    static FigureStaging open(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TEMPORARY TABLE " + TABLE + " (line integer NOT NULL, reporter text, partner text, region text, "
                    + "flow text, commodity text, period_start date, period_end date, period_label text, period_inferred boolean, "
                    + "amount numeric, unit text, scale smallint, qualifier text, change_kind text, change_value numeric, "
                    + "change_qualifier text, source_id text, locator text, note text) ON COMMIT DROP");
        }
        return new FigureStaging(new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                "COPY " + TABLE + " (line, " + COLUMNS + ") FROM STDIN (FORMAT csv)", 1 << 16));
    }

    /** Appends one valid row to the COPY. */
    void add(int line, FigureInput in) throws IOException {
        Writer w = copy;
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
        raw(w, c == null ? null : c.value().toPlainString());
        text(w, c == null ? null : c.qualifier().name());
        text(w, in.source().source());
        text(w, in.source().locator());
        text(w, in.note());
        w.write('\n');
    }

    /** Ends the COPY: the rows are in the staging table. */
    void finish() throws IOException {
        copy.close();
    }

    /** Abandons the COPY after a failure; the transaction is rolled back anyway. */
    void cancel() {
        try {
            if (copyStream.isActive()) {
                copyStream.cancelCopy();
            }
        } catch (SQLException ignored) {
            // the transaction is rolled back anyway
        }
    }

    /** Rows naming a source document that does not exist, found in one anti-join over the staging table. */
    static void checkSources(Connection connection, RowErrors errors, int maxListed) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT r.line, r.source_id, count(*) OVER () FROM " + TABLE
                + " r WHERE NOT EXISTS (SELECT 1 FROM source s WHERE s.id = r.source_id) ORDER BY r.line LIMIT ?")) {
            st.setInt(1, maxListed);
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
}
