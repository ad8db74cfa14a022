package org.bilateral.support.query;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bilateral.support.paging.Page;
import org.bilateral.support.paging.PageRequest;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.query.NativeQuery;

/**
 * Reads an entity table page by page in SQL, either as it is now or as it stood at an instant.
 * The past is rebuilt from the row snapshots the revision trigger keeps (see the support
 * migration), so both views run the same WHERE and ORDER BY. Reads go through a stateless
 * session: past versions of one row share its id, which a persistence context would fold into one
 * object; and a GET then opens no persistence context at all.
 */
public final class TableReader<E> {

    private final Class<E> entity;
    private final String table;

    public TableReader(Class<E> entity, String table) {
        this.entity = entity;
        this.table = table;
    }

    /** The rows of the table now, or (asOf given) the rows alive at that instant, bound as {@code :asOf}. */
    public String relation(Instant asOf) {
        return relation(asOf, ":asOf");
    }

    /** As {@link #relation(Instant)}, with the instant bound by the given parameter marker ($2 for the reactive client). */
    public String relation(Instant asOf, String asOfMarker) {
        if (asOf == null) {
            return table;
        }
        return "(SELECT (jsonb_populate_record(NULL::" + table + ", h.snapshot)).* FROM ("
                + "SELECT DISTINCT ON (r.resource_id) r.snapshot, r.operation FROM revision r"
                + " WHERE r.resource = '" + table + "' AND r.recorded_at <= " + asOfMarker
                + " ORDER BY r.resource_id, r.seq DESC) h WHERE h.operation <> 'DELETE')";
    }

    /**
     * One page and the total. The page is read first: a page shorter than asked for is the last one, so
     * the total follows from it and the count(*) (a second statement, and a scan of every matching row)
     * is run only for a full page or a page past the end.
     */
    public Page<E> page(Criteria where, PageRequest request, Instant asOf) {
        String from = relation(asOf) + " t WHERE " + where.sql();
        return withStateless(session -> {
            NativeQuery<E> q = session.createNativeQuery("SELECT t.* FROM " + from + " ORDER BY " + request.sort().sql()
                    + " LIMIT :limit OFFSET :offset", entity);
            bind(q, where.parameters(), asOf);
            q.setParameter("limit", request.size());
            q.setParameter("offset", request.offset());
            List<E> items = q.getResultList();
            boolean last = items.isEmpty() ? request.offset() == 0 : items.size() < request.size();
            if (last) {
                return Page.of(items, request, request.offset() + items.size());
            }
            NativeQuery<?> count = session.createNativeQuery("SELECT count(*) FROM " + from);
            bind(count, where.parameters(), asOf);
            return Page.of(items, request, ((Number) count.getSingleResult()).longValue());
        });
    }

    /** All matching rows, for bounded analytic reads (callers keep the filter selective). */
    public List<E> list(Criteria where, String orderBy, Instant asOf) {
        return withStateless(session -> {
            NativeQuery<E> q = session.createNativeQuery("SELECT t.* FROM " + relation(asOf) + " t WHERE " + where.sql()
                    + " ORDER BY " + orderBy, entity);
            bind(q, where.parameters(), asOf);
            return q.getResultList();
        });
    }

    /**
     * One row as it is now, read outside any persistence context: a stateless session on a connection of its own,
     * closed at once. For reads that change nothing (a GET of one record), so the request opens no session.
     */
    public E current(long id) {
        return withStateless(session -> session.get(entity, id));
    }

    /**
     * One row as it is now (through {@link #current}: the entity loader by primary key, prepared once, where the native
     * query below resolves its result mapping on every call) or as it stood at asOf.
     */
    public E find(long id, Instant asOf) {
        if (asOf == null) {
            return current(id);
        }
        List<E> found = list(new Criteria().equal("t.id", "id", id), "t.id", asOf);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The entity class the rows are read into. */
    public Class<E> entity() {
        return entity;
    }

    /** Every stored version of one row, oldest first, the deletion's snapshot included. */
    public List<E> versions(long id) {
        return snapshots("r.resource_id = :id", Map.of("id", id));
    }

    /** The snapshots at the given change-feed positions, in ascending position order. */
    public List<E> atSequences(List<Long> ascendingSeqs) {
        return ascendingSeqs.isEmpty() ? List.of() : snapshots("r.seq IN (:seqs)", Map.of("seqs", ascendingSeqs));
    }

    /**
     * Snapshots are read as JSON rather than as mapped rows: one result holding several versions
     * of the same id would be folded into one object by Hibernate's entity loading.
     */
    @SuppressWarnings("unchecked")
    private List<E> snapshots(String where, Map<String, Object> params) {
        var q = Panache.getEntityManager().createNativeQuery(
                "SELECT CAST(r.snapshot AS text) FROM revision r WHERE r.resource = :table AND " + where + " ORDER BY r.seq");
        q.setParameter("table", table);
        params.forEach(q::setParameter);
        List<String> rows = q.getResultList();
        return rows.stream().map(json -> Snapshots.read(json, entity)).toList();
    }

    private static void bind(NativeQuery<?> q, Map<String, Object> params, Instant asOf) {
        params.forEach(q::setParameter);
        if (asOf != null) {
            q.setParameter("asOf", asOf);
        }
    }

    /**
     * A stateless session on a connection from the pool, never the request's persistence context. Inside a transaction
     * the pool hands out the connection enlisted in it, so a write still reads its own flushed changes.
     */
    private static <R> R withStateless(Function<StatelessSession, R> work) {
        // the factory is looked up on each call, not kept: a reader is a static constant and outlives an application
        // restarted in tests
        try (StatelessSession session = Arc.container().instance(SessionFactory.class).get().openStatelessSession()) {
            return work.apply(session);
        }
    }
}
