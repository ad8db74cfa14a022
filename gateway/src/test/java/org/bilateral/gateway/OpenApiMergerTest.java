package org.bilateral.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.bilateral.gateway.service.OpenApiMerger;
import org.junit.jupiter.api.Test;

/** The merge rules on their own: operationIds stay unique, the first definition of a path wins. */
class OpenApiMergerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aClashingOperationIdGetsTheServicePrefixAndStaleDocumentsAreMarked() throws Exception {
        JsonNode own = JSON.readTree("{\"openapi\":\"3.1.0\",\"paths\":{\"/api/v1/overview\":{\"get\":{\"operationId\":\"getStatistics\"}}}}");
        JsonNode trade = JSON.readTree("{\"paths\":{\"/api/v1/trade/statistics\":{\"get\":{\"operationId\":\"getStatistics\"}},"
                + "\"/api/v1/overview\":{\"get\":{\"operationId\":\"shadow\"}}}}");
        JsonNode merged = OpenApiMerger.merge(own, List.of(new OpenApiMerger.Part("trade", trade, true, Instant.EPOCH, "trade-service could not be reached")));

        assertEquals("tradeGetStatistics", merged.at("/paths/~1api~1v1~1trade~1statistics/get/operationId").asText());
        assertEquals("getStatistics", merged.at("/paths/~1api~1v1~1overview/get/operationId").asText());
        JsonNode status = merged.at("/x-bilateral-services/0");
        assertTrue(status.path("stale").asBoolean());
        assertEquals(1, status.path("paths").asInt());
        assertEquals("trade-service could not be reached", status.path("reason").asText());
    }
}
