package org.bilateral.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The change streams consumed through the gateway by a client nobody here wrote: the npm {@code eventsource} package
 * (pinned in package-lock.json), in change-stream.mjs. Changes are made before the stream opens (replayed from
 * {@code since}), while it is open (live), and while the consumer is away: the script cuts its connection in the middle
 * of the live changes, as a dropped connection would, the library reconnects by itself sending {@code Last-Event-ID},
 * and the test holds that reconnection until it has made more changes. Every change of the feed must then have arrived
 * exactly once, in the feed's order, with the feed's JSON. Skipped or failing without node like the browser tests.
 */
@ExtendWith(RunningPlatform.class)
class ChangeStreamClientsIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final List<String> KINDS = List.of("create", "update", "delete");

    private static Path work;

    @BeforeAll
    static void install() throws Exception {
        work = BrowserScripts.nodeProject("node-clients", "eventsource", "change-stream.mjs");
    }

    @Test
    void tradeStreamThroughTheGatewayIsCutResumedWithLastEventIdAndMissesNothing() throws Exception {
        String trade = RunningPlatform.gatewayUrl() + "/api/v1/trade";
        long head = ChangeFeeds.head(trade);
        RecordChanges figure = RecordChanges.figure(RunningPlatform.gatewayUrl(), 2071);
        figure.create();
        figure.update(2);

        List<JsonNode> events;
        List<JsonNode> connects;
        // cut after the 5th event: the 3 replayed ones and 2 of the 4 live ones
        try (NodeScript consumer = NodeScript.start(work, "change-stream.mjs", trade + "/changes/stream?entity=figures&since=" + head,
                "5", names(List.of(""), List.of("figures")))) {
            JsonNode open = consumer.await("open", WAIT);
            assertEquals(200, open.path("status").asInt(), consumer.output());
            assertTrue(open.path("contentType").asText().startsWith("text/event-stream"), open.toString());

            figure.update(4);
            consumer.await("cut", WAIT);
            figure.update(3); // made while the consumer is away
            consumer.send("resume");
            consumer.await("open", l -> l.path("connection").asInt() == 2, WAIT, "the reconnection");
            figure.update(2);
            figure.delete();

            List<JsonNode> feed = ChangeFeeds.since(trade, head).stream().filter(c -> c.path("resource").asText().equals("figures")).toList();
            assertEquals(3 + 4 + 3 + 3, feed.size(), "the feed holds the test's changes: " + feed);
            long last = feed.get(feed.size() - 1).path("cursor").asLong();
            consumer.await("event", e -> e.path("data").path("cursor").asLong() == last, WAIT, "the event of the last change");
            consumer.stop(WAIT);

            events = consumer.lines("event");
            connects = consumer.lines("connect");
            assertEquals(feed.stream().map(c -> Long.toString(c.path("cursor").asLong())).toList(),
                    events.stream().map(e -> e.path("id").asText()).toList(), "every change once, in the feed's order (event ids)");
            for (int i = 0; i < feed.size(); i++) {
                JsonNode change = feed.get(i);
                assertEquals(change, events.get(i).path("data"), "event data is the feed's JSON");
                assertEquals(change.path("resource").asText() + "." + change.path("operation").asText().toLowerCase(Locale.ROOT),
                        events.get(i).path("event").asText(), "event name of " + change);
            }
            assertResumedWhereItWasCut(connects, events, consumer);
        }
    }

    @Test
    void mergedStreamOfTheGatewayIsCutResumedWithItsCompositeIdAndMissesNothing() throws Exception {
        String gateway = RunningPlatform.gatewayUrl();
        Map<String, String> services = new LinkedHashMap<>();
        services.put("trade", gateway + "/api/v1/trade");
        services.put("agreements", gateway + "/api/v1/agreements");
        services.put("ventures", gateway + "/api/v1/ventures");
        Map<String, Long> heads = new LinkedHashMap<>();
        for (var s : services.entrySet()) {
            heads.put(s.getKey(), ChangeFeeds.head(s.getValue()));
        }
        String since = "t:" + heads.get("trade") + ",a:" + heads.get("agreements") + ",v:" + heads.get("ventures");
        RecordChanges figure = RecordChanges.figure(gateway, 2072);
        RecordChanges venture = RecordChanges.venture(gateway);
        figure.create();
        venture.create();

        List<JsonNode> events;
        try (NodeScript consumer = NodeScript.start(work, "change-stream.mjs", gateway + "/api/v1/changes/stream?since=" + since,
                "4", names(List.of("trade.", "agreements.", "ventures."), List.of("figures", "commodities", "targets", "rankings",
                        "providers", "agreements", "claims", "commissions", "events", "ventures", "organisations")))) {
            assertEquals(200, consumer.await("open", WAIT).path("status").asInt(), consumer.output());
            for (int i = 0; i < 3; i++) {
                figure.update();
                venture.update();
            }
            consumer.await("cut", WAIT);
            figure.update();
            venture.update(2);
            consumer.send("resume");
            consumer.await("open", l -> l.path("connection").asInt() == 2, WAIT, "the reconnection");
            venture.delete();
            figure.delete();

            Map<String, List<JsonNode>> feeds = new LinkedHashMap<>();
            for (var s : services.entrySet()) {
                feeds.put(s.getKey(), ChangeFeeds.since(s.getValue(), heads.get(s.getKey())));
            }
            assertEquals(1 + 3 + 1 + 1, feeds.get("trade").size(), "trade feed: " + feeds.get("trade"));
            assertEquals(1 + 3 + 2 + 1, feeds.get("ventures").size(), "ventures feed: " + feeds.get("ventures"));
            for (var feed : feeds.entrySet()) {
                if (!feed.getValue().isEmpty()) {
                    long last = feed.getValue().get(feed.getValue().size() - 1).path("cursor").asLong();
                    String prefix = feed.getKey() + ".";
                    consumer.await("event", e -> e.path("event").asText().startsWith(prefix) && e.path("data").path("cursor").asLong() == last,
                            WAIT, "the last " + feed.getKey() + " change");
                }
            }
            consumer.stop(WAIT);
            events = consumer.lines("event");

            // across services the merge may interleave freely; per service the order is the feed's
            for (var feed : feeds.entrySet()) {
                String prefix = feed.getKey() + ".";
                List<JsonNode> received = new ArrayList<>();
                events.stream().filter(e -> e.path("event").asText().startsWith(prefix)).forEach(e -> received.add(e.path("data")));
                assertEquals(feed.getValue(), received, feed.getKey() + ": every change once, in the feed's order");
            }
            for (JsonNode e : events) {
                String service = e.path("event").asText().split("\\.")[0];
                String key = service.substring(0, 1) + ":" + e.path("data").path("cursor").asLong();
                assertTrue(List.of(e.path("id").asText().split(",")).contains(key), "composite id " + e.path("id") + " carries " + key);
            }
            assertResumedWhereItWasCut(consumer.lines("connect"), events, consumer);
        }
    }

    /** The library's own reconnection sent the id of the last event it had received, and only that one reconnection happened. */
    private static void assertResumedWhereItWasCut(List<JsonNode> connects, List<JsonNode> events, NodeScript consumer) {
        assertEquals(2, connects.size(), "one connection, cut, one reconnection:\n" + consumer.output());
        assertTrue(connects.get(0).path("lastEventId").isNull(), "the first request has no Last-Event-ID: " + connects.get(0));
        List<JsonNode> beforeCut = events.stream().filter(e -> e.path("connection").asInt() == 1).toList();
        assertTrue(beforeCut.size() >= 4 && beforeCut.size() < events.size(), "cut mid-stream: " + beforeCut.size() + " of " + events.size());
        assertEquals(beforeCut.get(beforeCut.size() - 1).path("id").asText(), connects.get(1).path("lastEventId").asText(),
                "the reconnection's Last-Event-ID is the last id received");
        assertTrue(consumer.lines("cutoff").isEmpty() && consumer.lines("unexpected").isEmpty(), consumer.output());
    }

    /** Event names the script listens for: EventSource delivers named events only to listeners of that name. */
    private static String names(List<String> prefixes, List<String> entities) {
        List<String> names = new ArrayList<>();
        for (String prefix : prefixes) {
            for (String entity : entities) {
                for (String kind : KINDS) {
                    names.add(prefix + entity + "." + kind);
                }
            }
        }
        return String.join(",", names);
    }
}
