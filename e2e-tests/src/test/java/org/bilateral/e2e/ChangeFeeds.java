package org.bilateral.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A service's change feed ({@code <base>/changes}) read page by page: where it stands now, and every change after a
 * cursor. The stream and webhook tests compare what their clients received with it.
 */
final class ChangeFeeds {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ChangeFeeds() {
    }

    /** The feed's cursor now: a stream or subscription started here sees only what comes next. */
    static long head(String serviceBase) throws IOException, InterruptedException {
        long cursor = 0;
        while (true) {
            JsonNode batch = page(serviceBase, cursor);
            cursor = batch.path("nextCursor").asLong(cursor);
            if (!batch.path("hasMore").asBoolean(false)) {
                return cursor;
            }
        }
    }

    /** Every change after the cursor, oldest first, as the feed answers it. */
    static List<JsonNode> since(String serviceBase, long since) throws IOException, InterruptedException {
        List<JsonNode> changes = new ArrayList<>();
        long cursor = since;
        while (true) {
            JsonNode batch = page(serviceBase, cursor);
            batch.path("items").forEach(changes::add);
            cursor = batch.path("nextCursor").asLong(cursor);
            if (!batch.path("hasMore").asBoolean(false)) {
                return changes;
            }
        }
    }

    private static JsonNode page(String serviceBase, long since) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(serviceBase + "/changes?limit=1000&since=" + since))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), serviceBase + "/changes: " + r.body());
        return Http.JSON.readTree(r.body());
    }
}
