package org.bilateral.gateway.downstream.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/** ventures-service GET /api/v1/ventures/statistics: the registry's listings counted. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VentureStatistics(Listed listed) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Listed(long total, Map<String, Long> byKind, Map<String, Long> byStatus) {
    }
}
