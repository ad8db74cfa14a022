package org.bilateral.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.restassured.RestAssured;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javax.sql.DataSource;
import org.bilateral.support.query.Criteria;
import org.bilateral.support.query.PointReads;
import org.bilateral.support.query.TableReader;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A GET of one record is read on the event loop ({@link PointReads}: the reactive client, the row mapped column by
 * column), everything else through Hibernate. For every stored row, now and at an instant, both must give the same
 * answer: the view of the row Hibernate maps, written as JSON, equals the view of the row the point read maps.
 * Called from a running application's test.
 */
public final class PointReadContract {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private PointReadContract() {
    }

    /**
     * @param reader the table's reader (Hibernate's side: every row, and one by id now or at an instant)
     * @param id the entity's id
     * @param view the API view the GET answers with
     */
    public static <E> void assertSameViews(TableReader<E> reader, ToLongFunction<E> id, Function<E, ?> view) {
        PointReads reads = Arc.container().instance(PointReads.class).get();
        ObjectMapper json = Arc.container().instance(ObjectMapper.class).get();
        List<E> rows = reader.list(new Criteria(), "t.id", null);
        assertFalse(rows.isEmpty(), "no rows to compare; the seed should have stored some");
        Instant now = Instant.now();
        for (E row : rows) {
            long key = id.applyAsLong(row);
            assertEquals(text(json, view, row), text(json, view, pointRead(reads, reader, key, null)), "row " + key + " now");
            assertEquals(text(json, view, reader.find(key, now)), text(json, view, pointRead(reads, reader, key, now)),
                    "row " + key + " as of " + now);
        }
        long missing = rows.stream().mapToLong(id).max().orElseThrow() + 1_000_000;
        assertNull(pointRead(reads, reader, missing, null), "an id with no row reads as none");
        assertNull(pointRead(reads, reader, missing, now), "an id with no row reads as none at an instant too");
        assertNull(pointRead(reads, reader, id.applyAsLong(rows.get(0)), Instant.parse("2000-01-01T00:00:00Z")),
                "a row read before it existed is none");
    }

    /**
     * Many GETs of one record at once, over HTTP: every one answers 200 with the record, and all of them shared the
     * point reads' few connections (one per event loop, reads pipelined on it), never more than
     * {@code bilateral.point-reads.max-connections}.
     *
     * @param collection the path of the records' collection, e.g. {@code /api/v1/ventures}; its stored rows are asked
     *        round-robin
     */
    public static <E> void assertConcurrentReadsShareFewConnections(TableReader<E> reader, ToLongFunction<E> id, String collection,
            int requests) throws InterruptedException {
        List<String> paths = reader.list(new Criteria(), "t.id", null).stream().map(row -> collection + "/" + id.applyAsLong(row)).toList();
        assertFalse(paths.isEmpty(), "no rows to read; the seed should have stored some");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            URI uri = URI.create(RestAssured.baseURI + ":" + RestAssured.port + paths.get(i % paths.size()));
            answers.add(http.sendAsync(HttpRequest.newBuilder(uri).timeout(WAIT).GET().build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (int i = 0; i < requests; i++) {
            HttpResponse<String> answer = answers.get(i).join();
            assertEquals(200, answer.statusCode(), answer.uri() + ": " + answer.body());
        }
        // one client per event loop and one for callers off the loops (as assertSameViews is), each on one
        // connection however many reads are in flight; a pool lending a connection per read would open up to the cap
        int cap = ConfigProvider.getConfig().getValue("bilateral.point-reads.max-connections", Integer.class);
        int loops = ConfigProvider.getConfig().getOptionalValue("quarkus.vertx.event-loops-pool-size", Integer.class)
                .orElse(2 * Runtime.getRuntime().availableProcessors());
        int most = Math.min(cap, loops + 1);
        // an application instance stopped before this one (another test profile) closes its connections
        // asynchronously: allow them a moment to go
        int open = connectionsNamed(PointReads.APPLICATION_NAME);
        for (int tries = 0; open > most && tries < 50; tries++) {
            Thread.sleep(100);
            open = connectionsNamed(PointReads.APPLICATION_NAME);
        }
        assertTrue(open >= 1 && open <= most, open + " point-read connections open after " + requests
                + " concurrent reads; expected 1 to " + most + " (one per event loop, at most bilateral.point-reads.max-connections)");
    }

    private static int connectionsNamed(String applicationName) {
        DataSource db = Arc.container().instance(DataSource.class).get();
        try (Connection c = db.getConnection();
                PreparedStatement count = c.prepareStatement(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = ?")) {
            count.setString(1, applicationName);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <E> E pointRead(PointReads reads, TableReader<E> reader, long id, Instant asOf) {
        return reads.find(reader, id, asOf).await().atMost(WAIT);
    }

    private static <E> String text(ObjectMapper json, Function<E, ?> view, E row) {
        try {
            return row == null ? "null" : json.writeValueAsString(view.apply(row));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
