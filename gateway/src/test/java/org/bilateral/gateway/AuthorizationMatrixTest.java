package org.bilateral.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.bilateral.testsupport.AuthorizationMatrixContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every write and every secured read of every service, through the gateway (operations from the merged document,
 * built from the services' real documents): the gateway itself refuses bad or missing tokens (401) and tokens without
 * editor/admin (403) before anything reaches a service; an editor's call is passed through.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

    @BeforeEach
    void services() {
        Stubs.reset();
        for (String service : ServiceDocuments.SERVICES) {
            Stubs.client(service).register(get(urlPathEqualTo("/q/openapi")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody(ServiceDocuments.snapshotText(service))));
            Stubs.client(service).register(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody("{}")));
        }
    }

    @Test
    void everyWriteAndSecuredReadThroughTheGatewayRefusesBadTokensAndWrongGroups() {
        int covered = AuthorizationMatrixContract.assertEnforced("/q/openapi?format=json", AuthorizationMatrixContract.Enforcer.GATEWAY);
        assertEquals(ServiceDocuments.SERVICES.stream().mapToInt(AuthorizationMatrixTest::writesAndSecuredReads).sum(), covered,
                "every write and secured read of the three services covered");
        // a refused call never reached a service: every write and subscription read the services saw carried a token
        for (String service : ServiceDocuments.SERVICES) {
            Stubs.client(service).verifyThat(0, anyRequestedFor(anyUrl()).withHeader("Authorization", absent()).withRequestBody(matching(".+")));
            Stubs.client(service).verifyThat(0, getRequestedFor(urlPathMatching(".*/subscriptions.*")).withHeader("Authorization", absent()));
        }
    }

    /** The operations of the service's document the matrix covers: writes, and reads that declare a security requirement. */
    private static int writesAndSecuredReads(String service) {
        int count = 0;
        for (JsonNode path : ServiceDocuments.snapshot(service).path("paths")) {
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                // a live stream never ends: the contract leaves it to its own tests
                boolean stream = op.getValue().path("responses").path("200").path("content").has("text/event-stream");
                boolean secured = !op.getValue().path("security").isEmpty();
                if (!stream && (WRITES.contains(op.getKey()) || op.getKey().equals("get") && secured)) {
                    count++;
                }
            }
        }
        return count;
    }
}
