package org.bilateral.support.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Inserts many new rows into a versioned table and records their CREATE revisions in the same statement, instead of
 * one call of the revision trigger per row. It does what the trigger ({@code record_revision()}, support migration)
 * does for one row, for all of them: it takes the trigger's advisory lock, so feed cursors still follow commit order,
 * and writes the same revision columns. The table's trigger must stand aside while {@value #BULK_SETTING} is on
 * (a {@code WHEN} condition on it, as trade-service's migration V2 gives the figure trigger); this class sets the
 * setting for the insert only, transaction-locally.
 */
public final class BulkRevisions {

    /** The transaction-local setting under which a table's revision trigger lets the bulk insert record revisions. */
    public static final String BULK_SETTING = "bilateral.bulk_revisions";

    private BulkRevisions() {
    }

    /** How many rows went in, and the feed cursor before them (a reader from there sees them all). */
    public record Outcome(long inserted, long cursorBefore) {
    }

    /**
     * {@code INSERT INTO table (version, columns) SELECT 1, columns FROM source ORDER BY orderBy ON CONFLICT DO NOTHING},
     * each inserted row's revision recorded with {@code actor}. Table, column and source names come from code,
     * never from a request.
     */
    public static Outcome insertNew(Connection connection, String table, String columns, String source, String orderBy, String actor)
            throws SQLException {
        long cursor;
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(n.nspname || '.revision')) "
                + "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = ?::regclass")) {
            // the lock record_revision() takes for the table's schema
            lock.setString(1, table);
            lock.execute();
        }
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT coalesce(max(seq), 0) FROM revision")) {
                rs.next();
                cursor = rs.getLong(1);
            }
            st.execute("SELECT set_config('" + BULK_SETTING + "', 'on', true)");
        }
        long inserted;
        try (PreparedStatement st = connection.prepareStatement(
                "WITH added AS (INSERT INTO " + table + " (version, " + columns + ") SELECT 1, " + columns + " FROM " + source
                        + " ORDER BY " + orderBy + " ON CONFLICT DO NOTHING RETURNING *) "
                        + "INSERT INTO revision (resource, resource_id, version, operation, recorded_at, actor, snapshot) "
                        // no ORDER BY: RETURNING hands the rows on in insertion order
                        + "SELECT ?, a.id, a.version, 'CREATE', clock_timestamp(), ?, to_jsonb(a) FROM added a")) {
            st.setString(1, table);
            st.setString(2, actor == null ? "anonymous" : actor);
            inserted = st.executeLargeUpdate();
        }
        try (Statement st = connection.createStatement()) {
            st.execute("SELECT set_config('" + BULK_SETTING + "', 'off', true)");
        }
        return new Outcome(inserted, cursor);
    }
}
