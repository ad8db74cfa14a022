package org.bilateral.gateway.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The composite answer of GET /api/v1/overview. Each section says whether it is degraded and why. */
public final class OverviewViews {

    private OverviewViews() {
    }

    @Schema(name = "Overview", description = "Trade, agreements and ventures at a glance, composed from the three services. A section whose "
            + "service failed or was too slow is marked degraded with the reason; the others are still answered.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Overview(
            @Schema(examples = "BY") String reporter,
            @Schema(examples = "KZ") String partner,
            @Schema(description = "The day 'in force' is judged on", examples = "2026-11-23") LocalDate asOn,
            @Schema(description = "Names of the degraded sections; empty when everything answered", examples = "[\"agreements\"]")
            List<String> degraded,
            @Schema(description = "Per service, the change-feed cursor (its /changes nextCursor scale) the gateway had seen when it read "
                    + "that section: the section reflects every change up to it. Absent for a section read while the gateway did not "
                    + "follow that service's feed, and for a degraded one", examples = "{\"trade\": 1734, \"agreements\": 96, \"ventures\": 41}")
            Map<String, Long> cursors,
            TradeSection trade,
            AgreementsSection agreements,
            VenturesSection ventures) {
    }

    @Schema(name = "OverviewTrade", description = "The latest annual turnover, exports and imports with growth, and progress toward each target")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TradeSection(
            @Schema(description = "True when trade-service did not answer in time or failed") boolean degraded,
            @Schema(description = "Why the section is degraded", examples = "trade-service did not answer within 3000 ms") String reason,
            @Schema(description = "Currency of the amounts", examples = "USD") String unit,
            @Schema(description = "Power of ten the amounts are in: 6 for millions", examples = "6") Integer scale,
            @Schema(description = "Latest annual turnover") AnnualFigure turnover,
            @Schema(description = "Latest annual exports of the reporter to the partner") AnnualFigure exports,
            @Schema(description = "Latest annual imports of the reporter from the partner") AnnualFigure imports,
            List<TargetProgress> targets) {

        public static TradeSection degraded(String reason) {
            return new TradeSection(true, reason, null, null, null, null, null, null);
        }
    }

    @Schema(name = "OverviewAnnualFigure", description = "One flow in its latest year with reported and recomputed growth")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AnnualFigure(
            @Schema(examples = "2018") String period,
            @Schema(examples = "896.1") BigDecimal value,
            @Schema(examples = "EXACT") String qualifier,
            @Schema(description = "Growth against the year before as the source reports it, percent", examples = "30") BigDecimal reportedChangePercent,
            @Schema(description = "Growth recomputed from the stored figures, percent", examples = "29.8") BigDecimal recomputedChangePercent) {
    }

    @Schema(name = "OverviewTargetProgress", description = "A trade target and how far the latest figure has come toward it")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TargetProgress(
            @Schema(description = "Target id in trade-service", examples = "1") long id,
            @Schema(examples = "TURNOVER") String flow,
            @Schema(description = "TARGET, FORECAST or ASPIRATION", examples = "TARGET") String kind,
            @Schema(examples = "1000") BigDecimal amount,
            @Schema(examples = "USD") String unit,
            @Schema(examples = "6") Integer scale,
            @Schema(examples = "2020") Integer deadlineYear,
            @Schema(examples = "Heads of state of Belarus and Kazakhstan") String setBy,
            @Schema(description = "MET, MISSED, IN_PROGRESS or NO_DATA", examples = "IN_PROGRESS") String status,
            @Schema(examples = "2018") String latestPeriod,
            @Schema(examples = "896.1") BigDecimal latestValue,
            @Schema(description = "Share of the target reached, percent", examples = "89.6") BigDecimal percent) {
    }

    @Schema(name = "OverviewAgreements", description = "Agreements between the two countries in force today and the next to expire")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AgreementsSection(
            @Schema(description = "True when agreements-service did not answer in time or failed") boolean degraded,
            @Schema(description = "Why the section is degraded", examples = "agreements-service could not be reached") String reason,
            @Schema(description = "Agreements in force today with both countries among the parties", examples = "12") Integer inForce,
            @Schema(description = "The in-force agreement whose validity ends first; absent when all are open-ended") ExpiringAgreement nextToExpire) {

        public static AgreementsSection degraded(String reason) {
            return new AgreementsSection(true, reason, null, null);
        }
    }

    @Schema(name = "OverviewExpiringAgreement", description = "An agreement and the last day of its validity")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExpiringAgreement(
            @Schema(description = "Agreement id in agreements-service", examples = "4") long id,
            @Schema(examples = "Programme of economic cooperation 2021-2025") String title,
            @Schema(examples = "PROGRAMME") String kind,
            @Schema(examples = "2026-12-31") LocalDate validUntil) {
    }

    @Schema(name = "OverviewVentures", description = "Listed ventures by kind and status")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VenturesSection(
            @Schema(description = "True when ventures-service did not answer in time or failed") boolean degraded,
            @Schema(description = "Why the section is degraded", examples = "ventures-service did not answer within 3000 ms") String reason,
            @Schema(description = "Listings in the registry", examples = "9") Long total,
            @Schema(description = "Listings per kind", examples = "{\"JOINT_ASSEMBLY_PLANT\": 1}") Map<String, Long> byKind,
            @Schema(description = "Listings per status", examples = "{\"OPERATING\": 2}") Map<String, Long> byStatus) {

        public static VenturesSection degraded(String reason) {
            return new VenturesSection(true, reason, null, null, null);
        }
    }
}
