package org.bilateral.trade;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With its database unreachable the service stays alive but reports itself not ready, and reads fail fast as 503 problems. */
@QuarkusTest
@TestProfile(ReadinessWithoutDatabaseTest.UnreachableDatabase.class)
class ReadinessWithoutDatabaseTest {

    public static class UnreachableDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // port 9 (discard) has no PostgreSQL; nothing may touch the database at start-up
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:9/none",
                    "quarkus.datasource.jdbc.acquisition-timeout", "1S",
                    "quarkus.flyway.migrate-at-start", "false",
                    "bilateral.seed.enabled", "false");
        }
    }

    @Test
    void readinessIsDownWhileLivenessStaysUp() {
        given().when().get("/q/health/ready").then().statusCode(503).body("status", is("DOWN"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void aReadAnswersAProblemInsteadOfHanging() {
        given().when().get("/api/v1/trade/figures").then().statusCode(503).header("Retry-After", "5")
                .contentType("application/problem+json").body("detail", not(containsString("jdbc")));
    }
}
