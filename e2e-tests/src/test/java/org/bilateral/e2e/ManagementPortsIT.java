package org.bilateral.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Health and metrics of every process are on its own management port, never on the public one, and
 * the gateway's readiness reaches the services' management ports (all four UP, as the launcher saw them).
 */
@ExtendWith(RunningPlatform.class)
class ManagementPortsIT {

    private final HttpClient http = HttpClient.newHttpClient();

    private int get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void healthAndMetricsAnswerOnlyOnEachProcesssManagementPort() throws Exception {
        Map<Integer, Integer> publicToManagement = Map.of(
                RunningPlatform.GATEWAY_PORT, RunningPlatform.GATEWAY_MANAGEMENT_PORT,
                RunningPlatform.TRADE_PORT, RunningPlatform.TRADE_MANAGEMENT_PORT,
                RunningPlatform.AGREEMENTS_PORT, RunningPlatform.AGREEMENTS_MANAGEMENT_PORT,
                RunningPlatform.VENTURES_PORT, RunningPlatform.VENTURES_MANAGEMENT_PORT);
        for (var e : publicToManagement.entrySet()) {
            for (String path : new String[] {"/q/health/ready", "/q/health/live", "/q/metrics"}) {
                assertEquals(404, get(e.getKey(), path), "public port " + e.getKey() + " serves " + path);
                assertEquals(200, get(e.getValue(), path), "management port " + e.getValue() + " " + path);
            }
            assertEquals(200, get(e.getKey(), "/q/openapi"), "the API document stays on public port " + e.getKey());
        }
    }

    @Test
    void theGatewaysReadinessSeesEveryServiceUpOnItsManagementPort() throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + RunningPlatform.GATEWAY_MANAGEMENT_PORT
                + "/q/health/ready")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        for (String s : new String[] {"trade-service", "agreements-service", "ventures-service"}) {
            assertTrue(java.util.regex.Pattern.compile("\"" + s + "\"\\s*:\\s*\"UP\"").matcher(body).find(), s + " not UP in the gateway's readiness: " + body);
        }
    }
}
