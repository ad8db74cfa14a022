package org.bilateral.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.Map;
import org.bilateral.testsupport.DevTokens;
import org.bilateral.testsupport.Management;
import org.junit.jupiter.api.Test;

/** 3 requests per hour per client in this profile: the 4th is a 429 with Retry-After; other clients keep their own budget. */
@QuarkusTest
@TestProfile(RateLimitTest.Tight.class)
class RateLimitTest {

    /** Health and metrics are on the management interface, not the API port. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("bilateral.gateway.rate-limit.requests", "3", "bilateral.gateway.rate-limit.period", "1H");
        }
    }

    @Test
    void theRequestAfterTheLimitIs429WithRetryAfterAndDoesNotReachTheService() {
        Stubs.reset();
        Stubs.trade().register(get(urlPathEqualTo("/api/v1/trade/sources")).willReturn(aResponse().withStatus(200).withBody("[]")));
        String token = DevTokens.bearer(DevTokens.withGroups("ratelimited"));
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", token).when().get("/api/v1/trade/sources").then().statusCode(200)
                    .header("RateLimit-Limit", "3").header("RateLimit-Remaining", Integer.toString(2 - i));
        }
        given().header("Authorization", token).when().get("/api/v1/trade/sources")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", is("https://bilateral.example/problems/too-many-requests"))
                .body("status", is(429));
        given().header("Authorization", token).when().get("/api/v1/overview").then().statusCode(429);
        Stubs.trade().verifyThat(3, getRequestedFor(urlPathEqualTo("/api/v1/trade/sources")));

        // another client (another token subject) is not affected
        given().header("Authorization", DevTokens.bearer(DevTokens.withGroups("someone-else"))).when().get("/api/v1/trade/sources")
                .then().statusCode(200);
        // health, metrics and documents are not limited
        Management.given(management).when().get("/q/health/live").then().statusCode(200);
    }
}
