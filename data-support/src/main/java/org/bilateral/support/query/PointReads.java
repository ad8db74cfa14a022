package org.bilateral.support.query;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgBuilder;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.bilateral.support.concurrency.ETags;
import org.bilateral.support.problem.ApiException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * One row by id, read with the reactive PostgreSQL client on the request's event loop: no worker thread, no session,
 * no JTA transaction and no JDBC pool on the way (scenario 1: about a third less CPU per request than the stateless
 * session, and a third less again with each event loop's reads pipelined on a connection of its own). The row's columns are read into its entity by {@link RowEntities} (the column names of the JDBC mapping,
 * jsonb as the revision history reads it), so the views built from it are those of the JDBC path
 * ({@code PointReadContract} holds every service to that). For GETs of one record, and the change-feed position a list
 * page kept in memory is checked against ({@code CurrentPages}); writes and the lists' own reads stay on JDBC.
 */
@ApplicationScoped
public class PointReads {

    /** The {@code application_name} the point reads' connections carry. */
    public static final String APPLICATION_NAME = "bilateral-point-reads";

    private static final Object OFF_EVENT_LOOP = new Object();

    /** The two reads of a table by id, now and as of an instant ($2), written once per entity. */
    private record Statements(String now, String asOf) {
        Statements(TableReader<?> reader) {
            // any instant gives the as-of relation; the one asked for is bound as $2
            this(of(reader, null), of(reader, Instant.EPOCH));
        }

        private static String of(TableReader<?> reader, Instant asOf) {
            return "SELECT " + RowEntities.selectList(reader.entity()) + " FROM " + reader.relation(asOf, "$2") + " t WHERE t.id = $1";
        }
    }

    private final Vertx vertx;
    private final PgConnectOptions options;
    private final PoolOptions poolOptions;
    private final PointReadsConfig config;
    /** Each event-loop thread's client, and the one callers off the event loops share (all within the cap). */
    private final Map<Object, SqlClient> clients = new ConcurrentHashMap<>();
    private final Map<Class<?>, Statements> statements = new ConcurrentHashMap<>();
    private final List<SqlClient> opened = new ArrayList<>();
    private boolean closed;

    PointReads(Vertx vertx, PointReadsConfig config, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
            @ConfigProperty(name = "quarkus.datasource.jdbc.additional-jdbc-properties.currentSchema") Optional<String> schema) {
        this.vertx = vertx;
        this.config = config;
        int timeoutMillis = (int) Math.min(Integer.MAX_VALUE / 2, config.timeout().toMillis());
        this.options = PgOptions.of(jdbcUrl, user.orElse(null), password.orElse(null), schema.orElse(null))
                .setCachePreparedStatements(true).setConnectTimeout(timeoutMillis)
                // how operators tell these connections from the JDBC pool's in pg_stat_activity
                .addProperty("application_name", APPLICATION_NAME)
                // the server gives up a read its client has already answered 503 for: a slow one would otherwise
                // hold up every read pipelined behind it on the connection
                .addProperty("statement_timeout", Integer.toString(timeoutMillis));
        // a connection on which nothing arrives this long is closed, as pgjdbc's socketTimeout does: one to a
        // vanished server would otherwise take reads until the kernel gives up on it (reads keep being written to
        // it, so this watches what comes back, not all traffic)
        options.setReadIdleTimeout((int) config.socketTimeout().toSeconds());
        options.setIdleTimeoutUnit(TimeUnit.SECONDS);
        // one connection per client: a pipelined client fills its first connection (up to the pipelining limit of
        // 256 reads in flight) before it opens another, so more would stay closed. The wait for the connection
        // outlasts the read's own timeout, which answers first with its 503.
        this.poolOptions = new PoolOptions().setMaxSize(1).setConnectionTimeout(2 * timeoutMillis)
                .setConnectionTimeoutUnit(TimeUnit.MILLISECONDS);
    }

    /**
     * The client of the calling event loop: pipelined (reads are written to the connection without waiting for the
     * answers before them, so the server reads and answers them in batches: a third less CPU per read on both sides
     * than a pool lending a connection per read, scenario 1) and connected from that loop, so a read does not cross
     * to another thread. At most {@code max-connections} clients, the one for callers off the loops included; loops
     * beyond that share them (and cross threads).
     */
    private SqlClient client() {
        Object key = Context.isOnEventLoopThread() ? Thread.currentThread() : OFF_EVENT_LOOP;
        SqlClient client = clients.get(key);
        return client != null ? client : clientFor(key);
    }

    private synchronized SqlClient clientFor(Object key) {
        if (closed) {
            throw ApiException.unavailable("The service is stopping; retry later");
        }
        return clients.computeIfAbsent(key, k -> {
            if (opened.size() >= Math.max(1, config.maxConnections())) {
                return opened.get(clients.size() % opened.size());
            }
            SqlClient client = PgBuilder.client().with(new PoolOptions(poolOptions).setName("point-reads-" + opened.size()))
                    .connectingTo(options).using(vertx).build();
            opened.add(client);
            return client;
        });
    }

    @PreDestroy
    synchronized void close() {
        closed = true;
        clients.clear();
        opened.forEach(SqlClient::closeAndForget);
    }

    /**
     * The GET of one record: 200 with its view and its version as the ETag, or a 404 naming the kind and the id.
     */
    public <E, V> Uni<RestResponse<V>> answer(TableReader<E> reader, String kind, long id, Instant asOf, Function<E, V> view,
            ToIntFunction<E> version) {
        return find(reader, id, asOf).map(row -> {
            if (row == null) {
                throw ApiException.notFound(kind, id);
            }
            return ETags.ok(view.apply(row), version.applyAsInt(row));
        });
    }

    /** The row as it is now or (asOf given) as it stood at that instant; a null item when there is none. */
    public <E> Uni<E> find(TableReader<E> reader, long id, Instant asOf) {
        Statements read = statements.computeIfAbsent(reader.entity(), entity -> new Statements(reader));
        String sql = asOf == null ? read.now() : read.asOf();
        Tuple args = asOf == null ? Tuple.of(id) : Tuple.of(id, OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC));
        return first(sql, args, row -> RowEntities.read(row, reader.entity()));
    }

    /**
     * The first row of any read-only statement, mapped, on the calling event loop's client and within the read timeout;
     * a null item when there is none.
     */
    public <T> Uni<T> first(String sql, Tuple args, Function<io.vertx.sqlclient.Row, T> map) {
        return client().preparedQuery(sql).execute(args)
                .ifNoItem().after(config.timeout())
                .failWith(() -> ApiException.unavailable("The database did not answer in time; retry later"))
                .map(rows -> {
                    RowIterator<Row> it = rows.iterator();
                    return it.hasNext() ? map.apply(it.next().getDelegate()) : null;
                });
    }
}
