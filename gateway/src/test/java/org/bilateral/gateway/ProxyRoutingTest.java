package org.bilateral.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import org.bilateral.testsupport.DevTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pure prefix routing: method, path, query, headers, bodies and statuses pass through both ways. */
@QuarkusTest
class ProxyRoutingTest {

    private static final String PROBLEM = "{\"type\":\"https://bilateral.example/problems/precondition-failed\",\"title\":\"Precondition failed\","
            + "\"status\":412,\"detail\":\"The resource has changed\"}";

    @BeforeEach
    void reset() {
        Stubs.reset();
    }

    @Test
    void getPassesPathQueryAndHeadersAndRelaysStatusHeadersAndBody() {
        Stubs.trade().register(get(urlEqualTo("/api/v1/trade/figures?reporter=BY&flow=EXPORT&page=1&size=2"))
                .withHeader("Accept", equalTo("text/csv"))
                .withHeader("Authorization", equalTo("Bearer opaque-read-token"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/csv")
                        .withHeader("ETag", "\"3\"")
                        .withHeader("Link", "</api/v1/trade/figures?page=2&size=2>; rel=\"next\"")
                        .withHeader("X-Total-Count", "7")
                        .withBody("id,flow\n5,EXPORT\n")));

        given().header("Accept", "text/csv").header("Authorization", "Bearer opaque-read-token")
                .when().get("/api/v1/trade/figures?reporter=BY&flow=EXPORT&page=1&size=2")
                .then().statusCode(200)
                .contentType("text/csv")
                .header("ETag", "\"3\"")
                .header("Link", "</api/v1/trade/figures?page=2&size=2>; rel=\"next\"")
                .header("X-Total-Count", "7")
                .body(org.hamcrest.Matchers.equalTo("id,flow\n5,EXPORT\n"));
    }

    @Test
    void eachPrefixGoesToItsOwnService() {
        Stubs.agreements().register(get(urlPathEqualTo("/api/v1/agreements")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"service\":\"agreements\"}")));
        Stubs.ventures().register(get(urlPathEqualTo("/api/v1/ventures/organisations/3")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"service\":\"ventures\"}")));
        Stubs.trade().register(get(urlPathEqualTo("/api/v1/trade/series")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"service\":\"trade\"}")));

        given().when().get("/api/v1/agreements?status=IN_FORCE").then().statusCode(200).body("service", is("agreements"));
        given().when().get("/api/v1/ventures/organisations/3").then().statusCode(200).body("service", is("ventures"));
        given().when().get("/api/v1/trade/series").then().statusCode(200).body("service", is("trade"));
        Stubs.agreements().verifyThat(1, getRequestedFor(urlEqualTo("/api/v1/agreements?status=IN_FORCE")));
    }

    @Test
    void postPassesBodyAndTokenAndLocationIsMovedToTheGatewayHost() {
        String base = ConfigValue.tradeUrl();
        Stubs.trade().register(post(urlEqualTo("/api/v1/trade/figures"))
                .withRequestBody(equalToJson("{\"flow\":\"EXPORT\",\"value\":783.7}"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withHeader("Location", base + "/api/v1/trade/figures/7").withHeader("ETag", "\"1\"")
                        .withBody("{\"id\":7,\"version\":1}")));

        String token = DevTokens.editor();
        given().header("Authorization", DevTokens.bearer(token)).contentType("application/json")
                .body("{\"flow\":\"EXPORT\",\"value\":783.7}")
                .when().post("/api/v1/trade/figures")
                .then().statusCode(201)
                .header("Location", "http://localhost:" + RestAssured.port + "/api/v1/trade/figures/7")
                .header("ETag", "\"1\"")
                .body("id", is(7));
        Stubs.trade().verifyThat(1, postRequestedFor(urlEqualTo("/api/v1/trade/figures"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("X-Forwarded-Host", equalTo("localhost:" + RestAssured.port)));
    }

    @Test
    void putPassesIfMatchAndRelaysTheServicesPreconditionProblem() {
        Stubs.agreements().register(put(urlEqualTo("/api/v1/agreements/4")).withHeader("If-Match", equalTo("\"2\""))
                .willReturn(aResponse().withStatus(412).withHeader("Content-Type", "application/problem+json").withBody(PROBLEM)));

        given().header("Authorization", DevTokens.bearer(DevTokens.editor())).header("If-Match", "\"2\"")
                .contentType("application/json").body("{\"title\":\"Roadmap\"}")
                .when().put("/api/v1/agreements/4")
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", is("https://bilateral.example/problems/precondition-failed"))
                .body("detail", is("The resource has changed"));
        Stubs.agreements().verifyThat(1, putRequestedFor(urlEqualTo("/api/v1/agreements/4")).withHeader("If-Match", equalTo("\"2\"")));
    }

    @Test
    void patchAndDeleteAndNotFoundPassThrough() {
        Stubs.ventures().register(patch(urlEqualTo("/api/v1/ventures/9")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"5\"").withBody("{\"id\":9,\"version\":5}")));
        Stubs.ventures().register(delete(urlEqualTo("/api/v1/ventures/9")).withHeader("If-Match", equalTo("\"5\""))
                .willReturn(aResponse().withStatus(204)));
        Stubs.ventures().register(get(urlEqualTo("/api/v1/ventures/9")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Not found\",\"status\":404,\"detail\":\"Venture 9 does not exist\"}")));
        String auth = DevTokens.bearer(DevTokens.editor());

        given().header("Authorization", auth).contentType("application/merge-patch+json").body("{\"status\":\"OPERATING\"}")
                .when().patch("/api/v1/ventures/9").then().statusCode(200).header("ETag", "\"5\"").body("version", is(5));
        given().header("Authorization", auth).header("If-Match", "\"5\"")
                .when().delete("/api/v1/ventures/9").then().statusCode(204).body(emptyOrNullString());
        given().when().get("/api/v1/ventures/9").then().statusCode(404).contentType("application/problem+json")
                .body("detail", is("Venture 9 does not exist"));
        Stubs.ventures().verifyThat(1, patchRequestedFor(urlEqualTo("/api/v1/ventures/9"))
                .withHeader("Content-Type", matching("application/merge-patch\\+json.*")));
        Stubs.ventures().verifyThat(1, deleteRequestedFor(urlEqualTo("/api/v1/ventures/9")));
    }

    @Test
    void theCallersRequestIdIsPassedOnAndOneIsMadeWhenMissing() {
        Stubs.trade().register(any(urlPathEqualTo("/api/v1/trade/sources")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("X-Request-Id", "echoed-by-service").withBody("[]")));

        given().header("X-Request-Id", "client-id-42").when().get("/api/v1/trade/sources")
                .then().statusCode(200).header("X-Request-Id", "client-id-42");
        Stubs.trade().verifyThat(1, getRequestedFor(urlPathEqualTo("/api/v1/trade/sources")).withHeader("X-Request-Id", equalTo("client-id-42")));

        Stubs.trade().resetRequests();
        Response made = given().when().get("/api/v1/trade/sources");
        made.then().statusCode(200);
        String id = made.header("X-Request-Id");
        assertEquals(1, made.headers().getValues("X-Request-Id").size(), "one X-Request-Id, not the service's copy too");
        assertTrue(id.matches("[0-9a-f-]{36}"), id);
        Stubs.trade().verifyThat(1, getRequestedFor(urlPathEqualTo("/api/v1/trade/sources")).withHeader("X-Request-Id", equalTo(id)));
    }

    @Test
    void largeBodiesStreamThroughIntactBothWays() {
        byte[] download = new byte[8 * 1024 * 1024];
        new Random(7).nextBytes(download);
        Stubs.trade().register(get(urlEqualTo("/api/v1/trade/figures/export")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/octet-stream").withBody(download)));
        byte[] received = given().when().get("/api/v1/trade/figures/export").then().statusCode(200).extract().asByteArray();
        assertArrayEquals(download, received);

        byte[] upload = new byte[6 * 1024 * 1024];
        new Random(11).nextBytes(upload);
        Stubs.trade().register(post(urlEqualTo("/api/v1/trade/figures/import")).withRequestBody(binaryEqualTo(upload))
                .willReturn(aResponse().withStatus(202)));
        given().header("Authorization", DevTokens.bearer(DevTokens.editor())).contentType("application/octet-stream").body(upload)
                .when().post("/api/v1/trade/figures/import").then().statusCode(202);
    }

    @Test
    void aPathNoServiceOwnsIsTheGatewaysOwnProblemNotProxied() {
        given().when().get("/api/v1/tradeX/figures").then().statusCode(404).contentType("application/problem+json")
                .body("status", is(404)).body("instance", is("/api/v1/tradeX/figures"));
        Stubs.trade().verifyThat(0, getRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
    }

    @Test
    void theServiceLearnsTheClientAddressAndScheme() {
        Stubs.trade().register(get(urlEqualTo("/api/v1/trade/sources")).willReturn(aResponse().withStatus(200).withBody("[]")));
        given().when().get("/api/v1/trade/sources").then().statusCode(200);
        Stubs.trade().verifyThat(1, getRequestedFor(urlEqualTo("/api/v1/trade/sources"))
                .withHeader("X-Forwarded-For", equalTo("127.0.0.1"))
                .withHeader("X-Forwarded-Proto", equalTo("http")));
    }

    @Test
    void securityHeadersAreOnProxiedAndOwnResponses() {
        Stubs.trade().register(get(urlEqualTo("/api/v1/trade/sources")).willReturn(aResponse().withStatus(200).withBody("[]")));
        for (String path : new String[] {"/api/v1/trade/sources", "/q/openapi", "/api/v1/nowhere"}) {
            given().when().get(path).then()
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                    .header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    @Test
    void corsIsClosedToOriginsThatAreNotConfigured() {
        Stubs.trade().register(get(urlEqualTo("/api/v1/trade/sources")).willReturn(aResponse().withStatus(200)
                .withHeader("Access-Control-Allow-Origin", "*").withBody("[]")));
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/trade/figures")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://elsewhere.example").when().get("/api/v1/trade/sources")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void connectionScopedHeadersStayOnTheirConnectionBothWays() throws Exception {
        Stubs.trade().register(get(urlEqualTo("/api/v1/trade/sources")).willReturn(aResponse().withStatus(200).withBody("[]")
                .withHeader("Connection", "X-Service-Hop").withHeader("X-Service-Hop", "service secret")
                .withHeader("Proxy-Connection", "keep-alive").withHeader("Upgrade", "h2c").withHeader("X-Service-End", "kept")));
        // HTTP/1.0 without keep-alive: the gateway closes the connection after its answer
        String answer = exchange("GET /api/v1/trade/sources HTTP/1.0\r\nHost: localhost\r\n"
                + "Connection: X-Hop-Only, X-Forwarded-Proto, X-Request-Id\r\nX-Hop-Only: secret\r\nKeep-Alive: timeout=5\r\n"
                + "TE: trailers\r\nProxy-Connection: keep-alive\r\nX-Request-Id: hop-1\r\nX-End-To-End: kept\r\n\r\n");
        assertTrue(answer.indexOf("\r\n\r\n") >= 0, "a whole answer: " + answer);
        String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
        assertTrue(head.startsWith("http/1.0 200"), head);
        assertTrue(head.contains("x-service-end: kept"), head);
        assertFalse(head.contains("x-service-hop"), head);
        assertFalse(head.contains("proxy-connection"), head);
        assertFalse(head.contains("upgrade"), head);
        Stubs.trade().verifyThat(1, getRequestedFor(urlEqualTo("/api/v1/trade/sources"))
                .withHeader("X-End-To-End", equalTo("kept"))
                // what the gateway adds itself is not the caller's to name away
                .withHeader("X-Forwarded-Proto", equalTo("http")).withHeader("X-Request-Id", equalTo("hop-1"))
                .withoutHeader("X-Hop-Only").withoutHeader("Keep-Alive").withoutHeader("TE").withoutHeader("Proxy-Connection"));
    }

    /** One request on a connection of its own, written as given; the whole answer until the gateway closes it. */
    private static String exchange(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        }
    }
}
