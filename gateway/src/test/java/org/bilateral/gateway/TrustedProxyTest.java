package org.bilateral.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behind the ingress every connection comes from the controller: with the controller (here loopback)
 * trusted, anonymous clients are told apart by the X-Forwarded-For address it sets, so each keeps
 * its own rate-limit bucket instead of all sharing the controller's.
 */
@QuarkusTest
@TestProfile(TrustedProxyTest.LoopbackIsTheIngress.class)
class TrustedProxyTest {

    public static class LoopbackIsTheIngress implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1",
                    "bilateral.gateway.rate-limit.requests", "2", "bilateral.gateway.rate-limit.period", "1H");
        }
    }

    @BeforeEach
    void stub() {
        Stubs.reset();
        Stubs.trade().register(get(urlPathEqualTo("/api/v1/trade/sources")).willReturn(aResponse().withStatus(200).withBody("[]")));
    }

    @Test
    void twoClientsBehindTheTrustedProxyGetSeparateBuckets() {
        for (int i = 0; i < 2; i++) {
            given().header("X-Forwarded-For", "203.0.113.10").when().get("/api/v1/trade/sources").then().statusCode(200)
                    .header("RateLimit-Remaining", Integer.toString(1 - i));
        }
        given().header("X-Forwarded-For", "203.0.113.10").when().get("/api/v1/trade/sources").then().statusCode(429);
        // same proxy, another client: its own full bucket
        given().header("X-Forwarded-For", "203.0.113.20").when().get("/api/v1/trade/sources").then().statusCode(200)
                .header("RateLimit-Remaining", "1");
        given().header("X-Forwarded-For", "203.0.113.20").when().get("/api/v1/trade/sources").then().statusCode(200)
                .header("RateLimit-Remaining", "0");
    }

    @Test
    void theServiceSeesTheClientFirstAndTheProxyAppendedToXForwardedFor() {
        given().header("X-Forwarded-For", "198.51.100.7").when().get("/api/v1/trade/sources").then().statusCode(200);
        Stubs.trade().verifyThat(1, getRequestedFor(urlPathEqualTo("/api/v1/trade/sources"))
                .withHeader("X-Forwarded-For", equalTo("198.51.100.7, 127.0.0.1")));
    }
}
