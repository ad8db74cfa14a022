package org.bilateral.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhook deliveries checked by a library nobody here wrote: the npm {@code standardwebhooks} package (pinned in
 * package-lock.json) in webhook-receiver.mjs, a partner's endpoint on loopback (the e2e platform allows plain http to
 * loopback callbacks: the launcher gives its services BILATERAL_WEBHOOKS_ALLOW_LOCAL_CALLBACKS, as ./bilateral does). A subscription is
 * made through the gateway, changes are made, and every delivery must verify and carry exactly the feed's changes, in
 * order, once each; then the library must reject the same delivery with a tampered body and with an old timestamp.
 */
@ExtendWith(RunningPlatform.class)
class WebhookClientsIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void everyDeliveryVerifiesWithStandardWebhooksAndForgeriesAreRejected() throws Exception {
        Path work = BrowserScripts.nodeProject("node-clients", "standardwebhooks", "webhook-receiver.mjs");
        String trade = RunningPlatform.gatewayUrl() + "/api/v1/trade";
        try (NodeScript receiver = NodeScript.start(work, "webhook-receiver.mjs")) {
            int port = receiver.await("listening", WAIT).path("port").asInt();
            JsonNode subscription = WebhookSubscriptions.create(trade, "http://127.0.0.1:" + port + "/hook", List.of("figures"));
            long id = subscription.path("id").asLong();
            try {
                String secret = subscription.path("secret").asText();
                assertTrue(secret.startsWith("whsec_"), "the secret is in the Standard Webhooks format: " + subscription);
                receiver.send("secret " + secret);
                receiver.await("ready", WAIT);

                RecordChanges figure = RecordChanges.figure(RunningPlatform.gatewayUrl(), 2073);
                figure.create();
                figure.update(5);
                figure.delete();
                List<JsonNode> feed = ChangeFeeds.since(trade, subscription.path("cursor").asLong()).stream()
                        .filter(c -> c.path("resource").asText().equals("figures")).toList();
                assertEquals(7, feed.size(), "the feed holds the test's changes: " + feed);
                long last = feed.get(feed.size() - 1).path("cursor").asLong();
                receiver.await("delivery", d -> d.path("payload").path("cursor").asLong() == last, WAIT, "the delivery of the last change");

                List<JsonNode> deliveries = receiver.lines("delivery");
                assertTrue(deliveries.stream().allMatch(d -> d.path("verified").asBoolean()), "every delivery verifies:\n" + receiver.output());
                assertTrue(receiver.lines("early").isEmpty(), "nothing was delivered before there was anything to deliver");
                assertEquals(feed, deliveries.stream().map(d -> d.path("payload")).toList(), "every change once, in the feed's order");
                for (JsonNode d : deliveries) {
                    assertEquals("msg_" + id + "_" + d.path("payload").path("cursor").asLong(), d.path("id").asText(), "webhook-id");
                    assertTrue(d.path("contentType").asText().startsWith("application/json"), d.toString());
                }

                receiver.send("forgeries");
                receiver.await("forgeries-done", WAIT);
                assertTrue(receiver.await("tampering", WAIT).path("changed").asBoolean(), "the tampered body differs");
                assertTrue(receiver.await("own-signature", WAIT).path("matches").asBoolean(),
                        "the script's own signature of the delivery equals the service's, so its old-timestamp forgery is signed right");
                Map<String, JsonNode> forgeries = receiver.lines("forgery").stream()
                        .collect(Collectors.toMap(f -> f.path("name").asText(), Function.identity()));
                assertTrue(forgeries.get("as received").path("accepted").asBoolean(), forgeries.toString());
                assertRejected(forgeries.get("tampered body"), "No matching signature found");
                assertRejected(forgeries.get("old timestamp, correctly signed"), "Message timestamp too old");
                assertRejected(forgeries.get("timestamp changed, signature as received"), "No matching signature found");
                receiver.stop(WAIT);
            } finally {
                WebhookSubscriptions.delete(trade, id);
            }
        }
    }

    private static void assertRejected(JsonNode forgery, String reason) {
        assertFalse(forgery.path("accepted").asBoolean(), "rejected: " + forgery);
        assertTrue(forgery.path("error").asText().contains(reason), forgery + " rejected for: " + reason);
    }
}
