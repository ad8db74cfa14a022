package org.bilateral.support.cache;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ClientProxy;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.bilateral.support.paging.Page;
import org.bilateral.support.query.PointReads;

/**
 * List pages of the current rows, answered from memory while the service's change feed has not moved since they were
 * read. The position is the newest revision's seq (with the database server's start and date), read with one
 * statement per request before anything else: every write to a versioned table appends a revision in commit order
 * (the trigger's advisory lock), so an unchanged position means no write has committed since, on this replica or any
 * other, and a page kept at that position is exactly what the database would answer now. Nothing is invalidated by a
 * timer.
 *
 * <p>Only for lists whose items are built from versioned tables alone (figures, agreements, ventures...), and whose
 * key names everything the answer depends on besides those rows (the filter, the page, the sort; today's date where
 * the items show it). Past states (asOf) and reads inside a transaction go to the database every time: the first are
 * cheap to key but rarely repeated, the second may see their own uncommitted writes.
 *
 * <p>A list resource asks {@link #read} on its event loop: the position comes through the point reads' pipelined client
 * of that loop, a kept page is answered there and then, and only a page to load goes to a worker thread (scenario 10:
 * a page from memory then costs about what a point read does). {@link #page} is the same for callers on worker threads.
 */
@ApplicationScoped
public class CurrentPages {

    /**
     * Where the service's data stands: the newest revision; the start of the database server, since a failover or a
     * restore may lose the last commits and hand out their seq again; and the database's date, which derived fields (an
     * agreement's status) are computed on in SQL. Both kinds of session (JDBC and the point reads') run in the JVM's
     * zone, so CURRENT_DATE is the same day on either.
     */
    private static final String POSITION_SQL = "SELECT coalesce(max(seq), 0), pg_postmaster_start_time(), CURRENT_DATE FROM revision";

    /** A position of the data; pages are kept under one and served only at an equal one. */
    record Position(long seq, Instant serverStarted, LocalDate today) {

        /** The position in an entity tag: the seq, and a digest of the rest. */
        String token() {
            return seq + "." + Integer.toHexString(Objects.hash(serverStarted, today));
        }
    }

    private final AgroalDataSource dataSource;
    private final PointReads reads;
    private final ReadPosition read;
    private final TransactionManager transactions;
    private final PositionedPages pages;
    private final Counter hits;
    private final Counter misses;
    private final Counter bypasses;

    CurrentPages(AgroalDataSource dataSource, PointReads reads, TransactionManager transactions, CurrentPagesConfig config,
            MeterRegistry registry, ReadPosition read) {
        this.dataSource = dataSource;
        this.reads = reads;
        this.read = read;
        this.transactions = transactions;
        this.pages = new PositionedPages(config.maxItems());
        this.hits = counter(registry, "hit");
        this.misses = counter(registry, "miss");
        this.bypasses = counter(registry, "bypass");
    }

    private static Counter counter(MeterRegistry registry, String result) {
        return Counter.builder("bilateral.list.pages").description("List pages by where they were answered from: memory (hit), "
                + "the database and kept (miss), the database and not kept (bypass: asOf, inside a transaction, memory off)")
                .tag("result", result).register(registry);
    }

    /**
     * The page for this key as the current rows give it.
     *
     * @param key everything besides the rows that the page depends on, with value equality (records, enums, strings)
     * @param asOf the instant asked for, if any; such pages are loaded and not kept
     * @param load reads the page from the database
     */
    public <T> Page<T> page(Object key, Instant asOf, Supplier<Page<T>> load) {
        if (asOf != null || pages.maxItems() == 0 || inTransaction()) {
            bypasses.increment();
            return load.get();
        }
        Position position = position();
        Page<T> page = pages.get(key, position, load, outcome -> (outcome == PositionedPages.Outcome.HIT ? hits : misses).increment());
        if (Arc.container().requestContext().isActive()) {
            read.set(position);
        }
        return page;
    }

    /**
     * The page for this key as the current rows give it, for a resource on its event loop: the position is read without
     * a worker, a page kept at it is the item at once, and a page to load (or one of a past state) is loaded on a worker
     * thread, in a request context of its own, and handed back on the caller's context. Off the event loops it is
     * {@link #page}.
     *
     * @param load reads the page from the database; runs on a worker thread
     */
    public <T> Uni<Page<T>> read(Object key, Instant asOf, Supplier<Page<T>> load) {
        if (!Context.isOnEventLoopThread()) {
            return Uni.createFrom().item(() -> page(key, asOf, load));
        }
        Context context = Vertx.currentContext();
        if (asOf != null || pages.maxItems() == 0) {
            bypasses.increment();
            return onWorker(context, load);
        }
        // the request's own holder, taken while its context is surely active (whether the callbacks below see it depends
        // on context propagation)
        ReadPosition holder = Arc.container().requestContext().isActive() ? ClientProxy.unwrap(read) : null;
        return reads.first(POSITION_SQL, Tuple.tuple(), row -> new Position(row.getLong(0), row.getOffsetDateTime(1).toInstant(), row.getLocalDate(2)))
                .flatMap(position -> {
                    if (holder != null) {
                        holder.set(position);
                    }
                    Page<T> kept = pages.kept(key, position);
                    if (kept != null) {
                        hits.increment();
                        return Uni.createFrom().item(kept);
                    }
                    return onWorker(context, () -> {
                        Page<T> page = load.get();
                        misses.increment();
                        pages.keep(key, position, page);
                        return page;
                    });
                });
    }

    /** {@link #read} for a list answered whole (not in pages), kept as one page of all its items. */
    public <T> Uni<List<T>> readWhole(Object key, Instant asOf, Supplier<List<T>> load) {
        return read(key, asOf, () -> {
            List<T> items = load.get();
            return new Page<>(items, 0, items.size(), items.size(), 1);
        }).map(Page::items);
    }

    /** The work on a worker thread in a request context of its own, answered on the caller's context (when it has one). */
    private static <T> Uni<T> onWorker(Context context, Supplier<T> work) {
        Uni<T> loaded = Uni.createFrom().item(() -> inRequestContextOfItsOwn(work)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return context == null ? loaded : loaded.emitOn(command -> context.runOnContext(ignored -> command.run()));
    }

    /**
     * Runs the work in a fresh request context, ended on this thread: the request's own context is carried onto the
     * worker by context propagation, and the beans the load creates there (its Hibernate session and connection) would
     * otherwise end with the request, on the event loop.
     */
    private static <T> T inRequestContextOfItsOwn(Supplier<T> work) {
        ManagedContext requestContext = Arc.container().requestContext();
        InjectableContext.ContextState carried = requestContext.isActive() ? requestContext.getState() : null;
        if (carried != null) {
            requestContext.deactivate();
        }
        requestContext.activate();
        try {
            return work.get();
        } finally {
            requestContext.terminate();
            if (carried != null) {
                requestContext.activate(carried);
            }
        }
    }

    private boolean inTransaction() {
        try {
            return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
        } catch (SystemException e) {
            return true;
        }
    }

    /** A failed read of the position, carrying the SQLException whose state says what went wrong. */
    static final class UncheckedSqlException extends RuntimeException {
        UncheckedSqlException(String what, SQLException cause) {
            super(what + ": " + cause.getMessage(), cause);
        }
    }

    private Position position() {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(POSITION_SQL);
                ResultSet row = statement.executeQuery()) {
            row.next();
            return new Position(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant(), row.getObject(3, LocalDate.class));
        } catch (SQLException e) {
            // the SQL state inside keeps its meaning for the problem mapping (an unreachable database is a 503)
            throw new UncheckedSqlException("reading the change-feed position", e);
        }
    }
}
