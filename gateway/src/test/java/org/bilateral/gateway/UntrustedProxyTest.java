package org.bilateral.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Forwarding is on but only the ingress network is trusted, not this peer (loopback): a client that
 * sends its own X-Forwarded-For cannot pose as a new address to escape its bucket.
 */
@QuarkusTest
@TestProfile(UntrustedProxyTest.OnlyTheIngressNetworkIsTrusted.class)
class UntrustedProxyTest {

    public static class OnlyTheIngressNetworkIsTrusted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.trusted-proxies", "10.0.0.0/8",
                    "bilateral.gateway.rate-limit.requests", "2", "bilateral.gateway.rate-limit.period", "1H");
        }
    }

    @Test
    void aSpoofedXForwardedForFromAnUntrustedPeerIsIgnored() {
        Stubs.reset();
        Stubs.trade().register(get(urlPathEqualTo("/api/v1/trade/sources")).willReturn(aResponse().withStatus(200).withBody("[]")));
        given().header("X-Forwarded-For", "203.0.113.30").when().get("/api/v1/trade/sources").then().statusCode(200)
                .header("RateLimit-Remaining", "1");
        given().header("X-Forwarded-For", "203.0.113.31").when().get("/api/v1/trade/sources").then().statusCode(200)
                .header("RateLimit-Remaining", "0");
        // a third "address" is still the same peer, whose bucket is empty
        given().header("X-Forwarded-For", "203.0.113.32").when().get("/api/v1/trade/sources").then().statusCode(429);
        given().when().get("/api/v1/trade/sources").then().statusCode(429);
    }
}
