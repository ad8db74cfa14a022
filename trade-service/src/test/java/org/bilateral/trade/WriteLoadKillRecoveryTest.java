package org.bilateral.trade;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.bilateral.testsupport.DevTokens;
import org.bilateral.testsupport.Management;
import org.bilateral.testsupport.RestartableDatabaseProfile;
import org.bilateral.testsupport.RestartablePostgres;
import org.junit.jupiter.api.Test;

/**
 * Concurrent creates and updates while PostgreSQL is killed abruptly (SIGKILL) and restarted: every
 * write the service acknowledged is there afterwards, none twice, and every record's revision chain
 * is whole. Modest volume (a few seconds); drills/db-kill.sh is the longer version.
 */
@QuarkusTest
@TestProfile(RestartableDatabaseProfile.class)
class WriteLoadKillRecoveryTest {

    /** Readiness is on the management interface, not the API port. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    private static final int WRITERS = 6;
    /** Figures written here use a pair no other test writes (this test also has a database of its own). */
    private static final String REPORTER = "PL";
    private static final String PARTNER = "EE";

    private record Ack(int version, int amount) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final String token = DevTokens.editor();
    private final AtomicInteger years = new AtomicInteger(1000);
    private final AtomicInteger sent = new AtomicInteger();
    private final Map<Long, Ack> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger acknowledgedWrites = new AtomicInteger();
    private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    /** The year of each created figure: an update replaces the whole figure and keeps its natural key. */
    private final Map<Long, Integer> yearsById = new ConcurrentHashMap<>();

    @Test
    void everyAcknowledgedWriteSurvivesAnAbruptKillUnderLoadWithNoDuplicateAndNoBrokenRevisionChain() throws Exception {
        awaitReady();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            writers.add(pool.submit(() -> write(running)));
        }
        try {
            Thread.sleep(1500);
            int beforeKill = acknowledgedWrites.get();
            RestartablePostgres.kill();
            Thread.sleep(500); // writes keep coming while the database is gone
            RestartablePostgres.start();
            // keep writing until the service has acknowledged writes again after the restart
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            int afterRestart = acknowledgedWrites.get();
            while (acknowledgedWrites.get() < afterRestart + 50 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(beforeKill > 0, "no write was acknowledged before the kill: " + outcomes);
            assertTrue(acknowledgedWrites.get() >= afterRestart + 50, "writes did not resume after the restart: " + outcomes);
        } finally {
            running.set(false);
            for (Future<?> writer : writers) {
                writer.get(30, TimeUnit.SECONDS);
            }
            pool.shutdown();
        }

        int found = 0;
        try (Connection db = RestartablePostgres.connect()) {
            Long[] ids = acknowledged.keySet().toArray(Long[]::new);
            Array idArray = db.createArrayOf("bigint", ids);
            try (PreparedStatement rows = db.prepareStatement("SELECT id, version, amount FROM trade.figure WHERE id = ANY (?)")) {
                rows.setArray(1, idArray);
                try (ResultSet rs = rows.executeQuery()) {
                    while (rs.next()) {
                        found++;
                        Ack ack = acknowledged.get(rs.getLong("id"));
                        int version = rs.getInt("version");
                        assertTrue(version >= ack.version(), "figure " + rs.getLong("id") + " lost an acknowledged update");
                        if (version == ack.version()) {
                            assertEquals(0, rs.getBigDecimal("amount").compareTo(BigDecimal.valueOf(ack.amount())),
                                    "figure " + rs.getLong("id") + " holds another amount than the acknowledged one");
                        }
                    }
                }
            }
            try (PreparedStatement duplicates = db.prepareStatement(
                    "SELECT count(*) FROM (SELECT 1 FROM trade.figure WHERE reporter = ? AND partner = ? "
                            + "GROUP BY flow, period_start, period_end HAVING count(*) > 1) d")) {
                duplicates.setString(1, REPORTER);
                duplicates.setString(2, PARTNER);
                try (ResultSet rs = duplicates.executeQuery()) {
                    rs.next();
                    assertEquals(0, rs.getInt(1), "some figure was stored twice");
                }
            }
            // each record's revisions: versions 1..n in order, a CREATE then UPDATEs, the last matching the row
            try (PreparedStatement chains = db.prepareStatement(
                    "SELECT r.resource_id, array_agg(r.version ORDER BY r.seq) AS versions, "
                            + "array_agg(r.operation ORDER BY r.seq) AS operations, f.version AS current "
                            + "FROM trade.revision r JOIN trade.figure f ON f.id = r.resource_id "
                            + "WHERE r.resource = 'figure' AND r.resource_id = ANY (?) GROUP BY r.resource_id, f.version")) {
                chains.setArray(1, idArray);
                int chained = 0;
                try (ResultSet rs = chains.executeQuery()) {
                    while (rs.next()) {
                        chained++;
                        Integer[] versions = (Integer[]) rs.getArray("versions").getArray();
                        String[] operations = (String[]) rs.getArray("operations").getArray();
                        for (int i = 0; i < versions.length; i++) {
                            assertEquals(i + 1, versions[i], "revision chain of figure " + rs.getLong(1) + " is broken");
                            assertEquals(i == 0 ? "CREATE" : "UPDATE", operations[i]);
                        }
                        assertEquals(rs.getInt("current"), versions[versions.length - 1]);
                    }
                }
                assertEquals(found, chained, "some acknowledged figure has no revision history");
            }
        }
        System.out.printf("[db-kill test] sent=%d acknowledged=%d (records %d) found=%d outcomes=%s%n",
                sent.get(), acknowledgedWrites.get(), acknowledged.size(), found, new TreeMap<>(outcomes));
        assertEquals(acknowledged.size(), found, "acknowledged figures missing after the kill");
        assertTrue(outcomes.keySet().stream().noneMatch(o -> o.endsWith(" 500")), "a write failed as a 500 instead of a 503: " + outcomes);
    }

    /** One writer: mostly creates, every third call an update of one of its own acknowledged figures. */
    private void write(AtomicBoolean running) {
        List<Long> mine = new ArrayList<>();
        int call = 0;
        while (running.get()) {
            call++;
            boolean update = call % 3 == 0 && !mine.isEmpty();
            String outcome;
            try {
                if (update) {
                    long id = mine.get(call % mine.size());
                    Ack before = acknowledged.get(id);
                    int amount = before.amount() + 1;
                    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/v1/trade/figures/" + id))
                            .header("If-Match", "\"" + before.version() + "\"")
                            .PUT(HttpRequest.BodyPublishers.ofString(figure(yearOf(id), amount))));
                    outcome = "PUT " + r.statusCode();
                    if (r.statusCode() == 200) {
                        acknowledged.put(id, new Ack(JsonPath.from(r.body()).getInt("version"), amount));
                        acknowledgedWrites.incrementAndGet();
                    }
                } else {
                    int year = years.getAndIncrement();
                    int amount = 100;
                    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/v1/trade/figures"))
                            .POST(HttpRequest.BodyPublishers.ofString(figure(year, amount))));
                    outcome = "POST " + r.statusCode();
                    if (r.statusCode() == 201) {
                        long id = JsonPath.from(r.body()).getLong("id");
                        yearsById.put(id, year);
                        acknowledged.put(id, new Ack(JsonPath.from(r.body()).getInt("version"), amount));
                        acknowledgedWrites.incrementAndGet();
                        mine.add(id);
                    }
                }
            } catch (java.io.IOException e) {
                outcome = (update ? "PUT " : "POST ") + "connection failed";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            sent.incrementAndGet();
            outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
            if (!outcome.endsWith("200") && !outcome.endsWith("201")) {
                try {
                    Thread.sleep(50); // a failing service is not hammered in a tight loop
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private int yearOf(long id) {
        return yearsById.get(id);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws java.io.IOException, InterruptedException {
        return http.send(request.header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + RestAssured.port + path);
    }

    private static String figure(int year, int amount) {
        return """
                {"reporter":"%s","partner":"%s","flow":"EXPORT",
                 "period":{"start":"%d-01-01","end":"%d-12-31","label":"%d"},
                 "value":{"amount":%d,"unit":"USD","scale":6,"qualifier":"EXACT"},
                 "source":{"source":"%s","locator":"p7"}}""".formatted(REPORTER, PARTNER, year, year, year, amount, FigureFixtures.SOURCE);
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (Management.given(management).when().get("/q/health/ready").then().extract().statusCode() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("service not ready");
    }
}
