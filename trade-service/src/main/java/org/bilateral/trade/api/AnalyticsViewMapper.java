package org.bilateral.trade.api;

import java.util.List;
import org.bilateral.support.provenance.Citation;
import org.bilateral.trade.api.model.AmountInput;
import org.bilateral.trade.api.model.AnalyticsViews;
import org.bilateral.trade.api.model.ChangeInput;
import org.bilateral.trade.api.model.MirrorViews;
import org.bilateral.trade.api.model.PeriodInput;
import org.bilateral.trade.domain.LabelledPeriod;
import org.bilateral.trade.domain.ReportedChange;
import org.bilateral.trade.domain.Target;
import org.bilateral.trade.service.Analytics;
import org.bilateral.trade.service.MirrorService;

/** The analytics and mirror answers of the service layer as the wire records the endpoints answer. */
final class AnalyticsViewMapper {

    private AnalyticsViewMapper() {
    }

    static AnalyticsViews.Series series(Analytics.Series s) {
        return new AnalyticsViews.Series(s.reporter(), s.partner(), s.flow(), s.region(), s.commodity(), s.unit(), s.scale(), s.preferenceRule(),
                s.points().stream().map(AnalyticsViewMapper::point).toList());
    }

    static AnalyticsViews.Balance balance(Analytics.Balance b) {
        return new AnalyticsViews.Balance(b.reporter(), b.partner(), b.unit(), b.scale(), balancePoints(b.periods()));
    }

    static List<AnalyticsViews.TargetProgressView> targets(List<Analytics.TargetProgress> targets) {
        return targets.stream().map(AnalyticsViewMapper::target).toList();
    }

    static AnalyticsViews.Discrepancies discrepancies(Analytics.Discrepancies d) {
        return new AnalyticsViews.Discrepancies(
                d.sourceConflicts().stream().map(c -> new AnalyticsViews.SourceConflict(c.reporter(), c.partner(), c.region(), c.flow(),
                        c.commodity(), period(c.period()), reported(c.reported()), c.preferredFigureId(), c.spread(), c.withinRounding())).toList(),
                d.officialVsReported().stream().map(o -> new AnalyticsViews.OfficialVsReported(o.reporter(), o.partner(), o.region(), o.flow(),
                        o.commodity(), period(o.period()), reported(o.official()), reported(o.reported()), o.preferredFigureId(), o.spread(),
                        o.reportedVsOfficialPercent(), o.withinRounding(), o.preferenceRule())).toList(),
                d.growthMismatches().stream().map(g -> new AnalyticsViews.GrowthMismatch(g.figureId(), g.previousFigureId(), g.flow(), g.region(),
                        g.commodity(), period(g.period()), g.reportedChangePercent(), g.recomputedChangePercent())).toList(),
                balancePoints(d.turnoverMismatches()), d.truncated());
    }

    static MirrorViews.Mirror mirror(MirrorService.Mirror m) {
        return new MirrorViews.Mirror(m.reporter(), m.partner(), m.commodity(), m.unit(), m.scale(), m.ratioMin(), m.ratioMax(), m.preferenceRule(),
                m.rows().stream().map(r -> new MirrorViews.MirrorRow(r.exporter(), r.importer(), period(r.period()), r.exportsFob(), r.importsCif(),
                        r.gap(), r.ratio(), r.outsideBand(), r.exportFigureId(), r.exportSource(), r.exportOfficial(), r.importFigureId(),
                        r.importSource(), r.importOfficial())).toList());
    }

    private static AnalyticsViews.SeriesPoint point(Analytics.SeriesPoint p) {
        return new AnalyticsViews.SeriesPoint(period(p.period()), p.frequency(), p.derived(), p.value(), p.qualifier(), p.preferredFigureId(),
                reported(p.reported()), change(p.reportedChange()), p.reportedChangePercent(), p.recomputedChangePercent(), p.growthAgrees(),
                p.derivation());
    }

    private static List<AnalyticsViews.BalancePoint> balancePoints(List<Analytics.BalancePoint> points) {
        return points.stream().map(p -> new AnalyticsViews.BalancePoint(period(p.period()), p.exports(), p.imports(), p.balance(),
                p.computedTurnover(), p.reportedTurnover(), p.turnoverAgrees(), p.tolerance(), p.figureIds())).toList();
    }

    private static AnalyticsViews.TargetProgressView target(Analytics.TargetProgress tp) {
        Target t = tp.target();
        Analytics.Progress p = tp.progress();
        return new AnalyticsViews.TargetProgressView(t.id, t.version, t.reporter, t.partner, t.flow, t.kind,
                new AmountInput(tp.amount(), t.unit, t.scale, t.qualifier), t.deadlineYear, t.setBy, t.statedBy, t.agreementId, t.description,
                new Citation(t.sourceId, t.locator),
                new AnalyticsViews.Progress(p.status(), p.latestPeriod(), p.latestValue(), p.latestFigureId(), p.percent()));
    }

    private static List<AnalyticsViews.ReportedValue> reported(List<Analytics.Reported> reported) {
        return reported.stream().map(r -> new AnalyticsViews.ReportedValue(r.figureId(), r.amount(), r.qualifier(), r.source(), r.publishedOn(),
                r.official())).toList();
    }

    private static ChangeInput change(ReportedChange c) {
        return c == null ? null : new ChangeInput(c.kind(), c.value(), c.qualifier());
    }

    private static PeriodInput period(LabelledPeriod p) {
        return new PeriodInput(p.start(), p.end(), p.label(), p.inferred());
    }
}
