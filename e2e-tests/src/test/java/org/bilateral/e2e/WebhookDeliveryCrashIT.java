package org.bilateral.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bilateral.platform.JavaRuntime;
import org.bilateral.platform.PlatformSettings;
import org.bilateral.platform.ServiceProcess;
import org.bilateral.testsupport.WebhookReceiver;
import org.junit.jupiter.api.Test;

/**
 * A trade-service killed with SIGKILL while webhook deliveries are in flight, then restarted on the same database:
 * nothing is lost and the only duplicates are those the Standard Webhooks specification allows, a repeat with the
 * same webhook-id (and body). The service is its own packaged jar on free ports with its own embedded PostgreSQL, not
 * the shared e2e platform, so killing it disturbs no other test. Each of two receivers holds one delivery unanswered
 * (the 10th, the 25th) until the process is dead, so the kill always falls between a delivery being sent and its
 * cursor being committed; both must be repeated after the restart, and everything after them delivered in order.
 */
class WebhookDeliveryCrashIT {

    private static final Duration READY = Duration.ofSeconds(180);

    @Test
    void killedDuringDeliveriesAndRestartedLosesNothingAndRepeatsOnlyWithTheSameWebhookId() throws Exception {
        Path jar = RunningPlatform.repositoryRoot().resolve("trade-service/target/quarkus-app/quarkus-run.jar");
        Path logFile = RunningPlatform.buildDirectory().resolve("webhook-crash-trade.log");
        Files.createDirectories(logFile.getParent());
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start();
                PrintStream log = new PrintStream(Files.newOutputStream(logFile), true, StandardCharsets.UTF_8);
                Held first = new Held(10);
                Held second = new Held(25)) {
            int[] ports = freePorts();
            int port = ports[0];
            int managementPort = ports[1];
            Map<String, String> env = new HashMap<>();
            env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
            env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
            env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", RunningPlatform.repositoryRoot().resolve("dev/jwt/publicKey.pem").toString());
            env.put("MP_JWT_VERIFY_ISSUER", PlatformSettings.DEV_ISSUER);
            env.put("BILATERAL_WEBHOOKS_ALLOW_LOCAL_CALLBACKS", "true");
            // a held delivery must still be in flight when the kill comes, not timed out and retried before it
            env.put("BILATERAL_WEBHOOKS_TIMEOUT", "120s");
            String base = "http://localhost:" + port;
            String trade = base + "/api/v1/trade";

            ServiceProcess service = start(jar, port, managementPort, env, log);
            JsonNode subscriptionA = WebhookSubscriptions.create(trade, first.receiver.url(), List.of("figures"));
            JsonNode subscriptionB = WebhookSubscriptions.create(trade, second.receiver.url(), List.of("figures"));
            long from = subscriptionA.path("cursor").asLong();
            assertEquals(from, subscriptionB.path("cursor").asLong(), "both subscriptions start at the same feed position");

            RecordChanges figure = RecordChanges.figure(base, 2074);
            figure.create();
            figure.update(39);
            assertTrue(first.holding.await(120, TimeUnit.SECONDS), "the first receiver got its 10th delivery");
            assertTrue(second.holding.await(120, TimeUnit.SECONDS), "the second receiver got its 25th delivery");
            Process killed = service.process();
            killed.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no rollback, no answer
            assertTrue(killed.waitFor(30, TimeUnit.SECONDS), "the killed process ended");
            assertEquals(137, killed.exitValue(), "ended by SIGKILL (128 + 9)");
            first.killed.countDown();
            second.killed.countDown();

            service = start(jar, port, managementPort, env, log);
            try {
                figure.update(5);
                figure.delete();
                List<JsonNode> feed = ChangeFeeds.since(trade, from).stream().filter(c -> c.path("resource").asText().equals("figures")).toList();
                assertEquals(1 + 39 + 5 + 1, feed.size(), "the feed holds the test's changes");
                List<Long> cursors = feed.stream().map(c -> c.path("cursor").asLong()).toList();
                for (Held held : List.of(first, second)) {
                    WebhookReceiver.await(() -> distinctCursors(held.receiver).containsAll(cursors), 120);
                }
                assertDeliveredOnceInOrderOrRepeatedAsAllowed(first, subscriptionA, feed);
                assertDeliveredOnceInOrderOrRepeatedAsAllowed(second, subscriptionB, feed);
            } finally {
                service.stop(Duration.ofSeconds(20));
            }
        }
    }

    private static void assertDeliveredOnceInOrderOrRepeatedAsAllowed(Held held, JsonNode subscription, List<JsonNode> feed)
            throws IOException {
        String secret = subscription.path("secret").asText();
        long id = subscription.path("id").asLong();
        Map<String, WebhookReceiver.Received> firstById = new HashMap<>();
        int next = 0;
        int repeats = 0;
        for (WebhookReceiver.Received r : held.receiver.received) {
            assertEquals(WebhookReceiver.sign(secret, r.id(), r.timestamp(), r.body()), r.signature(), "signature of " + r.id());
            JsonNode change = Http.JSON.readTree(r.body());
            assertEquals("msg_" + id + "_" + change.path("cursor").asLong(), r.id(), "webhook-id names subscription and change");
            WebhookReceiver.Received earlier = firstById.putIfAbsent(r.id(), r);
            if (earlier == null) {
                // a first delivery must be the next change of the feed: none skipped, none out of order
                assertTrue(next < feed.size(), "more changes delivered than made: " + r.id());
                assertEquals(feed.get(next), change, "delivery " + (next + 1) + " of subscription " + id + " is the feed's next change");
                next++;
            } else {
                assertEquals(earlier.body(), r.body(), "a repeat of " + r.id() + " has the same body");
                repeats++;
            }
        }
        assertEquals(feed.size(), next, "every change delivered to subscription " + id);
        String heldId = "msg_" + id + "_" + feed.get(held.holdAt - 1).path("cursor").asLong();
        long heldDeliveries = held.receiver.received.stream().filter(r -> r.id().equals(heldId)).count();
        assertTrue(heldDeliveries >= 2, "the delivery in flight at the kill (" + heldId + ") was repeated after the restart");
        System.out.printf("[e2e] subscription %d: %d changes, %d deliveries, %d repeated with the same webhook-id%n", id, feed.size(),
                held.receiver.received.size(), repeats);
    }

    private static Set<Long> distinctCursors(WebhookReceiver receiver) {
        Set<Long> cursors = new HashSet<>();
        for (WebhookReceiver.Received r : receiver.received) {
            cursors.add(Long.parseLong(r.id().substring(r.id().lastIndexOf('_') + 1)));
        }
        return cursors;
    }

    private static ServiceProcess start(Path jar, int port, int managementPort, Map<String, String> env, PrintStream log) throws Exception {
        ServiceProcess service = new ServiceProcess("trade", port, managementPort, jar, env,
                PlatformSettings.fromEnvironment(Map.of()).javaOptionsFor(JavaRuntime.running()), log);
        service.start();
        service.awaitReady(Instant.now().plus(READY));
        return service;
    }

    /** Two distinct free ports (both held open while asked for, so the system cannot hand out one twice). */
    private static int[] freePorts() throws IOException {
        try (ServerSocket a = new ServerSocket(0); ServerSocket b = new ServerSocket(0)) {
            return new int[] {a.getLocalPort(), b.getLocalPort()};
        }
    }

    /** A slow receiver (20 ms per request, so deliveries trail the writes) that leaves its n-th request unanswered until the kill. */
    private static final class Held implements AutoCloseable {
        final WebhookReceiver receiver = new WebhookReceiver();
        final CountDownLatch holding = new CountDownLatch(1);
        final CountDownLatch killed = new CountDownLatch(1);
        final int holdAt;

        Held(int holdAt) throws IOException {
            this.holdAt = holdAt;
            AtomicInteger requests = new AtomicInteger();
            receiver.beforeAnswer = () -> {
                try {
                    if (requests.incrementAndGet() == holdAt) {
                        holding.countDown();
                        killed.await(180, TimeUnit.SECONDS);
                    } else {
                        Thread.sleep(20);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
        }

        @Override
        public void close() {
            killed.countDown();
            receiver.close();
        }
    }
}
