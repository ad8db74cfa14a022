package org.bilateral.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.bilateral.testsupport.Management;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthAndMetricsTest {

    /** Health and metrics are on the management interface, not the API port. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @BeforeEach
    void reset() {
        Stubs.reset();
    }

    @Test
    void healthReportsDownstreamsAsInformationWhileTheGatewayIsReady() {
        Stubs.trade().register(get(urlPathEqualTo("/q/health/ready")).willReturn(aResponse().withStatus(200).withBody("{\"status\":\"UP\"}")));
        Stubs.agreements().register(get(urlPathEqualTo("/q/health/ready")).willReturn(aResponse().withStatus(503).withBody("{\"status\":\"DOWN\"}")));
        Management.given(management).when().get("/q/health/ready").then().statusCode(200).body("status", is("UP"))
                .body("checks.find { it.name.startsWith('downstream') }.data.trade-service", is("UP"))
                .body("checks.find { it.name.startsWith('downstream') }.data.agreements-service", is("DOWN (ready answered 503)"))
                .body("checks.find { it.name.startsWith('downstream') }.data.'trade-service breaker'", is("CLOSED"));
        Management.given(management).when().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
        Management.given(management).when().get("/q/health/started").then().statusCode(200);
    }

    @Test
    void healthAndMetricsAreOnlyOnTheManagementPortWhileTheDocumentsAndSwaggerUiStayPublic() {
        org.junit.jupiter.api.Assertions.assertNotEquals(io.restassured.RestAssured.port, management.getPort());
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics"}) {
            given().when().get(path).then().statusCode(404);
        }
        given().queryParam("format", "json").when().get("/q/openapi/gateway").then().statusCode(200);
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        Management.given(management).when().get("/q/openapi/gateway").then().statusCode(404);
        Management.given(management).when().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void prometheusMetricsCoverProxiedRoutes() {
        Stubs.trade().register(get(urlPathEqualTo("/api/v1/trade/figures/12")).willReturn(aResponse().withStatus(200).withBody("{}")));
        given().when().get("/api/v1/trade/figures/12").then().statusCode(200);
        Management.given(management).when().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/v1/trade/figures/{id}\""));
    }
}
