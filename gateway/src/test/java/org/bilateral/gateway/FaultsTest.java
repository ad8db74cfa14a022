package org.bilateral.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A service that is slow, broken or failing: problem+json within the route timeout (1 s in tests), and the breaker. */
@QuarkusTest
class FaultsTest {

    private static final String PATH = "/api/v1/trade/series";

    @BeforeEach
    void reset() {
        Stubs.reset();
    }

    @Test
    void aSlowServiceIsAGatewayTimeoutWithinTheRouteTimeout() {
        Stubs.trade().register(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody("{}").withFixedDelay(4000)));
        given().header("X-Request-Id", "slow-1").when().get(PATH)
                .then().statusCode(504).contentType("application/problem+json")
                .time(lessThan(2500L), TimeUnit.MILLISECONDS)
                .body("type", is("https://bilateral.example/problems/gateway-timeout"))
                .body("status", is(504))
                .body("detail", is("trade-service did not answer within 1000 ms"))
                .body("instance", is(PATH))
                .body("requestId", is("slow-1"));
    }

    @Test
    void aServerErrorWithoutProblemBodyIsABadGatewayThatLeaksNothing() {
        Stubs.trade().register(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(500).withHeader("Content-Type", "text/html")
                .withBody("<html>java.lang.NullPointerException at org.acme.Secret</html>")));
        given().when().get(PATH)
                .then().statusCode(502).contentType("application/problem+json")
                .body("type", is("https://bilateral.example/problems/bad-gateway"))
                .body("detail", is("trade-service failed to answer the request (status 500)"))
                .body(not(containsString("NullPointerException")));
    }

    @Test
    void aServicesOwnProblemAnswerIsRelayedUnchanged() {
        Stubs.trade().register(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://bilateral.example/problems/internal\",\"title\":\"Internal error\",\"status\":500,"
                        + "\"detail\":\"quote request id abc\"}")));
        given().when().get(PATH).then().statusCode(500).contentType("application/problem+json")
                .body("detail", is("quote request id abc"));
    }

    @Test
    void aConnectionDroppedMidwayIsABadGateway() {
        Stubs.trade().register(get(urlPathEqualTo(PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        given().when().get(PATH).then().statusCode(502).contentType("application/problem+json")
                .time(lessThan(2500L), TimeUnit.MILLISECONDS)
                .body("type", is("https://bilateral.example/problems/bad-gateway"));
    }

    @Test
    void theBreakerOpensAfterRepeatedFailuresAndThenCallsNoLongerReachTheService() {
        Stubs.trade().register(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(503).withBody("down for maintenance")));
        for (int i = 0; i < 4; i++) {
            given().when().get(PATH).then().statusCode(502);
        }
        given().when().get(PATH).then().statusCode(503).contentType("application/problem+json")
                .time(lessThan(500L), TimeUnit.MILLISECONDS)
                .header("Retry-After", "60")
                .body("type", is("https://bilateral.example/problems/service-unavailable"))
                .body("detail", containsString("trade-service failed repeatedly"));
        given().when().get("/api/v1/trade/figures").then().statusCode(503);
        Stubs.trade().verifyThat(4, getRequestedFor(urlPathEqualTo(PATH)));

        // the other services are not affected
        Stubs.agreements().register(get(urlPathEqualTo("/api/v1/agreements")).willReturn(aResponse().withStatus(200).withBody("{}")));
        given().when().get("/api/v1/agreements").then().statusCode(200);
    }

    @Test
    void callersThatHangUpDoNotCountAgainstTheBreaker() throws Exception {
        Stubs.trade().register(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody("{}").withFixedDelay(600)));
        for (int i = 0; i < 6; i++) {
            try (Socket socket = new Socket("localhost", RestAssured.port)) {
                socket.getOutputStream().write(("GET " + PATH + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                Thread.sleep(150); // the gateway waits on the service; then the caller hangs up
            }
        }
        Stubs.trade().verifyThat(6, getRequestedFor(urlPathEqualTo(PATH)));
        given().when().get(PATH).then().statusCode(200);
    }

    @Test
    void clientErrorsDoNotCountAgainstTheBreaker() {
        Stubs.trade().register(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":400}")));
        for (int i = 0; i < 6; i++) {
            given().when().get(PATH).then().statusCode(400);
        }
        Stubs.trade().verifyThat(6, getRequestedFor(urlPathEqualTo(PATH)));
    }
}
