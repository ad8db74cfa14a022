package org.bilateral.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.bilateral.testsupport.DevTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Writes and subscription reads need a valid bearer token with group editor at the gateway already; other reads are public. */
@QuarkusTest
class SecurityTest {

    @BeforeEach
    void reset() {
        Stubs.reset();
        Stubs.agreements().register(any(urlPathEqualTo("/api/v1/agreements")).willReturn(aResponse().withStatus(201).withBody("{}")));
    }

    @Test
    void aSubscriptionReadNeedsAnEditorBeforeItReachesTheServiceWhileOtherReadsStayPublic() {
        Stubs.trade().register(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));
        Stubs.agreements().register(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(200).withBody("{}")));
        given().when().get("/api/v1/trade/subscriptions").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        given().header("Authorization", "Bearer not-a-jwt").when().get("/api/v1/trade/subscriptions/7").then().statusCode(401);
        given().header("Authorization", DevTokens.bearer(DevTokens.reader())).when().get("/api/v1/trade/subscriptions/7/deliveries")
                .then().statusCode(403).contentType("application/problem+json");
        Stubs.trade().verifyThat(0, anyRequestedFor(anyUrl()));
        given().header("Authorization", DevTokens.bearer(DevTokens.editor())).when().get("/api/v1/agreements/subscriptions/7")
                .then().statusCode(200);
        // the protected segment is a whole one, not every path that starts with its letters
        given().when().get("/api/v1/trade/subscriptionsarchive").then().statusCode(200);
        given().when().get("/api/v1/trade/figures/1").then().statusCode(200);
    }

    @Test
    void aWriteWithoutTokenIsRefusedBeforeItReachesTheService() {
        given().contentType("application/json").body("{}").when().post("/api/v1/agreements")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                .body("type", is("https://bilateral.example/problems/unauthorized")).body("instance", is("/api/v1/agreements"));
        Stubs.agreements().verifyThat(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aTokenWithoutTheEditorGroupIsForbidden() {
        given().header("Authorization", DevTokens.bearer(DevTokens.reader())).contentType("application/json").body("{}")
                .when().delete("/api/v1/agreements").then().statusCode(403).contentType("application/problem+json")
                .body("type", is("https://bilateral.example/problems/forbidden"));
        Stubs.agreements().verifyThat(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aForgedOrMalformedTokenIsUnauthorizedForWritesButReadsStayPublic() {
        String forged = DevTokens.editor();
        forged = forged.substring(0, forged.length() - 4) + (forged.endsWith("AAAA") ? "BBBB" : "AAAA");
        given().header("Authorization", DevTokens.bearer(forged)).contentType("application/json").body("{}")
                .when().post("/api/v1/agreements").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer not-a-jwt").contentType("application/json").body("{}")
                .when().patch("/api/v1/agreements").then().statusCode(401);
        Stubs.agreements().verifyThat(0, anyRequestedFor(anyUrl()));
        given().header("Authorization", "Bearer not-a-jwt").when().get("/api/v1/agreements").then().statusCode(201);
    }

    @Test
    void anEditorTokenPassesAndReadsNeedNone() {
        given().header("Authorization", DevTokens.bearer(DevTokens.editor())).contentType("application/json").body("{}")
                .when().post("/api/v1/agreements").then().statusCode(201);
        given().header("Authorization", DevTokens.bearer(DevTokens.admin())).contentType("application/json").body("{}")
                .when().put("/api/v1/agreements").then().statusCode(201);
        given().when().get("/api/v1/agreements").then().statusCode(201);
        Stubs.agreements().verifyThat(3, anyRequestedFor(urlPathEqualTo("/api/v1/agreements")));
    }
}
