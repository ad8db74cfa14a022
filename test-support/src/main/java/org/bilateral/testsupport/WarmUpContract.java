package org.bilateral.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A service with {@code bilateral.warm-up.duration} set sends itself its configured GETs before it reports ready: the
 * readiness check "warm-up" ends up with requests answered, none of them a bad request, a server error or a failure
 * (so the paths each service configures are real ones). Each service's test extends it, as
 * {@code @QuarkusTest @TestProfile(WarmUpContract.Enabled.class)}.
 */
public abstract class WarmUpContract {

    /** The management interface, where readiness is reported. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    /** The warm-up switched on for 2 s. */
    public static class Enabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("bilateral.warm-up.duration", "2s");
        }
    }

    @Test
    void readinessWaitsForTheWarmUpAndItsPathsAreValidGets() throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        Map<String, Object> check;
        do {
            check = warmUpCheck(management);
            if ("UP".equals(check.get("status"))) {
                break;
            }
            assertEquals("DOWN", check.get("status"), "readiness is down while it warms up: " + check);
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        assertEquals("UP", check.get("status"), check.toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) check.get("data");
        assertEquals("done", data.get("state"), check.toString());
        assertTrue(number(data, "requests") > 0, check.toString());
        assertTrue(number(data, "2xx") > 0, check.toString());
        assertEquals(0, number(data, "other answers"), "a warm-up path is not a valid GET: " + check);
        assertEquals(0, number(data, "failed"), check.toString());
        assertTrue(number(data, "took ms") >= 2000, check.toString());
    }

    private static long number(Map<String, Object> data, String key) {
        return ((Number) data.get(key)).longValue();
    }

    private static Map<String, Object> warmUpCheck(URL management) {
        JsonPath ready = JsonPath.from(Management.given(management).get("/q/health/ready").asString());
        Map<String, Object> check = ready.getMap("checks.find { it.name == 'warm-up' }");
        assertTrue(check != null, "no warm-up check in " + ready.prettify());
        return check;
    }
}
