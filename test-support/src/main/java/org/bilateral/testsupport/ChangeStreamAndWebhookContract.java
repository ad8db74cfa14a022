package org.bilateral.testsupport;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A service's wiring of the shared live stream and webhooks: a record it creates reaches its own stream, filtered to
 * its entity, and a signed delivery of a subscription to that entity. A module's {@code @QuarkusTest} extends this.
 */
public abstract class ChangeStreamAndWebhookContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    private final String service;
    private final String entity;

    /** service: the path segment of the API (/api/v1/{service}); entity: the records {@link #createRecord()} makes. */
    protected ChangeStreamAndWebhookContract(String service, String entity) {
        this.service = service;
        this.entity = entity;
    }

    /** Creates one record of the entity through the API and answers its id. */
    protected abstract long createRecord();

    @Test
    void aNewRecordReachesTheLiveStreamAndASignedWebhook() throws Exception {
        String api = "/api/v1/" + service;
        try (WebhookReceiver receiver = new WebhookReceiver();
                SseClient stream = SseClient.open(base.toString().replaceAll("/$", "") + api + "/changes/stream?entity=" + entity, Map.of())) {
            assertEquals(200, stream.status());
            Response sub = given().auth().oauth2(DevTokens.editor()).contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url(), "entities", List.of(entity), "kinds", List.of("create"))).when()
                    .post(api + "/subscriptions").then().statusCode(201).extract().response();
            String secret = sub.path("secret");
            int subId = sub.path("id");
            Thread.sleep(300); // the stream has joined the live feed by now (it replays nothing: no since)

            long id = createRecord();

            SseClient.Event event = stream.next(Duration.ofSeconds(15));
            assertEquals(entity + ".create", event.name());
            JsonNode change = JSON.readTree(event.data());
            assertEquals(id, change.get("id").asLong());
            assertEquals(event.id(), change.get("cursor").asText());

            WebhookReceiver.await(() -> !receiver.accepted().isEmpty(), 20);
            WebhookReceiver.Received delivered = receiver.accepted().get(0);
            assertEquals(change, JSON.readTree(delivered.body()));
            assertEquals("msg_" + subId + "_" + event.id(), delivered.id());
            assertEquals(WebhookReceiver.sign(secret, delivered.id(), delivered.timestamp(), delivered.body()), delivered.signature());
            assertTrue(receiver.accepted().size() == 1);
            given().auth().oauth2(DevTokens.editor()).when().delete(api + "/subscriptions/" + subId).then().statusCode(204);
        }
    }
}
