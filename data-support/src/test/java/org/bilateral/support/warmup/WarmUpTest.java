package org.bilateral.support.warmup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.vertx.http.HttpsServerStart;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The warm-up against a real HTTP server standing in for the service's own port. */
class WarmUpTest {

    private Vertx vertx;
    private HttpServer server;
    private final AtomicInteger served = new AtomicInteger();
    private final Set<String> asked = ConcurrentHashMap.newKeySet();
    private final Set<String> agents = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void startServer() throws Exception {
        vertx = Vertx.vertx();
        server = vertx.createHttpServer().requestHandler(request -> {
            served.incrementAndGet();
            asked.add(request.uri());
            agents.add(String.valueOf(request.getHeader("User-Agent")));
            // ids above 3 are not stored
            boolean missing = request.path().matches(".*/([4-9]|\\d\\d+)$");
            request.response().setStatusCode(missing ? 404 : 200).end("{}");
        }).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void readinessIsDownWhileItLoadsTheServerAndUpWithWhatItSentWhenDone() throws Exception {
        WarmUp warmUp = new WarmUp(vertx, null, config(Duration.ofMillis(600), List.of("/things/{n}", "/things?size=20"), 5, Duration.ofSeconds(5)), "enabled");
        assertEquals(HealthCheckResponse.Status.DOWN, warmUp.call().getStatus(), "down before the HTTP server started");

        warmUp.run("127.0.0.1", server.actualPort());
        HealthCheckResponse running = warmUp.call();
        assertEquals(HealthCheckResponse.Status.DOWN, running.getStatus());
        assertEquals("running", running.getData().orElseThrow().get("state"));

        HealthCheckResponse done = awaitDone(warmUp);
        assertEquals(HealthCheckResponse.Status.UP, done.getStatus());
        Map<String, Object> data = done.getData().orElseThrow();
        assertEquals((long) served.get(), ((Number) data.get("requests")).longValue(), "every request it sent was answered: " + data);
        assertTrue(served.get() > 20, "it kept " + 5 + " requests in flight for the duration: " + served.get());
        assertTrue(((Number) data.get("404")).longValue() > 0 && ((Number) data.get("2xx")).longValue() > 0, data.toString());
        assertEquals(0L, ((Number) data.get("failed")).longValue());
        assertTrue(((Number) data.get("took ms")).longValue() >= 600, data.toString());
        // {n} ran through 1..ids, and every path was asked
        assertEquals(Set.of("/things/1", "/things/2", "/things/3", "/things/4", "/things/5", "/things?size=20"), asked);
        assertEquals(Set.of(WarmUp.USER_AGENT), agents);
    }

    @Test
    void aServerThatRefusesDoesNotHoldReadinessBeyondTheDuration() throws Exception {
        int closedPort = server.actualPort();
        server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        WarmUp warmUp = new WarmUp(vertx, null, config(Duration.ofMillis(400), List.of("/things/{n}"), 10, Duration.ofSeconds(5)), "enabled");

        warmUp.run("127.0.0.1", closedPort);
        HealthCheckResponse done = awaitDone(warmUp);
        assertEquals(HealthCheckResponse.Status.UP, done.getStatus());
        long failed = ((Number) done.getData().orElseThrow().get("failed")).longValue();
        // each of the 8 connections retries every 100 ms rather than spinning on the refusal: about 4 tries each
        assertTrue(failed >= 8 && failed <= 8 * (400 / 100 + 2), "failed " + failed);
    }

    @Test
    void aServerThatNeverAnswersHoldsReadinessOnlyUntilTheRequestsTimeOut() throws Exception {
        HttpServer silent = vertx.createHttpServer().requestHandler(request -> {
            // takes the request and never answers
        }).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        WarmUp warmUp = new WarmUp(vertx, null, config(Duration.ofMillis(200), List.of("/things/{n}"), 10, Duration.ofMillis(300)), "enabled");

        warmUp.run("127.0.0.1", silent.actualPort());
        HealthCheckResponse done = awaitDone(warmUp);
        assertEquals(HealthCheckResponse.Status.UP, done.getStatus(), "ready once the hung requests timed out (300 ms)");
        assertEquals(8L, ((Number) done.getData().orElseThrow().get("failed")).longValue(), "one hung request per connection");
    }

    @Test
    void aServiceTakingHttpsOnlyIsReadyWithoutTheWarmUpAndOneTakingBothWaitsForIt() {
        WarmUp httpsOnly = new WarmUp(vertx, null, config(Duration.ofSeconds(5), List.of("/things"), 4, Duration.ofSeconds(5)), "disabled");
        httpsOnly.onHttpsServerStart(new HttpsServerStart(new HttpServerOptions()));
        assertEquals(HealthCheckResponse.Status.UP, httpsOnly.call().getStatus());

        WarmUp both = new WarmUp(vertx, null, config(Duration.ofSeconds(5), List.of("/things"), 4, Duration.ofSeconds(5)), "enabled");
        both.onHttpsServerStart(new HttpsServerStart(new HttpServerOptions()));
        assertEquals(HealthCheckResponse.Status.DOWN, both.call().getStatus(), "the plain-HTTP server's start will run it");
    }

    @Test
    void withoutADurationOrPathsItIsOffAndReadinessDoesNotWait() {
        assertEquals(HealthCheckResponse.Status.UP, new WarmUp(vertx, null, config(Duration.ZERO, List.of("/things"), 4, Duration.ofSeconds(5)), "enabled").call().getStatus());
        HealthCheckResponse noPaths = new WarmUp(vertx, null, config(Duration.ofSeconds(5), List.of(), 4, Duration.ofSeconds(5)), "enabled").call();
        assertEquals(HealthCheckResponse.Status.UP, noPaths.getStatus());
        assertEquals("off", noPaths.getData().orElseThrow().get("state"));
    }

    private static HealthCheckResponse awaitDone(WarmUp warmUp) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (warmUp.state() != WarmUp.State.DONE && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return warmUp.call();
    }

    private static WarmUpConfig config(Duration duration, List<String> paths, int ids, Duration requestTimeout) {
        return new WarmUpConfig() {
            @Override
            public Duration duration() {
                return duration;
            }

            @Override
            public int connections() {
                return 8;
            }

            @Override
            public Optional<List<String>> paths() {
                return Optional.of(paths);
            }

            @Override
            public Duration requestTimeout() {
                return requestTimeout;
            }

            @Override
            public int ids() {
                return ids;
            }
        };
    }
}
