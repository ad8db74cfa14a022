package org.bilateral.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The operational endpoints every service offers the same way: Swagger UI, health with the
 * database in readiness, Prometheus metrics with templated paths, and request ids. A module's
 * {@code @QuarkusTest} extends this and adds the checks of its own OpenAPI document.
 */
public abstract class ServiceEndpointsContract {

    /** The management interface (health, metrics): its own port, not the API's. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    private final String listPath;

    /** @param listPath the service's main list, whose "/{id}" item path the metrics must template */
    protected ServiceEndpointsContract(String listPath) {
        this.listPath = listPath;
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void healthIsUpWithTheDatabaseCheckedForReadiness() {
        Management.given(management).when().get("/q/health/ready").then().statusCode(200).body("status", is("UP"))
                .body("checks.name", hasItem(containsString("Database")));
        Management.given(management).when().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
        Management.given(management).when().get("/q/health/started").then().statusCode(200);
    }

    @Test
    void healthAndMetricsAreServedOnlyOnTheManagementPortWhileTheApiDocumentsStayOnThePublicOne() {
        org.junit.jupiter.api.Assertions.assertNotEquals(io.restassured.RestAssured.port, management.getPort(),
                "the management interface shares the public port");
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics"}) {
            given().when().get(path).then().statusCode(404);
        }
        given().when().get("/q/openapi").then().statusCode(200);
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        Management.given(management).when().get("/q/openapi").then().statusCode(404);
    }

    @Test
    void prometheusMetricsAreExposedWithTemplatedPaths() {
        given().when().get(listPath + "/1");
        Management.given(management).when().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"" + listPath + "/{id}\""));
    }

    @Test
    void everyResponseCarriesARequestIdAndEchoesAGivenOne() {
        given().header("X-Request-Id", "contract-test-42").when().get(listPath + "/987654321").then().statusCode(404)
                .header("X-Request-Id", is("contract-test-42")).body("requestId", is("contract-test-42"));
        given().when().get(listPath).then().statusCode(200).header("X-Request-Id", not(emptyOrNullString()));
        // a malformed id is replaced; generated ids are random (version 4) UUIDs, one per request
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            String id = given().header("X-Request-Id", "bad id").when().get(listPath + "/987654321").then().statusCode(404)
                    .extract().header("X-Request-Id");
            UUID uuid = UUID.fromString(id);
            org.junit.jupiter.api.Assertions.assertEquals(4, uuid.version(), id);
            org.junit.jupiter.api.Assertions.assertEquals(2, uuid.variant(), id);
            ids.add(id);
        }
        org.junit.jupiter.api.Assertions.assertEquals(20, ids.size(), "every request gets an id of its own");
    }
}
