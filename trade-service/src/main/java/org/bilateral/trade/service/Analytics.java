package org.bilateral.trade.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.bilateral.support.provenance.Citation;
import org.bilateral.trade.domain.Flow;
import org.bilateral.trade.domain.LabelledPeriod;
import org.bilateral.trade.domain.Qualifier;
import org.bilateral.trade.domain.ReportedChange;
import org.bilateral.trade.domain.Target;

/**
 * What {@link AnalyticsService} computes, as domain values: amounts already in the unit and scale each answer states,
 * rounded as answered. The api layer turns them into the wire records.
 */
public final class Analytics {

    private Analytics() {
    }

    /** A value one source reports for a key. */
    public record Reported(long figureId, BigDecimal amount, Qualifier qualifier, Citation source, LocalDate publishedOn, boolean official) {
    }

    /** One period of a series: the preferred value, every reported one, reported beside recomputed growth. */
    public record SeriesPoint(LabelledPeriod period, String frequency, boolean derived, BigDecimal value, Qualifier qualifier,
            Long preferredFigureId, List<Reported> reported, ReportedChange reportedChange, BigDecimal reportedChangePercent,
            BigDecimal recomputedChangePercent, Boolean growthAgrees, String derivation) {
    }

    public record Series(String reporter, String partner, Flow flow, String region, String commodity, String unit, int scale,
            String preferenceRule, List<SeriesPoint> points) {
    }

    /** Exports, imports and their balance for one period, and whether the reported turnover adds up. */
    public record BalancePoint(LabelledPeriod period, BigDecimal exports, BigDecimal imports, BigDecimal balance, BigDecimal computedTurnover,
            BigDecimal reportedTurnover, Boolean turnoverAgrees, BigDecimal tolerance, List<Long> figureIds) {
    }

    public record Balance(String reporter, String partner, String unit, int scale, List<BalancePoint> periods) {
    }

    /** How far the latest annual figure has come toward a target. */
    public record Progress(String status, String latestPeriod, BigDecimal latestValue, Long latestFigureId, BigDecimal percent) {
    }

    /** A target, its amount as answered, and its progress. */
    public record TargetProgress(Target target, BigDecimal amount, Progress progress) {
    }

    public record SourceConflict(String reporter, String partner, String region, Flow flow, String commodity, LabelledPeriod period,
            List<Reported> reported, Long preferredFigureId, BigDecimal spread, boolean withinRounding) {
    }

    public record GrowthMismatch(long figureId, long previousFigureId, Flow flow, String region, String commodity, LabelledPeriod period,
            BigDecimal reportedChangePercent, BigDecimal recomputedChangePercent) {
    }

    public record OfficialVsReported(String reporter, String partner, String region, Flow flow, String commodity, LabelledPeriod period,
            List<Reported> official, List<Reported> reported, Long preferredFigureId, BigDecimal spread, BigDecimal reportedVsOfficialPercent,
            boolean withinRounding, String preferenceRule) {
    }

    public record Discrepancies(List<SourceConflict> sourceConflicts, List<OfficialVsReported> officialVsReported,
            List<GrowthMismatch> growthMismatches, List<BalancePoint> turnoverMismatches, boolean truncated) {
    }
}
