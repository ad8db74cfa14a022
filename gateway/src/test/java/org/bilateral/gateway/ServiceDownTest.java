package org.bilateral.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bilateral.testsupport.Management;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ventures-service not running at all (nothing listens on its port): answers stay quick and honest, the gateway stays ready. */
@QuarkusTest
@TestProfile(ServiceDownTest.VenturesNotRunning.class)
class ServiceDownTest {

    /** Health and metrics are on the management interface, not the API port. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    public static class VenturesNotRunning implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // the whole service is gone: its API and its management port
            return Map.of("bilateral.gateway.ventures.url", "http://127.0.0.1:1", "bilateral.gateway.ventures.management-url", "http://127.0.0.1:1");
        }
    }

    @BeforeEach
    void reset() {
        Stubs.reset();
    }

    @Test
    void theProxiedRouteIsABadGatewayAtOnce() {
        given().when().get("/api/v1/ventures?kind=JOINT_VENTURE").then().statusCode(502).contentType("application/problem+json")
                .time(lessThan(1500L), TimeUnit.MILLISECONDS)
                .body("detail", is("ventures-service could not be reached"));
    }

    @Test
    void theOverviewMarksVenturesDegraded() {
        OverviewStubs.trade();
        OverviewStubs.agreements();
        given().when().get("/api/v1/overview?reporter=BY&partner=KZ").then().statusCode(200)
                .body("degraded", contains("ventures"))
                .body("ventures.reason", is("ventures-service could not be reached"))
                .body("agreements.inForce", is(3));
    }

    @Test
    void theMergedDocumentIsServedWithoutVentures() {
        OpenApiTest.serveDocument("trade");
        OpenApiTest.serveDocument("agreements");
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/trade/series"))
                .body("paths", hasKey("/api/v1/agreements/{id}"))
                .body("paths", not(hasKey("/api/v1/ventures/statistics")))
                .body("x-bilateral-services[2].included", is(false))
                .body("x-bilateral-services[2].reason", containsString("ventures-service could not be reached"));
        given().queryParam("format", "json").when().get("/q/openapi/ventures").then().statusCode(503)
                .contentType("application/problem+json");
    }

    @Test
    void readinessStaysUpAndReportsTheDeadServiceAsInformation() {
        Management.given(management).when().get("/q/health/ready").then().statusCode(200).body("status", is("UP"))
                .body("checks.find { it.name.startsWith('downstream') }.data.ventures-service", allOf(containsString("DOWN ("), not(containsString("answered"))));
    }
}
