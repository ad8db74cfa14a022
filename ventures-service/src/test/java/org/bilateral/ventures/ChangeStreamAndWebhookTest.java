package org.bilateral.ventures;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bilateral.testsupport.DevTokens;
import org.bilateral.testsupport.SseClient;
import org.bilateral.testsupport.WebhookReceiver;
import org.junit.jupiter.api.Test;

/** This service's wiring of the shared live stream and webhooks: its own entities, in both. */
@QuarkusTest
class ChangeStreamAndWebhookTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    @Test
    void aNewRecordReachesTheLiveStreamAndASignedWebhook() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver();
                SseClient stream = SseClient.open(base.toString().replaceAll("/$", "") + "/api/v1/ventures/changes/stream?entity=ventures", Map.of())) {
            assertEquals(200, stream.status());
            Response sub = given().auth().oauth2(DevTokens.editor()).contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url(), "entities", List.of("ventures"), "kinds", List.of("create"))).when()
                    .post("/api/v1/ventures/subscriptions").then().statusCode(201).extract().response();
            String secret = sub.path("secret");
            int subId = sub.path("id");
            Thread.sleep(300); // the stream has joined the live feed by now (it replays nothing: no since)

            long id = ((Number) VentureFixtures.create(VentureFixtures.validVenture()).path("id")).longValue();

            SseClient.Event event = stream.next(Duration.ofSeconds(15));
            assertEquals("ventures.create", event.name());
            JsonNode change = JSON.readTree(event.data());
            assertEquals(id, change.get("id").asLong());
            assertEquals(event.id(), change.get("cursor").asText());

            WebhookReceiver.await(() -> !receiver.accepted().isEmpty(), 20);
            WebhookReceiver.Received delivered = receiver.accepted().get(0);
            assertEquals(change, JSON.readTree(delivered.body()));
            assertEquals("msg_" + subId + "_" + event.id(), delivered.id());
            assertEquals(WebhookReceiver.sign(secret, delivered.id(), delivered.timestamp(), delivered.body()), delivered.signature());
            assertTrue(receiver.accepted().size() == 1);
            given().auth().oauth2(DevTokens.editor()).when().delete("/api/v1/ventures/subscriptions/" + subId).then().statusCode(204);
        }
    }
}
