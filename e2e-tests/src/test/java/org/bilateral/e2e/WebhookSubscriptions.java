package org.bilateral.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bilateral.testsupport.DevTokens;

/** Webhook subscriptions of a service ({@code <base>/subscriptions}) made and removed with an editor token. */
final class WebhookSubscriptions {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private WebhookSubscriptions() {
    }

    /** The created subscription as answered: id, cursor (the feed position it starts after) and the secret, shown once. */
    static JsonNode create(String serviceBase, String callback, List<String> entities) throws IOException, InterruptedException {
        String body = Http.JSON.writeValueAsString(Map.of("url", callback, "entities", entities));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(serviceBase + "/subscriptions"))
                .header("Authorization", DevTokens.bearer(DevTokens.editor())).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), "subscribing " + callback + ": " + r.body());
        return Http.JSON.readTree(r.body());
    }

    static void delete(String serviceBase, long id) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(serviceBase + "/subscriptions/" + id))
                .header("Authorization", DevTokens.bearer(DevTokens.editor())).timeout(Duration.ofSeconds(30)).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(204, r.statusCode(), "deleting subscription " + id + ": " + r.body());
    }
}
