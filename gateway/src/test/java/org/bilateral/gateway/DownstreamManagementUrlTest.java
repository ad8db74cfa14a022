package org.bilateral.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.Map;
import org.bilateral.testsupport.Management;
import org.junit.jupiter.api.Test;

/** The gateway reads a service's readiness on the service's management URL, not on its API URL. */
@QuarkusTest
@TestProfile(DownstreamManagementUrlTest.TradeManagementPortClosed.class)
class DownstreamManagementUrlTest {

    public static class TradeManagementPortClosed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("bilateral.gateway.trade.management-url", "http://127.0.0.1:1");
        }
    }

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void readinessOfAServiceIsProbedOnItsManagementUrl() {
        Stubs.reset();
        // the API port would say UP: the gateway must not ask there
        Stubs.trade().register(get(urlPathEqualTo("/q/health/ready")).willReturn(aResponse().withStatus(200).withBody("{\"status\":\"UP\"}")));
        Stubs.agreements().register(get(urlPathEqualTo("/q/health/ready")).willReturn(aResponse().withStatus(200).withBody("{\"status\":\"UP\"}")));
        Management.given(management).when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name.startsWith('downstream') }.data.trade-service",
                        allOf(containsString("DOWN ("), not(containsString("answered"))))
                .body("checks.find { it.name.startsWith('downstream') }.data.agreements-service", is("UP"));
    }
}
