package org.bilateral.trade.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bilateral.support.provenance.Citation;
import org.bilateral.support.provenance.Source;
import org.bilateral.trade.config.TradeConfig;
import org.bilateral.trade.domain.Figure;
import org.bilateral.trade.domain.Flow;
import org.bilateral.trade.domain.LabelledPeriod;
import org.bilateral.trade.domain.Period;
import org.bilateral.trade.domain.Periods;
import org.bilateral.trade.domain.Preference;
import org.bilateral.trade.domain.Qualifier;
import org.bilateral.trade.domain.ReportedChange;
import org.bilateral.trade.domain.Target;
import org.bilateral.trade.service.Analytics.Balance;
import org.bilateral.trade.service.Analytics.BalancePoint;
import org.bilateral.trade.service.Analytics.Discrepancies;
import org.bilateral.trade.service.Analytics.GrowthMismatch;
import org.bilateral.trade.service.Analytics.OfficialVsReported;
import org.bilateral.trade.service.Analytics.Progress;
import org.bilateral.trade.service.Analytics.Reported;
import org.bilateral.trade.service.Analytics.Series;
import org.bilateral.trade.service.Analytics.SeriesPoint;
import org.bilateral.trade.service.Analytics.SourceConflict;
import org.bilateral.trade.service.Analytics.TargetProgress;

/** Series, balance, target progress and discrepancies, all computed from stored figures; the answers are {@link Analytics} values. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AnalyticsService {

    /** Analytics sum and compare amounts in millions of US dollars. */
    static final String UNIT = "USD";
    static final int SCALE = 6;

    private final TradeConfig config;

    AnalyticsService(TradeConfig config) {
        this.config = config;
    }

    public Series series(String reporter, String partner, Flow flow, String region, String commodity) {
        List<Figure> figures = inUsdMillions(Figure.seriesOf(reporter, partner, flow, region, commodity));
        Map<String, LocalDate> published = publishedOn(figures);
        Map<Period, List<Figure>> byPeriod = byPeriod(figures);
        List<SeriesPoint> points = new ArrayList<>();
        for (List<Figure> sameKey : byPeriod.values()) {
            List<Figure> ranked = Preference.rank(sameKey, published, officialFirst());
            Figure first = sameKey.get(0);
            Figure preferred = ranked.isEmpty() ? null : ranked.get(0);
            // growth comes from the preferred figure, else from any figure that states only growth
            Figure growthFrom = preferred != null && preferred.changeValue != null ? preferred
                    : sameKey.stream().filter(f -> f.changeValue != null).findFirst().orElse(null);
            ReportedChange change = growthFrom == null ? null : ReportedChange.of(growthFrom);
            BigDecimal reportedPct = change == null ? null : plain(change.percent());
            Figure previous = preferredAt(byPeriod, published, Period.of(first).yearEarlier());
            BigDecimal recomputed = preferred == null || previous == null || previous.amount.signum() == 0 ? null
                    : preferred.amount.divide(previous.amount, 10, RoundingMode.HALF_EVEN).subtract(BigDecimal.ONE)
                            .movePointRight(2).setScale(1, RoundingMode.HALF_EVEN);
            points.add(new SeriesPoint(period(first), Period.of(first).frequency(), false,
                    preferred == null ? null : plain(preferred.amount), preferred == null ? null : preferred.qualifier,
                    preferred == null ? null : preferred.id, reported(ranked, published), change, reportedPct, recomputed,
                    growthAgrees(change, reportedPct, recomputed), null));
            // a bound ("more than 3%") implies no value for the year before; exact or approximate growth does
            if (preferred != null && previous == null && change != null && change.impliesEarlierValue()) {
                points.add(derivedPrevious(preferred, change));
            }
        }
        points.sort(Comparator.comparing((SeriesPoint p) -> p.period().start()).thenComparing(p -> p.period().end()));
        return new Series(reporter, partner, flow, region, commodity, UNIT, SCALE, Preference.rule(officialFirst()), points);
    }

    private boolean officialFirst() {
        return config.trade().preference().officialFirst();
    }

    private List<Figure> rank(List<Figure> figures, Map<String, LocalDate> published) {
        return Preference.rank(figures, published, officialFirst());
    }

    public Balance balance(String reporter, String partner, Integer year) {
        return new Balance(reporter, partner, UNIT, SCALE, balancePoints(reporter, partner, year));
    }

    public List<TargetProgress> targets(String reporter, String partner) {
        List<Target> targets = Target.forPair(reporter, partner);
        List<TargetProgress> withProgress = new ArrayList<>(targets.size());
        Map<String, List<Figure>> annualCache = new LinkedHashMap<>();
        for (Target t : targets) {
            String key = t.reporter + "|" + t.partner + "|" + t.flow;
            List<Figure> annual = annualCache.computeIfAbsent(key, k -> inUsdMillions(Figure.seriesOf(t.reporter, t.partner, t.flow, null, null))
                    .stream().filter(f -> "A".equals(Period.of(f).frequency())).toList());
            withProgress.add(new TargetProgress(t, plain(t.amount), progress(t, annual)));
        }
        return withProgress;
    }

    public Discrepancies discrepancies(String reporter, String partner) {
        int max = config.trade().maxDiscrepancies();
        // in millions of their unit, so values stated at different scales (a Comtrade import's dollars beside a press
        // report's millions) compare, and the amounts and spread answered are in the unit the views document
        List<Figure> conflicting = inMillions(Figure.inSourceConflict(reporter, partner, max * 8));
        Map<String, LocalDate> published = publishedOn(conflicting);
        List<SourceConflict> conflicts = new ArrayList<>();
        for (List<Figure> sameKey : byKey(conflicting).values()) {
            List<Figure> ranked = Preference.rank(sameKey, published, officialFirst());
            BigDecimal lo = ranked.stream().map(f -> f.amount).min(BigDecimal::compareTo).orElseThrow();
            BigDecimal hi = ranked.stream().map(f -> f.amount).max(BigDecimal::compareTo).orElseThrow();
            BigDecimal slack = ranked.stream().map(f -> Preference.roundingHalfWidth(f.amount)).max(BigDecimal::compareTo).orElseThrow();
            Figure f = ranked.get(0);
            conflicts.add(new SourceConflict(f.reporter, f.partner, f.region, f.flow, f.commodity, period(f),
                    reported(ranked, published), f.id, plain(hi.subtract(lo)), hi.subtract(lo).compareTo(slack) <= 0));
        }
        List<OfficialVsReported> official = officialVsReported(reporter, partner, max + 1);
        List<GrowthMismatch> mismatches = new ArrayList<>();
        for (Object[] row : Figure.growthMismatches(reporter, partner, config.trade().growthTolerancePoints(), max + 1)) {
            Figure f = (Figure) row[0];
            mismatches.add(new GrowthMismatch(f.id, ((Number) row[1]).longValue(), f.flow, f.region, f.commodity, period(f),
                    plain((BigDecimal) row[2]), ((BigDecimal) row[3]).setScale(1, RoundingMode.HALF_EVEN)));
        }
        List<BalancePoint> totals = balancePoints(reporter, partner, null).stream()
                .filter(p -> Boolean.FALSE.equals(p.turnoverAgrees())).toList();
        boolean truncated = conflicts.size() > max || mismatches.size() > max || official.size() > max;
        return new Discrepancies(conflicts.subList(0, Math.min(max, conflicts.size())), official.subList(0, Math.min(max, official.size())),
                mismatches.subList(0, Math.min(max, mismatches.size())), totals, truncated);
    }

    /** Keys that official statistics and press reports both give, compared in USD millions, the preference rule applied. */
    private List<OfficialVsReported> officialVsReported(String reporter, String partner, int max) {
        List<Figure> figures = inUsdMillions(Figure.officialBesideReported(reporter, partner, max * 8));
        Map<String, LocalDate> published = publishedOn(figures);
        List<OfficialVsReported> result = new ArrayList<>();
        for (List<Figure> sameKey : byKey(figures).values()) {
            List<Figure> ranked = rank(sameKey, published);
            List<Figure> official = ranked.stream().filter(Figure::isOfficial).toList();
            List<Figure> press = ranked.stream().filter(f -> !f.isOfficial()).toList();
            if (official.isEmpty() || press.isEmpty()) {
                continue; // a key whose only other value is in another currency
            }
            BigDecimal lo = ranked.stream().map(f -> f.amount).min(BigDecimal::compareTo).orElseThrow();
            BigDecimal hi = ranked.stream().map(f -> f.amount).max(BigDecimal::compareTo).orElseThrow();
            BigDecimal slack = ranked.stream().map(f -> Preference.roundingHalfWidth(f.amount)).max(BigDecimal::compareTo).orElseThrow();
            BigDecimal off = official.get(0).amount;
            BigDecimal pct = off.signum() == 0 ? null : press.get(0).amount.subtract(off).divide(off, 10, RoundingMode.HALF_EVEN)
                    .movePointRight(2).setScale(1, RoundingMode.HALF_EVEN);
            Figure f = ranked.get(0);
            result.add(new OfficialVsReported(f.reporter, f.partner, f.region, f.flow, f.commodity, period(f), reported(official, published),
                    reported(press, published), f.id, plain(hi.subtract(lo)), pct, hi.subtract(lo).compareTo(slack) <= 0,
                    Preference.rule(officialFirst())));
            if (result.size() >= max) {
                break;
            }
        }
        return result;
    }

    private List<BalancePoint> balancePoints(String reporter, String partner, Integer year) {
        List<Figure> figures = inUsdMillions(Figure.totalsOf(reporter, partner, List.of(Flow.EXPORT, Flow.IMPORT, Flow.TURNOVER)));
        if (year != null) {
            figures = figures.stream().filter(f -> f.periodStart.getYear() == year && f.periodEnd.getYear() == year).toList();
        }
        Map<String, LocalDate> published = publishedOn(figures);
        List<BalancePoint> points = new ArrayList<>();
        for (List<Figure> inPeriod : byPeriod(figures).values()) {
            Figure exp = first(rank(inPeriod.stream().filter(f -> f.flow == Flow.EXPORT).toList(), published));
            Figure imp = first(rank(inPeriod.stream().filter(f -> f.flow == Flow.IMPORT).toList(), published));
            Figure tur = first(rank(inPeriod.stream().filter(f -> f.flow == Flow.TURNOVER).toList(), published));
            if (exp == null && imp == null) {
                continue;
            }
            BigDecimal computed = exp != null && imp != null ? exp.amount.add(imp.amount) : null;
            BigDecimal balance = exp != null && imp != null ? exp.amount.subtract(imp.amount) : null;
            Boolean agrees = null;
            BigDecimal tolerance = null;
            if (computed != null && tur != null && allExact(exp, imp, tur)) {
                tolerance = Preference.roundingHalfWidth(exp.amount).add(Preference.roundingHalfWidth(imp.amount))
                        .add(Preference.roundingHalfWidth(tur.amount));
                agrees = computed.subtract(tur.amount).abs().compareTo(tolerance) <= 0;
            }
            Figure any = inPeriod.get(0);
            points.add(new BalancePoint(period(any), exp == null ? null : plain(exp.amount), imp == null ? null : plain(imp.amount),
                    balance == null ? null : plain(balance), computed == null ? null : plain(computed),
                    tur == null ? null : plain(tur.amount), agrees, tolerance == null ? null : plain(tolerance),
                    Stream.of(exp, imp, tur).filter(Objects::nonNull).map(f -> f.id).toList()));
        }
        return points;
    }

    private static boolean allExact(Figure... figures) {
        for (Figure f : figures) {
            if (f.qualifier != Qualifier.EXACT) {
                return false;
            }
        }
        return true;
    }

    private Progress progress(Target t, List<Figure> annual) {
        Map<String, LocalDate> published = publishedOn(annual);
        Map<Period, List<Figure>> byPeriod = byPeriod(annual.stream()
                .filter(f -> t.deadlineYear == null || f.periodStart.getYear() <= t.deadlineYear).toList());
        if (byPeriod.isEmpty()) {
            return new Progress("NO_DATA", null, null, null, null);
        }
        List<Figure> lastPeriod = new ArrayList<>(byPeriod.values()).get(byPeriod.size() - 1);
        Figure latest = first(Preference.rank(lastPeriod, published, officialFirst()));
        if (latest == null) {
            return new Progress("NO_DATA", null, null, null, null);
        }
        BigDecimal target = t.amount.movePointRight(t.scale - SCALE);
        BigDecimal percent = latest.amount.divide(target, 10, RoundingMode.HALF_EVEN).movePointRight(2).setScale(1, RoundingMode.HALF_EVEN);
        boolean reached = t.qualifier == Qualifier.MORE_THAN ? latest.amount.compareTo(target) > 0 : latest.amount.compareTo(target) >= 0;
        String status = reached ? "MET"
                : t.deadlineYear != null && latest.periodStart.getYear() == t.deadlineYear ? "MISSED" : "IN_PROGRESS";
        return new Progress(status, latest.periodLabel, plain(latest.amount), latest.id, percent);
    }

    private SeriesPoint derivedPrevious(Figure from, ReportedChange change) {
        Period prev = Period.of(from).yearEarlier();
        BigDecimal ratio = change.ratio();
        BigDecimal value = from.amount.divide(ratio, Math.max(1, Preference.decimals(from.amount)), RoundingMode.HALF_EVEN);
        String derivation = plain(from.amount) + " / " + ratio.stripTrailingZeros().toPlainString() + " (figure " + from.id
                + " and the growth its source reports)";
        return new SeriesPoint(new LabelledPeriod(prev.start(), prev.end(), Periods.labelYearEarlier(from.periodLabel, from.periodStart,
                from.periodEnd), from.periodInferred), prev.frequency(), true, value, Qualifier.APPROXIMATE, null, List.of(),
                null, null, null, null, derivation);
    }

    private Boolean growthAgrees(ReportedChange change, BigDecimal reportedPct, BigDecimal recomputed) {
        if (reportedPct == null || recomputed == null) {
            return null;
        }
        double tol = config.trade().growthTolerancePoints() * (change.qualifier() == Qualifier.APPROXIMATE ? 2 : 1);
        double diff = recomputed.doubleValue() - reportedPct.doubleValue();
        return switch (change.qualifier()) {
            case MORE_THAN, AT_LEAST -> diff >= -tol;
            default -> Math.abs(diff) <= tol;
        };
    }

    private Figure preferredAt(Map<Period, List<Figure>> byPeriod, Map<String, LocalDate> published, Period period) {
        List<Figure> at = byPeriod.get(period);
        return at == null ? null : first(Preference.rank(at, published, officialFirst()));
    }

    /** Figures by the period they cover, in the order the query gave them. */
    private static Map<Period, List<Figure>> byPeriod(List<Figure> figures) {
        Map<Period, List<Figure>> map = new LinkedHashMap<>();
        for (Figure f : figures) {
            map.computeIfAbsent(Period.of(f), k -> new ArrayList<>()).add(f);
        }
        return map;
    }

    private static Map<String, List<Figure>> byKey(List<Figure> figures) {
        Map<String, List<Figure>> map = new LinkedHashMap<>();
        for (Figure f : figures) {
            String key = String.join("|", f.reporter, f.partner, String.valueOf(f.region), f.flow.name(), String.valueOf(f.commodity),
                    f.periodStart.toString(), f.periodEnd.toString());
            map.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        return map;
    }

    private static List<Reported> reported(List<Figure> ranked, Map<String, LocalDate> published) {
        return ranked.stream().map(f -> new Reported(f.id, plain(f.amount), f.qualifier, new Citation(f.sourceId, f.locator),
                published.get(f.sourceId), f.isOfficial())).toList();
    }

    /** Amounts at scale 6, millions of their own unit (unlike inUsdMillions, figures in other units are kept). */
    private static List<Figure> inMillions(List<Figure> figures) {
        return figures.stream().map(AnalyticsService::inMillions).toList();
    }

    /** Keeps US-dollar figures (and growth-only ones), with amounts moved to millions. */
    private static List<Figure> inUsdMillions(List<Figure> figures) {
        return figures.stream().filter(f -> f.amount == null || UNIT.equals(f.unit)).map(AnalyticsService::inMillions).toList();
    }

    /**
     * The figure with its amount in millions (scale 6). A figure at another scale is copied, never changed: the
     * entities are managed, and an amount scaled in place would be written back if a transaction were open.
     */
    static Figure inMillions(Figure f) {
        if (f.amount == null || f.scale == null || f.scale == SCALE) {
            return f;
        }
        Figure copy = new Figure();
        copy.id = f.id;
        copy.version = f.version;
        copy.reporter = f.reporter;
        copy.partner = f.partner;
        copy.region = f.region;
        copy.flow = f.flow;
        copy.commodity = f.commodity;
        copy.periodStart = f.periodStart;
        copy.periodEnd = f.periodEnd;
        copy.periodLabel = f.periodLabel;
        copy.periodInferred = f.periodInferred;
        copy.amount = f.amount.movePointRight(f.scale - SCALE);
        copy.unit = f.unit;
        copy.scale = SCALE;
        copy.qualifier = f.qualifier;
        copy.changeKind = f.changeKind;
        copy.changeValue = f.changeValue;
        copy.changeQualifier = f.changeQualifier;
        copy.sourceId = f.sourceId;
        copy.locator = f.locator;
        copy.note = f.note;
        copy.provider = f.provider;
        copy.dataflow = f.dataflow;
        copy.seriesKey = f.seriesKey;
        copy.requestUrl = f.requestUrl;
        copy.retrievedAt = f.retrievedAt;
        return copy;
    }

    private static Map<String, LocalDate> publishedOn(Collection<Figure> figures) {
        List<String> ids = figures.stream().map(f -> f.sourceId).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Source> sources = Source.list("id in ?1", ids);
        return sources.stream().filter(s -> s.publishedOn != null).collect(Collectors.toMap(s -> s.id, s -> s.publishedOn));
    }

    private static LabelledPeriod period(Figure f) {
        return LabelledPeriod.of(f);
    }

    private static Figure first(List<Figure> figures) {
        return figures.isEmpty() ? null : figures.get(0);
    }

    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
