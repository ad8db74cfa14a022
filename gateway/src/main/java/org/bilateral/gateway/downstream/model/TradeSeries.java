package org.bilateral.gateway.downstream.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** trade-service GET /api/v1/trade/series: one flow of a pair over time. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TradeSeries(String unit, Integer scale, List<Point> points) {

    public TradeSeries {
        points = points == null ? List.of() : points;
    }

    /** One period's preferred value; derived points are computed from reported growth, not stated by a source. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Point(Period period, String frequency, boolean derived, BigDecimal value, String qualifier,
            BigDecimal reportedChangePercent, BigDecimal recomputedChangePercent) {

        public boolean statedAnnual() {
            return "A".equals(frequency) && !derived;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Period(LocalDate start, LocalDate end, String label) {
    }
}
