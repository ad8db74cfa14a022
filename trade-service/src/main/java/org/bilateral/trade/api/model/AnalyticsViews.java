package org.bilateral.trade.api.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.bilateral.support.provenance.Citation;
import org.bilateral.trade.domain.Flow;
import org.bilateral.trade.domain.Qualifier;
import org.bilateral.trade.domain.TargetKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answers of the analytics endpoints. Amounts are in the unit and scale each answer states. */
public final class AnalyticsViews {

    private AnalyticsViews() {
    }

    @Schema(name = "ReportedValue", description = "A value one source reports for a key")
    public record ReportedValue(
            @Schema(examples = "1") long figureId,
            @Schema(examples = "896.1") BigDecimal amount,
            Qualifier qualifier,
            Citation source,
            @Schema(description = "Publication date of the source", examples = "2019-08-24") LocalDate publishedOn,
            @Schema(description = "True for official statistics (harvested from a provider or imported in the Comtrade layout), "
                    + "false for values from press reports and other documents") boolean official) {
    }

    @Schema(name = "SeriesPoint", description = "One period of a series")
    public record SeriesPoint(
            PeriodInput period,
            @Schema(description = "A year, S half-year, Q quarter, M month, R other range", examples = "A") String frequency,
            @Schema(description = "True when no source states this period and it is derived from the next year's value and reported growth")
            boolean derived,
            @Schema(description = "Preferred value", examples = "896.1") BigDecimal value,
            Qualifier qualifier,
            @Schema(description = "The figure the preferred value comes from") Long preferredFigureId,
            @Schema(description = "Every value reported for this period, the preferred one first") List<ReportedValue> reported,
            @Schema(description = "Change the preferred figure's source reports") ChangeInput reportedChange,
            @Schema(description = "The reported change as a percentage", examples = "30") BigDecimal reportedChangePercent,
            @Schema(description = "Change against the stored value of the same period a year earlier, in percent", examples = "30.0")
            BigDecimal recomputedChangePercent,
            @Schema(description = "Whether reported and recomputed growth agree within tolerance; null when either is missing")
            Boolean growthAgrees,
            @Schema(description = "How a derived value was computed") String derivation) {
    }

    @Schema(name = "Series", description = "A flow over time, with reported beside recomputed growth")
    public record Series(
            @Schema(examples = "BY") String reporter,
            @Schema(examples = "KZ") String partner,
            Flow flow,
            String region,
            String commodity,
            @Schema(examples = "USD") String unit,
            @Schema(examples = "6") int scale,
            @Schema(description = "How the preferred value is picked when sources disagree") String preferenceRule,
            List<SeriesPoint> points) {
    }

    @Schema(name = "BalancePoint", description = "Exports, imports and their balance for one period")
    public record BalancePoint(
            PeriodInput period,
            @Schema(examples = "783.7") BigDecimal exports,
            @Schema(examples = "112.3") BigDecimal imports,
            @Schema(description = "exports - imports", examples = "671.4") BigDecimal balance,
            @Schema(description = "exports + imports", examples = "896.0") BigDecimal computedTurnover,
            @Schema(description = "Turnover the sources report (preferred value)", examples = "896.1") BigDecimal reportedTurnover,
            @Schema(description = "Whether reported turnover equals exports + imports within the rounding of the stated figures")
            Boolean turnoverAgrees,
            @Schema(description = "Largest difference rounding can explain", examples = "0.15") BigDecimal tolerance,
            @Schema(description = "Figures used") List<Long> figureIds) {
    }

    @Schema(name = "Balance", description = "Trade balance per period")
    public record Balance(String reporter, String partner, String unit, int scale, List<BalancePoint> periods) {
    }

    @Schema(name = "TargetProgress", description = "How far the latest figure has come toward the target")
    public record Progress(
            @Schema(description = "MET, MISSED (deadline period reported and short), IN_PROGRESS, NO_DATA", examples = "IN_PROGRESS") String status,
            @Schema(examples = "2018") String latestPeriod,
            @Schema(examples = "896.1") BigDecimal latestValue,
            Long latestFigureId,
            @Schema(description = "latestValue / target amount, percent", examples = "89.6") BigDecimal percent) {
    }

    @Schema(name = "Target", description = "A trade goal, forecast or aspiration with its progress")
    public record TargetProgressView(
            @Schema(examples = "1") long id,
            @Schema(examples = "1") int version,
            @Schema(examples = "BY") String reporter,
            @Schema(examples = "KZ") String partner,
            Flow flow,
            TargetKind kind,
            AmountInput amount,
            @Schema(description = "Year by which it should be reached; null when none", examples = "2020") Integer deadlineYear,
            @Schema(examples = "Heads of state of Belarus and Kazakhstan") String setBy,
            String statedBy,
            @Schema(description = "Id in agreements-service of the agreement that sets it, where one does") Long agreementId,
            String description,
            Citation source,
            Progress progress) {
    }

    @Schema(name = "SourceConflict", description = "One key reported with different values by different sources")
    public record SourceConflict(String reporter, String partner, String region, Flow flow, String commodity, PeriodInput period,
            List<ReportedValue> reported, Long preferredFigureId,
            @Schema(description = "max - min of the values", examples = "0.1") BigDecimal spread,
            @Schema(description = "Whether rounding of the less precise value explains the spread") boolean withinRounding) {
    }

    @Schema(name = "GrowthMismatch", description = "Reported growth that the stored figures do not bear out")
    public record GrowthMismatch(long figureId, long previousFigureId, Flow flow, String region, String commodity, PeriodInput period,
            @Schema(examples = "30") BigDecimal reportedChangePercent,
            @Schema(examples = "12.5") BigDecimal recomputedChangePercent) {
    }

    @Schema(name = "OfficialVsReported", description = "A key that official statistics and press reports both give, "
            + "in millions of US dollars, with the preference rule applied")
    public record OfficialVsReported(String reporter, String partner, String region, Flow flow, String commodity, PeriodInput period,
            @Schema(description = "Official values, the preferred one first") List<ReportedValue> official,
            @Schema(description = "Values from press reports and other documents") List<ReportedValue> reported,
            @Schema(description = "The value the rule prefers") Long preferredFigureId,
            @Schema(description = "max - min over all values (USD millions)", examples = "1.2") BigDecimal spread,
            @Schema(description = "preferred reported value - preferred official value, in percent of the official one", examples = "-0.8")
            BigDecimal reportedVsOfficialPercent,
            @Schema(description = "Whether rounding of the less precise value explains the spread") boolean withinRounding,
            @Schema(description = "The preference rule applied") String preferenceRule) {
    }

    @Schema(name = "Discrepancies", description = "Where sources disagree with each other or with arithmetic")
    public record Discrepancies(List<SourceConflict> sourceConflicts,
            @Schema(description = "Keys with both official statistics and press reports, whether or not they agree")
            List<OfficialVsReported> officialVsReported,
            List<GrowthMismatch> growthMismatches,
            List<BalancePoint> turnoverMismatches,
            @Schema(description = "True when a section hit the configured maximum") boolean truncated) {
    }
}
