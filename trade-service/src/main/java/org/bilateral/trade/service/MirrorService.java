package org.bilateral.trade.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.trade.config.TradeConfig;
import org.bilateral.trade.domain.LabelledPeriod;
import org.bilateral.trade.domain.Preference;

/**
 * Mirror statistics. SQL picks one figure per (reporter, partner, flow, period) by the preference rule
 * (official first when configured, then EXACT, then the most recently published source, then the
 * lowest id; unlike /series without the decimal-places step) and pairs each direction's exports with
 * the partner's imports by a full join, so a period reported by one side only is listed too. Answers domain values; the
 * api layer maps them to the wire records.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MirrorService {

    /** One direction and period: the exporter's exports (FOB) beside the importer's imports (CIF), in USD millions. */
    public record MirrorRow(String exporter, String importer, LabelledPeriod period, BigDecimal exportsFob, BigDecimal importsCif,
            BigDecimal gap, BigDecimal ratio, Boolean outsideBand, Long exportFigureId, String exportSource, Boolean exportOfficial,
            Long importFigureId, String importSource, Boolean importOfficial) {
    }

    /** Mirror statistics of a pair, both directions, with the band and the preference rule applied. */
    public record Mirror(String reporter, String partner, String commodity, String unit, int scale, BigDecimal ratioMin, BigDecimal ratioMax,
            String preferenceRule, List<MirrorRow> rows) {
    }

    private final EntityManager em;
    private final TradeConfig config;

    MirrorService(EntityManager em, TradeConfig config) {
        this.em = em;
        this.config = config;
    }

    public Mirror mirror(String reporter, String partner, String commodity, LocalDate from, LocalDate to) {
        boolean officialFirst = config.trade().preference().officialFirst();
        String pick = "SELECT DISTINCT ON (f.reporter, f.partner, f.flow, f.period_start, f.period_end) f.id, f.reporter, f.partner, "
                + "f.flow, f.period_start, f.period_end, f.period_label, f.period_inferred, "
                + "f.amount * power(10::numeric, f.scale - 6) AS usd_m, f.source_id, f.provider IS NOT NULL AS official "
                + "FROM figure f LEFT JOIN source s ON s.id = f.source_id "
                + "WHERE f.region IS NULL AND f.commodity IS NOT DISTINCT FROM CAST(:c AS text) AND f.amount IS NOT NULL AND f.unit = 'USD' "
                + "AND f.flow IN ('EXPORT', 'IMPORT') AND ((f.reporter = :a AND f.partner = :b) OR (f.reporter = :b AND f.partner = :a)) "
                + "AND f.period_start >= :from AND f.period_end <= :to "
                + "ORDER BY f.reporter, f.partner, f.flow, f.period_start, f.period_end, "
                + (officialFirst ? "(f.provider IS NULL), " : "") + "f.qualifier <> 'EXACT', s.published_on DESC NULLS LAST, f.id";
        String sql = "WITH p AS (" + pick + ") "
                + "SELECT coalesce(x.reporter, m.partner) AS exporter, coalesce(x.partner, m.reporter) AS importer, "
                + "coalesce(x.period_start, m.period_start), coalesce(x.period_end, m.period_end), coalesce(x.period_label, m.period_label), "
                + "coalesce(x.period_inferred, m.period_inferred), x.usd_m, m.usd_m, x.id, x.source_id, x.official, m.id, m.source_id, m.official "
                + "FROM (SELECT * FROM p WHERE flow = 'EXPORT') x FULL JOIN (SELECT * FROM p WHERE flow = 'IMPORT') m "
                + "ON m.reporter = x.partner AND m.partner = x.reporter AND m.period_start = x.period_start AND m.period_end = x.period_end "
                + "ORDER BY (coalesce(x.reporter, m.partner) <> :a), 3, 4";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter("a", reporter).setParameter("b", partner)
                .setParameter("c", commodity)
                .setParameter("from", Date.valueOf(from == null ? LocalDate.of(1900, 1, 1) : from))
                .setParameter("to", Date.valueOf(to == null ? LocalDate.of(2200, 12, 31) : to)).getResultList();
        BigDecimal min = config.trade().mirror().ratioMin();
        BigDecimal max = config.trade().mirror().ratioMax();
        List<MirrorRow> result = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            BigDecimal exports = plain((BigDecimal) r[6]);
            BigDecimal imports = plain((BigDecimal) r[7]);
            BigDecimal gap = exports != null && imports != null ? plain(imports.subtract(exports)) : null;
            BigDecimal ratio = exports != null && imports != null && exports.signum() > 0
                    ? imports.divide(exports, 4, RoundingMode.HALF_EVEN) : null;
            Boolean outside = ratio == null ? null : ratio.compareTo(min) < 0 || ratio.compareTo(max) > 0;
            result.add(new MirrorRow(((String) r[0]).trim(), ((String) r[1]).trim(),
                    new LabelledPeriod(date(r[2]), date(r[3]), (String) r[4], Boolean.TRUE.equals(r[5])), exports, imports, gap, ratio, outside,
                    r[8] == null ? null : ((Number) r[8]).longValue(), (String) r[9], (Boolean) r[10],
                    r[11] == null ? null : ((Number) r[11]).longValue(), (String) r[12], (Boolean) r[13]));
        }
        return new Mirror(reporter, partner, commodity, "USD", 6, min, max, Preference.rule(officialFirst), result);
    }

    private static LocalDate date(Object o) {
        return o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
