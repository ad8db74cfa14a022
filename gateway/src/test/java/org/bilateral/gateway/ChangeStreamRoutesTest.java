package org.bilateral.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import org.bilateral.testsupport.SseClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Change streams through the gateway: passed through without the route timeout, and the three merged with a composite id. */
@QuarkusTest
class ChangeStreamRoutesTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void reset() {
        Stubs.reset();
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    @Test
    void aServiceStreamPassesThroughLongerThanTheRouteTimeout() {
        // the body comes in pieces over 3 s; the test route timeout is 1 s
        Stubs.trade().register(get(urlEqualTo("/api/v1/trade/changes/stream?since=4"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
                        .withBody("id: 5\nevent: figures.create\ndata: {\"cursor\":5}\n\n: heartbeat\n\nid: 6\nevent: figures.delete\ndata: {\"cursor\":6}\n\n")
                        .withChunkedDribbleDelay(3, 3000)));
        try (SseClient stream = SseClient.open(url("/api/v1/trade/changes/stream?since=4"), Map.of())) {
            assertEquals(200, stream.status());
            assertEquals("5", stream.next(WAIT).id());
            SseClient.Event last = stream.next(WAIT);
            assertEquals("6", last.id());
            assertEquals("figures.delete", last.name());
        }
    }

    @Test
    void theMergedStreamNamesEachServiceAndItsIdResumesAllThree() throws Exception {
        Stubs.trade().register(get(urlEqualTo("/api/v1/trade/changes/stream?since=3"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
                        .withBody(": open\n\nid: 6\nevent: figures.create\ndata: {\"cursor\":6,\"resource\":\"figures\"}\n\n")
                        .withChunkedDribbleDelay(2, 1500)));
        for (String service : new String[] {"agreements", "ventures"}) {
            String since = service.equals("agreements") ? "4" : "5";
            Stubs.client(service).register(get(urlEqualTo("/api/v1/" + service + "/changes/stream?since=" + since))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
                            .withBody(": open\n\n: heartbeat\n\n: heartbeat\n\n").withChunkedDribbleDelay(3, 6000)));
        }
        try (SseClient stream = SseClient.open(url("/api/v1/changes/stream"),
                Map.of("Last-Event-ID", "t:3,a:4,v:5", "Authorization", "Bearer opaque-token"))) {
            assertEquals(200, stream.status());
            assertTrue(stream.header("Content-Type").startsWith("text/event-stream"));
            SseClient.Event first = stream.next(WAIT);
            assertEquals("trade.figures.create", first.name());
            assertEquals("t:6,a:4,v:5", first.id());
            assertEquals("{\"cursor\":6,\"resource\":\"figures\"}", first.data());
            // trade's stream ended (the stub's body is over): the merged one ends with where to resume
            SseClient.Event cutoff = stream.next(WAIT);
            assertEquals("cutoff", cutoff.name());
            assertEquals("t:6,a:4,v:5", cutoff.id());
        }
        Stubs.agreements().verifyThat(getRequestedFor(urlEqualTo("/api/v1/agreements/changes/stream?since=4"))
                .withHeader("Authorization", equalTo("Bearer opaque-token")));
    }

    @Test
    void aBadCompositeIdOrAServiceRefusingIsAProblem() {
        given().header("Last-Event-ID", "17").when().get("/api/v1/changes/stream").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("since", "t:1,t:2").when().get("/api/v1/changes/stream").then().statusCode(400)
                .contentType("application/problem+json");
        for (String service : new String[] {"trade", "agreements", "ventures"}) {
            Stubs.client(service).register(get(urlEqualTo("/api/v1/" + service + "/changes/stream"))
                    .willReturn(aResponse().withStatus(service.equals("agreements") ? 429 : 200)
                            .withHeader("Content-Type", service.equals("agreements") ? "application/problem+json" : "text/event-stream")
                            .withBody(service.equals("agreements") ? "{\"status\":429,\"title\":\"Too many streams\"}" : ": open\n\n")
                            .withChunkedDribbleDelay(1, 10)));
        }
        given().when().get("/api/v1/changes/stream").then().statusCode(429).contentType("application/problem+json");
    }
}
