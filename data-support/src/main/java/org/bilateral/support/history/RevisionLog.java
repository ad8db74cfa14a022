package org.bilateral.support.history;

import io.quarkus.hibernate.orm.panache.Panache;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code revision} table that the support migration's trigger fills on every insert,
 * update and delete of a versioned table; tells the trigger who is acting.
 */
public final class RevisionLog {

    private RevisionLog() {
    }

    /** Names the actor recorded with the revisions this transaction writes. */
    public static void actAs(String actor) {
        Panache.getEntityManager().createNativeQuery("SELECT set_config('bilateral.actor', :actor, true)")
                .setParameter("actor", actor == null ? "anonymous" : actor).getSingleResult();
    }

    /** Revision metadata of one record, oldest first; empty when it never existed. */
    public static List<Change> of(String table, long id) {
        return changes("r.resource = :table AND r.resource_id = :id", Map.of("table", table, "id", id), Integer.MAX_VALUE);
    }

    /**
     * Feed entries after a cursor for the given tables. Writers serialise on the trigger's advisory
     * lock, so cursors are handed out in commit order and a reader never skips a late commit.
     */
    public static List<Change> since(long cursor, int limit, List<String> tables) {
        return changes("r.seq > :since AND r.resource IN (:tables)", Map.of("since", cursor, "tables", tables), limit);
    }

    @SuppressWarnings("unchecked")
    private static List<Change> changes(String where, Map<String, Object> params, int limit) {
        var query = Panache.getEntityManager().createNativeQuery(
                "SELECT r.seq, r.resource, r.resource_id, r.version, r.operation, r.recorded_at, r.actor FROM revision r WHERE "
                        + where + " ORDER BY r.seq");
        params.forEach(query::setParameter);
        if (limit != Integer.MAX_VALUE) {
            query.setMaxResults(limit);
        }
        List<Object[]> rows = query.getResultList();
        List<Change> changes = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            changes.add(new Change(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).longValue(),
                    ((Number) row[3]).intValue(), Revision.Operation.valueOf((String) row[4]), toInstant(row[5]), (String) row[6], null));
        }
        return changes;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
