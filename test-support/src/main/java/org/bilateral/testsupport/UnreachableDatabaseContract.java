package org.bilateral.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * What every service must do while its database is unreachable: stay alive, report itself not
 * ready, and answer reads quickly with a 503 problem that leaks nothing. A module's test extends
 * this with {@code @QuarkusTest @TestProfile(UnreachableDatabaseProfile.class)}.
 */
public abstract class UnreachableDatabaseContract {

    /** The management interface (health, metrics): its own port, not the API's. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    private final String listPath;

    protected UnreachableDatabaseContract(String listPath) {
        this.listPath = listPath;
    }

    @Test
    void readinessIsDownWhileLivenessStaysUp() {
        Management.given(management).when().get("/q/health/ready").then().statusCode(503).body("status", is("DOWN"));
        Management.given(management).when().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void aReadAnswersA503ProblemWithRetryAfterInsteadOfHanging() {
        given().when().get(listPath).then().statusCode(503).header("Retry-After", "5")
                .contentType("application/problem+json").body("detail", not(containsString("jdbc")));
    }

    @Test
    void aReadOfOneRecordAnswersA503ProblemWithRetryAfterInsteadOfHanging() {
        // one record is read by the reactive client, whose connection settings follow the JDBC ones
        given().when().get(listPath + "/1").then().statusCode(503).header("Retry-After", "5")
                .contentType("application/problem+json").body("detail", not(containsString("jdbc")))
                .body(not(containsString("Exception")));
    }
}
