package org.bilateral.gateway.downstream.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/** trade-service GET /api/v1/trade/targets: one item, a target with its progress. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TradeTarget(long id, String flow, String kind, Amount amount, Integer deadlineYear, String setBy, Progress progress) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Amount(BigDecimal amount, String unit, Integer scale) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Progress(String status, String latestPeriod, BigDecimal latestValue, BigDecimal percent) {
    }
}
