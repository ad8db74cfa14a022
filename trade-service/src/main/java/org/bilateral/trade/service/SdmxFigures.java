package org.bilateral.trade.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bilateral.trade.config.TradeConfig;
import org.bilateral.trade.domain.Figure;
import org.bilateral.trade.domain.Preference;

/**
 * Trade figures as SDMX observations. Selection, preference between sources, first/last N and the
 * limit all run in SQL; codelists come from DISTINCT queries over the figures, never whole tables.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SdmxFigures {

    /** Code for "the whole country" (no region) and for "all goods" (no commodity): SDMX's total. */
    public static final String TOTAL = "_T";
    /** Frequency code of a period that is not a calendar year, half, quarter or run of months. */
    public static final String OTHER_FREQUENCY = "_O";

    /**
     * SDMX frequency of a figure's period: A, S, Q, M for calendar years, halves, quarters and months;
     * M2…M11 for a run of whole months (e.g. January–February is M2); _O for any other range.
     */
    static final String FREQ = "(CASE WHEN extract(day FROM f.period_start) <> 1"
            + " OR f.period_end <> (date_trunc('month', f.period_end) + interval '1 month - 1 day')::date THEN '" + OTHER_FREQUENCY + "'"
            + " ELSE (SELECT CASE WHEN m = 12 AND extract(month FROM f.period_start) = 1 THEN 'A'"
            + " WHEN m = 6 AND extract(month FROM f.period_start) IN (1, 7) THEN 'S'"
            + " WHEN m = 3 AND extract(month FROM f.period_start) IN (1, 4, 7, 10) THEN 'Q'"
            + " WHEN m = 1 THEN 'M' WHEN m < 12 THEN 'M' || m ELSE '" + OTHER_FREQUENCY + "' END"
            + " FROM (SELECT ((extract(year FROM f.period_end) - extract(year FROM f.period_start)) * 12"
            + " + extract(month FROM f.period_end) - extract(month FROM f.period_start) + 1)::int AS m) months) END)";

    /** The preference rule of {@link Preference}, as an SQL ordering. */
    static final String PREFERENCE = "f.qualifier <> 'EXACT', scale(trim_scale(f.amount)) DESC, s.published_on DESC NULLS LAST, f.id";

    static final String SERIES = "reporter, partner, region, flow, commodity, freq";

    /** Official statistics first (the same rule as /series), unless bilateral.trade.preference.official-first=false. */
    static final String OFFICIAL_FIRST = "(f.provider IS NULL), ";

    private final EntityManager em;
    private final String preference;

    SdmxFigures(EntityManager em, TradeConfig config) {
        this.em = em;
        this.preference = (config.trade().preference().officialFirst() ? OFFICIAL_FIRST : "") + PREFERENCE;
    }

    /**
     * What a data query selects: per dimension the accepted codes (empty = all), the providers
     * (source ids, empty = all), the period bounds and the per-series first/last N.
     */
    public record Selection(Set<String> reporters, Set<String> partners, Set<String> regions, Set<String> flows,
            Set<String> commodities, Set<String> frequencies, Set<String> sources, LocalDate startOnOrAfter,
            LocalDate endOnOrBefore, Integer firstN, Integer lastN, Instant updatedAfter) {
    }

    /** One observation: a figure's value, preferred among the selected sources for its key. */
    public record Observation(long figureId, String reporter, String partner, String region, String flow, String commodity,
            String freq, LocalDate start, LocalDate end, BigDecimal value, String unit, int unitMult, String qualifier,
            String source, int sources) {

        public List<String> seriesKey() {
            return List.of(reporter, partner, region, flow, commodity, freq);
        }
    }

    /**
     * The preferred observation per key among the selected sources, ordered by series then period;
     * at most {@code limit} rows (the caller asks for one more than it serves to detect overflow).
     */
    @SuppressWarnings("unchecked")
    public List<Observation> observations(Selection sel, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("f.amount IS NOT NULL");
        in(where, params, "f.reporter", "reporters", sel.reporters());
        in(where, params, "f.partner", "partners", sel.partners());
        inOrTotal(where, params, "f.region", "regions", sel.regions());
        in(where, params, "f.flow", "flows", sel.flows());
        inOrTotal(where, params, "f.commodity", "commodities", sel.commodities());
        in(where, params, "f.source_id", "sources", sel.sources());
        if (sel.updatedAfter() != null) {
            // SDMX updatedAfter: figures created or changed after the instant (revision_by_time index)
            where.append(" AND f.id IN (SELECT r.resource_id FROM revision r WHERE r.resource = '").append(Figure.TABLE)
                    .append("' AND r.recorded_at > :updatedAfter)");
            params.put("updatedAfter", OffsetDateTime.ofInstant(sel.updatedAfter(), ZoneOffset.UTC));
        }
        if (sel.startOnOrAfter() != null) {
            where.append(" AND f.period_start >= :startOnOrAfter");
            params.put("startOnOrAfter", sel.startOnOrAfter());
        }
        if (sel.endOnOrBefore() != null) {
            where.append(" AND f.period_end <= :endOnOrBefore");
            params.put("endOnOrBefore", sel.endOnOrBefore());
        }
        StringBuilder outer = new StringBuilder("k.pref = 1");
        in(outer, params, "k.freq", "frequencies", sel.frequencies());
        StringBuilder last = new StringBuilder("TRUE");
        if (sel.firstN() != null) {
            last.append(" AND n_first <= :firstN");
            params.put("firstN", sel.firstN());
        }
        if (sel.lastN() != null) {
            last.append(" AND n_last <= :lastN");
            params.put("lastN", sel.lastN());
        }
        String sql = "SELECT id, reporter, partner, region, flow, commodity, freq, period_start, period_end, amount, unit, scale,"
                + " qualifier, source_id, same_key FROM ("
                + " SELECT k.*, row_number() OVER (PARTITION BY " + SERIES + " ORDER BY period_start, period_end) AS n_first,"
                + " row_number() OVER (PARTITION BY " + SERIES + " ORDER BY period_start DESC, period_end DESC) AS n_last FROM ("
                + " SELECT f.id, f.reporter, f.partner, coalesce(f.region, '" + TOTAL + "') AS region, f.flow,"
                + " coalesce(f.commodity, '" + TOTAL + "') AS commodity, " + FREQ + " AS freq, f.period_start, f.period_end,"
                + " f.amount, f.unit, f.scale, f.qualifier, f.source_id,"
                + " row_number() OVER (PARTITION BY f.reporter, f.partner, f.region, f.flow, f.commodity, f.period_start, f.period_end"
                + " ORDER BY " + preference + ") AS pref,"
                + " count(*) OVER (PARTITION BY f.reporter, f.partner, f.region, f.flow, f.commodity, f.period_start, f.period_end) AS same_key"
                + " FROM figure f JOIN source s ON s.id = f.source_id WHERE " + where + ") k WHERE " + outer + ") x"
                + " WHERE " + last + " ORDER BY " + SERIES + ", period_start, period_end LIMIT :limit";
        params.put("limit", limit);
        Query q = em.createNativeQuery(sql);
        params.forEach(q::setParameter);
        List<Object[]> rows = q.getResultList();
        List<Observation> result = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            result.add(new Observation(((Number) r[0]).longValue(), trim(r[1]), trim(r[2]), (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6], date(r[7]), date(r[8]), ((BigDecimal) r[9]).stripTrailingZeros(), (String) r[10],
                    ((Number) r[11]).intValue(), (String) r[12], (String) r[13], ((Number) r[14]).intValue()));
        }
        return result;
    }

    /** The code lists of the data structure, from the figures as they stand (DISTINCT over indexed columns). */
    public Codes codes() {
        List<String> countries = strings("SELECT reporter FROM figure UNION SELECT partner FROM figure ORDER BY 1");
        List<String> regions = strings("SELECT DISTINCT region FROM figure WHERE region IS NOT NULL ORDER BY 1");
        List<String> commodities = strings("SELECT DISTINCT commodity FROM figure WHERE commodity IS NOT NULL ORDER BY 1");
        List<String> frequencies = strings("SELECT DISTINCT " + FREQ + " FROM figure f WHERE f.amount IS NOT NULL ORDER BY 1");
        List<String> units = strings("SELECT DISTINCT unit FROM figure WHERE unit IS NOT NULL ORDER BY 1");
        List<String> scales = strings("SELECT DISTINCT scale::text FROM figure WHERE scale IS NOT NULL ORDER BY 1");
        @SuppressWarnings("unchecked")
        List<Object[]> sources = em.createNativeQuery("SELECT s.id, s.publisher, s.published_on FROM source s"
                + " WHERE EXISTS (SELECT 1 FROM figure f WHERE f.source_id = s.id) ORDER BY s.id").getResultList();
        Map<String, String> sourceNames = new LinkedHashMap<>();
        for (Object[] s : sources) {
            sourceNames.put((String) s[0], s[1] + (s[2] == null ? "" : ", " + date(s[2])));
        }
        return new Codes(countries.stream().map(String::trim).toList(), regions, commodities, frequencies, units, scales, sourceNames);
    }

    /** Codes as the data holds them; region and commodity lists exclude the {@link #TOTAL} code, which is always valid. */
    public record Codes(List<String> countries, List<String> regions, List<String> commodities, List<String> frequencies,
            List<String> units, List<String> unitMultipliers, Map<String, String> sources) {
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String sql) {
        return (List<String>) em.createNativeQuery(sql).getResultList();
    }

    private static void in(StringBuilder where, Map<String, Object> params, String column, String name, Set<String> codes) {
        if (codes != null && !codes.isEmpty()) {
            where.append(" AND ").append(column).append(" IN (:").append(name).append(')');
            params.put(name, List.copyOf(codes));
        }
    }

    /** Like {@link #in}, where {@link #TOTAL} stands for NULL (whole country, all goods). */
    private static void inOrTotal(StringBuilder where, Map<String, Object> params, String column, String name, Set<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return;
        }
        List<String> named = codes.stream().filter(c -> !TOTAL.equals(c)).toList();
        boolean total = codes.contains(TOTAL);
        where.append(" AND (");
        if (!named.isEmpty()) {
            where.append(column).append(" IN (:").append(name).append(')');
            params.put(name, named);
        }
        if (total) {
            where.append(named.isEmpty() ? "" : " OR ").append(column).append(" IS NULL");
        }
        where.append(')');
    }

    private static String trim(Object o) {
        return o == null ? null : o.toString().trim();
    }

    private static LocalDate date(Object o) {
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }
}
