package org.bilateral.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.bilateral.testsupport.DevTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bulk import passes the gateway as it passes the service: a body past the 1 MB limit is streamed
 * through, and its late answer waits for the slow-path timeout (5 s in tests) instead of the route's 1 s.
 */
@QuarkusTest
class BulkImportRouteTest {

    private static final String IMPORT = "/api/v1/trade/figures/import";
    private static final String CREATE = "/api/v1/trade/figures";

    @BeforeEach
    void reset() {
        Stubs.reset();
    }

    private static String csvOfAbout(int bytes) {
        StringBuilder csv = new StringBuilder("reporter,partner\n");
        while (csv.length() < bytes) {
            csv.append("BY,KZ\n");
        }
        return csv.toString();
    }

    @Test
    void aLargeImportBodyIsStreamedToTheServiceWhole() {
        Stubs.trade().register(post(urlPathEqualTo(IMPORT)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"received\":1}")));
        String body = csvOfAbout(3 * 1024 * 1024);
        given().auth().oauth2(DevTokens.editor()).contentType("text/csv").body(body)
                .when().post(IMPORT)
                .then().statusCode(200).body("received", is(1));
        Stubs.trade().verifyThat(postRequestedFor(urlPathEqualTo(IMPORT))
                .withHeader("Content-Length", equalTo(
                        Integer.toString(body.getBytes(StandardCharsets.UTF_8).length))));
    }

    @Test
    void theSameBodyOnAnyOtherRouteIsRefusedWith413() {
        given().auth().oauth2(DevTokens.editor()).contentType("application/json").body(csvOfAbout(3 * 1024 * 1024))
                .when().post(CREATE)
                .then().statusCode(413).contentType("application/problem+json").body("status", is(413));
        Stubs.trade().verifyThat(0, postRequestedFor(urlPathEqualTo(CREATE)));
    }

    @Test
    void anImportAnsweringAfterTheRouteTimeoutStillReachesTheClient() {
        Stubs.trade().register(post(urlPathEqualTo(IMPORT)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"received\":2}").withFixedDelay(2500)));
        given().auth().oauth2(DevTokens.editor()).contentType("text/csv").body("reporter,partner\nBY,KZ\n")
                .when().post(IMPORT)
                .then().statusCode(200).body("received", is(2));
    }

    @Test
    void aCreateAnsweringAfterTheRouteTimeoutIsStillAGatewayTimeout() {
        Stubs.trade().register(post(urlPathEqualTo(CREATE)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{}").withFixedDelay(2500)));
        given().auth().oauth2(DevTokens.editor()).contentType("application/json").body("{}")
                .when().post(CREATE)
                .then().statusCode(504).contentType("application/problem+json")
                .body("detail", is("trade-service did not answer within 1000 ms"));
    }
}
