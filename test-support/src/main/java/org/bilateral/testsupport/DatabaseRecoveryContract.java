package org.bilateral.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.http.ContentType;
import java.net.URL;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every service must do when its database goes away while it runs and then comes back: answer
 * 503 problems promptly instead of hanging, report itself not ready but alive, and recover by itself
 * once the database returns, with no restart and no lost data. A module's test extends this with
 * {@code @QuarkusTest @TestProfile(RestartableDatabaseProfile.class)}; the test stops and kills the
 * real PostgreSQL under the running service.
 */
public abstract class DatabaseRecoveryContract {

    /** The management interface (health, metrics): its own port, not the API's. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    /** Generous bound proving no request hangs: the pool's acquisition timeout plus slack, far below any client timeout. */
    private static final long PROMPT_MILLIS = 8_000;
    /** Recovery must come by itself within seconds once the database is back. */
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(30);

    private final String listPath;

    protected DatabaseRecoveryContract(String listPath) {
        this.listPath = listPath;
    }

    /** A valid body for a POST to the list path, with a natural key no other call uses. */
    protected abstract Object newRecord();

    @Test
    void whileTheDatabaseIsStoppedRequestsAre503ReadinessIsDownLivenessUpAndTheServiceRecoversAlone() {
        awaitRecovery();
        RestartablePostgres.stop();
        try {
            given().when().get(listPath).then().statusCode(503)
                    .time(lessThan(PROMPT_MILLIS), TimeUnit.MILLISECONDS)
                    .contentType("application/problem+json").header("Retry-After", "5")
                    .body("status", is(503)).body("detail", not(containsString("jdbc")))
                    .body(not(containsString("Exception")));
            // one record comes through the reactive client's pool, which lost its connections with the server
            given().when().get(listPath + "/1").then().statusCode(503)
                    .time(lessThan(PROMPT_MILLIS), TimeUnit.MILLISECONDS)
                    .contentType("application/problem+json").header("Retry-After", "5")
                    .body(not(containsString("Exception")));
            given().auth().oauth2(DevTokens.editor()).contentType(ContentType.JSON).body(newRecord())
                    .when().post(listPath).then().statusCode(503)
                    .time(lessThan(PROMPT_MILLIS), TimeUnit.MILLISECONDS)
                    .contentType("application/problem+json").body(not(containsString("Exception")));
            Management.given(management).when().get("/q/health/ready").then().statusCode(503).body("status", is("DOWN"))
                    .time(lessThan(PROMPT_MILLIS), TimeUnit.MILLISECONDS);
            Management.given(management).when().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
        } finally {
            RestartablePostgres.start();
        }
        awaitRecovery();
        String location = given().auth().oauth2(DevTokens.editor()).contentType(ContentType.JSON).body(newRecord())
                .when().post(listPath).then().statusCode(201).extract().header("Location");
        given().when().get(location).then().statusCode(200);
    }

    @Test
    void afterAnAbruptKillTheServiceRecoversAloneAndAnAcknowledgedRecordSurvives() {
        awaitRecovery();
        String location = given().auth().oauth2(DevTokens.editor()).contentType(ContentType.JSON).body(newRecord())
                .when().post(listPath).then().statusCode(201).extract().header("Location");
        RestartablePostgres.kill();
        try {
            given().when().get(listPath).then().statusCode(503)
                    .time(lessThan(PROMPT_MILLIS), TimeUnit.MILLISECONDS)
                    .contentType("application/problem+json");
            Management.given(management).when().get("/q/health/live").then().statusCode(200);
        } finally {
            RestartablePostgres.start();
        }
        awaitRecovery();
        given().when().get(location).then().statusCode(200);
    }

    /** Polls until reads succeed and readiness is UP again; fails if that takes longer than the limit. */
    protected final void awaitRecovery() {
        long start = System.nanoTime();
        long deadline = start + RECOVERY_LIMIT.toNanos();
        int read = 0;
        int ready = 0;
        while (System.nanoTime() < deadline) {
            read = given().when().get(listPath).then().extract().statusCode();
            ready = Management.given(management).when().get("/q/health/ready").then().extract().statusCode();
            if (read == 200 && ready == 200) {
                System.out.printf("[recovery] %s served again %d ms after the database was back%n", listPath,
                        Duration.ofNanos(System.nanoTime() - start).toMillis());
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertEquals(200, read, "reads did not recover within " + RECOVERY_LIMIT);
        assertTrue(ready == 200, "readiness did not recover within " + RECOVERY_LIMIT);
    }
}
