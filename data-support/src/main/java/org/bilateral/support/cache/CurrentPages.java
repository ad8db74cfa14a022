package org.bilateral.support.cache;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import org.bilateral.support.paging.Page;

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
 */
@ApplicationScoped
public class CurrentPages {

    /**
     * Where the service's data stands: the newest revision; the start of the database server, since a failover or a
     * restore may lose the last commits and hand out their seq again; and the database's date, which derived fields
     * (an agreement's status) are computed on in SQL.
     */
    private static final String POSITION_SQL = "SELECT coalesce(max(seq), 0), pg_postmaster_start_time(), CURRENT_DATE FROM revision";

    /** A position of the data; pages are kept under one and served only at an equal one. */
    record Position(long seq, Object serverStarted, Object today) {

        /** The position in an entity tag: the seq, and a digest of the rest. */
        String token() {
            return seq + "." + Integer.toHexString(Objects.hash(String.valueOf(serverStarted), String.valueOf(today)));
        }
    }

    private final AgroalDataSource dataSource;
    private final ReadPosition read;
    private final TransactionManager transactions;
    private final PositionedPages pages;
    private final Counter hits;
    private final Counter misses;
    private final Counter bypasses;

    CurrentPages(AgroalDataSource dataSource, TransactionManager transactions, CurrentPagesConfig config, MeterRegistry registry,
            ReadPosition read) {
        this.dataSource = dataSource;
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
            return new Position(row.getLong(1), row.getObject(2), row.getObject(3));
        } catch (SQLException e) {
            // the SQL state inside keeps its meaning for the problem mapping (an unreachable database is a 503)
            throw new UncheckedSqlException("reading the change-feed position", e);
        }
    }
}
