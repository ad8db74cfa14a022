package org.bilateral.trade;

import static io.restassured.RestAssured.given;
import static org.bilateral.trade.FigureFixtures.FIGURES;
import static org.bilateral.trade.FigureFixtures.create;
import static org.bilateral.trade.FigureFixtures.validFigure;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.bilateral.support.webhook.CallbackUrls;
import org.bilateral.testsupport.DevTokens;
import org.bilateral.testsupport.WebhookReceiver;
import org.junit.jupiter.api.Test;

/** Webhook subscriptions: CRUD and ownership, validation, signed in-order deliveries, retries, pause and resume, a lost transaction. */
@QuarkusTest
class WebhookTest {

    private static final String SUBS = "/api/v1/trade/subscriptions";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    private static Response subscribe(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(SUBS);
    }

    @Test
    void aSubscriptionBelongsToItsSubjectAndShowsItsSecretOnce() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String owner = DevTokens.editor();
            String other = DevTokens.withGroups("editor", "partner-b");
            Response created = subscribe(owner, Map.of("url", receiver.url(), "entities", List.of("figures"), "kinds", List.of("create")));
            created.then().statusCode(201).header("Location", endsWith(SUBS + "/" + created.path("id")))
                    .body("secret", startsWith("whsec_")).body("status", is("ACTIVE")).body("entities", contains("figures"))
                    .body("kinds", contains("create"));
            int id = created.path("id");
            assertEquals(32, Base64.getDecoder().decode(created.<String>path("secret").substring(6)).length);

            given().auth().oauth2(owner).when().get(SUBS + "/" + id).then().statusCode(200).body("url", is(receiver.url()))
                    .body("$", not(hasKey("secret")));
            given().auth().oauth2(owner).when().get(SUBS).then().statusCode(200).body("id", hasItem(id)).body("secret", everyItem(nullValue()));
            given().auth().oauth2(other).when().get(SUBS + "/" + id).then().statusCode(404).contentType("application/problem+json");
            given().auth().oauth2(other).when().get(SUBS).then().statusCode(200).body("id", not(hasItem(id)));
            given().auth().oauth2(other).when().delete(SUBS + "/" + id).then().statusCode(404);
            given().auth().oauth2(other).when().post(SUBS + "/" + id + "/resume").then().statusCode(404);
            given().auth().oauth2(other).when().get(SUBS + "/" + id + "/deliveries").then().statusCode(404);
            given().auth().oauth2(DevTokens.admin()).when().get(SUBS + "/" + id).then().statusCode(200);
            given().auth().oauth2(DevTokens.admin()).when().get(SUBS).then().statusCode(200).body("id", hasItem(id));
            given().auth().oauth2(DevTokens.reader()).when().get(SUBS).then().statusCode(403);
            given().when().get(SUBS).then().statusCode(401);

            given().auth().oauth2(owner).when().delete(SUBS + "/" + id).then().statusCode(204);
            given().auth().oauth2(owner).when().get(SUBS + "/" + id).then().statusCode(404);
        }
    }

    @Test
    void badSubscriptionsAreProblemsNamingTheField() {
        String token = DevTokens.editor();
        Object[][] cases = {
                {Map.of("url", "ftp://127.0.0.1/hook"), "url"},
                {Map.of("url", "http://example.com/hook"), "url"},
                {Map.of("url", "https://no-such-host.invalid/hook"), "url"},
                {Map.of("url", "https://user:pw@127.0.0.1/hook"), "url"},
                {Map.of("url", "not a url"), "url"},
                {Map.of("entities", List.of("figures")), "url"},
                {Map.of("url", "http://127.0.0.1:9/hook", "entities", List.of("agreements")), "entities"},
                {Map.of("url", "http://127.0.0.1:9/hook", "kinds", List.of("explode")), "kinds"},
        };
        for (Object[] c : cases) {
            subscribe(token, c[0]).then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(c[1]));
        }
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"url\":\"http://127.0.0.1:9/h\",\"extra\":1}").when().post(SUBS)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void outsideDevAndTestOnlyHttpsToPublicAddressesIsCalled() {
        for (String refused : List.of("https://127.0.0.1/h", "https://10.1.2.3/h", "https://192.168.1.1/h", "https://172.16.0.1/h",
                "https://169.254.169.254/latest", "https://[::1]/h", "https://[fd00::1]/h", "https://100.64.0.1/h", "https://0.0.0.0/h",
                "http://93.184.216.34/h", "https://localhost/h")) {
            assertNotNull(CallbackUrls.refusal(refused, false), refused);
        }
        assertNull(CallbackUrls.refusal("https://93.184.216.34/hook", false));
        assertNull(CallbackUrls.refusal("http://127.0.0.1:8080/hook", true));
        assertNotNull(CallbackUrls.refusal("http://93.184.216.34/hook", true), "plain http only to loopback, even in dev");
    }

    @Test
    void aReceiverFailingForAWhileGetsEveryChangeInOrderSignedAndNoneLost() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            AtomicInteger calls = new AtomicInteger();
            receiver.answer = () -> calls.incrementAndGet() <= 2 ? 500 : 200;
            Response sub = subscribe(DevTokens.editor(), Map.of("url", receiver.url(), "entities", List.of("figures")));
            sub.then().statusCode(201);
            int subId = sub.path("id");
            String secret = sub.path("secret");
            long start = ((Number) sub.path("cursor")).longValue();

            List<Integer> ids = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                ids.add(create(validFigure()).path("id"));
            }
            Map<String, Object> body = validFigure();
            Response last = create(body);
            org.bilateral.testsupport.JsonBodies.nested(body, "value").put("amount", 99);
            given().auth().oauth2(DevTokens.editor()).header("If-Match", last.header("ETag")).contentType(ContentType.JSON).body(body)
                    .when().put(FIGURES + "/" + last.path("id")).then().statusCode(200);
            List<JsonNode> expected = feedSince(start, "figures");
            assertEquals(6, expected.size());

            await(() -> receiver.accepted().size() >= expected.size(), 30);
            List<WebhookReceiver.Received> accepted = receiver.accepted();
            assertEquals(expected.size(), accepted.size(), "each change accepted once");
            for (int i = 0; i < expected.size(); i++) {
                WebhookReceiver.Received r = accepted.get(i);
                JsonNode change = expected.get(i);
                assertEquals("msg_" + subId + "_" + change.get("cursor").asLong(), r.id());
                assertEquals(change, JSON.readTree(r.body()), "the body is the /changes item");
                assertEquals(sign(secret, r.id(), r.timestamp(), r.body()), r.signature());
                assertTrue(Math.abs(Long.parseLong(r.timestamp()) - System.currentTimeMillis() / 1000) < 120);
            }
            // the failed attempts were of the first change, retried under the same id
            List<WebhookReceiver.Received> failed = receiver.received.stream().filter(r -> r.answered() == 500).toList();
            assertEquals(2, failed.size()); // max-failures is 3 in the test profile
            assertTrue(failed.stream().allMatch(f -> f.id().equals(accepted.get(0).id())), "retries keep the webhook-id");

            given().auth().oauth2(DevTokens.editor()).queryParam("limit", 100).when().get(SUBS + "/" + subId + "/deliveries")
                    .then().statusCode(200)
                    .body("size()", is(8))
                    .body("findAll { it.statusCode == 500 }.size()", is(2))
                    .body("findAll { it.statusCode == 500 }.error", everyItem(startsWith("answered 500")))
                    .body("findAll { it.delivered }.size()", is(6))
                    .body("latencyMs", everyItem(greaterThanOrEqualTo(0)));
            given().auth().oauth2(DevTokens.editor()).when().delete(SUBS + "/" + subId).then().statusCode(204);
        }
    }

    @Test
    void aSubscriptionPausesAfterRepeatedFailuresAndResumesWhereItStopped() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.answer = () -> 503;
            Response sub = subscribe(DevTokens.editor(), Map.of("url", receiver.url(), "kinds", List.of("create")));
            int subId = sub.path("id");
            long start = ((Number) sub.path("cursor")).longValue();
            create(validFigure());
            create(validFigure());
            await(() -> "PAUSED".equals(given().auth().oauth2(DevTokens.editor()).get(SUBS + "/" + subId).path("status")), 30);
            given().auth().oauth2(DevTokens.editor()).when().get(SUBS + "/" + subId).then()
                    .body("failures", is(3)).body("pausedReason", containsString("answered 503"));
            int attempts = receiver.received.size();
            Thread.sleep(1500);
            assertEquals(attempts, receiver.received.size(), "a paused subscription is not called");

            receiver.answer = () -> 204;
            given().auth().oauth2(DevTokens.editor()).when().post(SUBS + "/" + subId + "/resume").then().statusCode(200)
                    .body("status", is("ACTIVE")).body("failures", is(0));
            List<JsonNode> expected = feedSince(start, null).stream().filter(c -> c.get("operation").asText().equals("CREATE")).toList();
            await(() -> receiver.accepted().size() >= expected.size(), 30);
            assertEquals(expected.stream().map(c -> "msg_" + subId + "_" + c.get("cursor").asLong()).toList(),
                    receiver.accepted().stream().map(WebhookReceiver.Received::id).toList());
            given().auth().oauth2(DevTokens.editor()).when().delete(SUBS + "/" + subId).then().statusCode(204);
        }
    }

    @Test
    void aDeliveryWhoseTransactionDiesIsRepeatedWithTheSameIdAndNothingIsLost() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            CountDownLatch arrived = new CountDownLatch(1);
            CountDownLatch killed = new CountDownLatch(1);
            AtomicInteger calls = new AtomicInteger();
            receiver.beforeAnswer = () -> {
                if (calls.incrementAndGet() == 1) {
                    arrived.countDown();
                    try {
                        killed.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            };
            Response sub = subscribe(DevTokens.editor(), Map.of("url", receiver.url(), "entities", List.of("figures")));
            int subId = sub.path("id");
            long start = ((Number) sub.path("cursor")).longValue();
            create(validFigure());
            create(validFigure());
            assertTrue(arrived.await(20, TimeUnit.SECONDS), "the first delivery arrived");
            // the worker waits for the answer inside its transaction: end that transaction's session, as a crash would
            int terminated;
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity "
                            + "WHERE state = 'idle in transaction' AND pid <> pg_backend_pid()")) {
                rs.next();
                terminated = rs.getInt(1);
            }
            killed.countDown();
            assertTrue(terminated >= 1, "the worker's transaction was found and ended");
            List<JsonNode> expected = feedSince(start, "figures");
            await(() -> receiver.accepted().stream().map(WebhookReceiver.Received::id).distinct().count() >= expected.size(), 30);
            List<String> ids = receiver.accepted().stream().map(WebhookReceiver.Received::id).toList();
            String first = "msg_" + subId + "_" + expected.get(0).get("cursor").asLong();
            assertEquals(first, ids.get(0));
            assertEquals(first, ids.get(1), "the delivery whose transaction died is repeated, same webhook-id");
            assertEquals(expected.stream().map(c -> "msg_" + subId + "_" + c.get("cursor").asLong()).toList(),
                    ids.stream().distinct().toList(), "then every change, in order");
            given().auth().oauth2(DevTokens.editor()).when().delete(SUBS + "/" + subId).then().statusCode(204);
        }
    }

    static List<JsonNode> feedSince(long start, String resource) throws Exception {
        JsonNode batch = JSON.readTree(given().queryParam("since", start).queryParam("limit", 1000).when().get("/api/v1/trade/changes")
                .then().statusCode(200).extract().asString());
        List<JsonNode> out = new ArrayList<>();
        batch.get("items").forEach(i -> {
            if (resource == null || resource.equals(i.get("resource").asText())) {
                out.add(i);
            }
        });
        return out;
    }

    static String sign(String secret, String id, String timestamp, String body) {
        return WebhookReceiver.sign(secret, id, timestamp, body);
    }

    static void await(BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + seconds + " s");
            }
            Thread.sleep(100);
        }
    }
}
