package org.bilateral.trade.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bilateral.support.paging.Page;
import org.bilateral.support.paging.PageRequest;
import org.bilateral.support.paging.SortFields;
import org.bilateral.support.query.Criteria;
import org.bilateral.support.query.TableReader;

/** One value one source reports for one key (reporter, partner, region, flow, commodity, period). */
@Entity
@Table(name = "figure")
public class Figure extends PanacheEntityBase {

    public static final String TABLE = "figure";
    public static final TableReader<Figure> READER = new TableReader<>(Figure.class, TABLE);
    public static final SortFields SORT = SortFields.builder("t.id")
            .field("id", "t.id")
            .field("period", "t.period_start")
            .field("periodEnd", "t.period_end")
            .field("flow", "t.flow")
            .field("reporter", "t.reporter")
            .field("partner", "t.partner")
            .field("region", "t.region")
            .field("commodity", "t.commodity")
            .field("amount", "t.amount")
            .field("source", "t.source_id")
            .byDefault("period,flow")
            .build();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Version
    public int version = 1;
    public String reporter;
    public String partner;
    public String region;
    @Enumerated(EnumType.STRING)
    public Flow flow;
    public String commodity;
    @Column(name = "period_start")
    public LocalDate periodStart;
    @Column(name = "period_end")
    public LocalDate periodEnd;
    @Column(name = "period_label")
    public String periodLabel;
    @Column(name = "period_inferred")
    public boolean periodInferred;
    public BigDecimal amount;
    public String unit;
    public Integer scale;
    @Enumerated(EnumType.STRING)
    public Qualifier qualifier;
    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind")
    public ChangeKind changeKind;
    @Column(name = "change_value")
    public BigDecimal changeValue;
    @Enumerated(EnumType.STRING)
    @Column(name = "change_qualifier")
    public Qualifier changeQualifier;
    @Column(name = "source_id")
    public String sourceId;
    public String locator;
    public String note;
    /** Provenance of official statistics: the provider (harvest) or 'comtrade-import'; null for figures from documents. */
    public String provider;
    public String dataflow;
    @Column(name = "series_key")
    public String seriesKey;
    @Column(name = "request_url")
    public String requestUrl;
    @Column(name = "retrieved_at")
    public Instant retrievedAt;

    /** Official statistics (harvested or imported in the Comtrade layout), as opposed to values from press reports. */
    public boolean isOfficial() {
        return provider != null;
    }

    /** The filters of the figures list, every one optional. */
    public record Filter(String reporter, String partner, Flow flow, RegionFilter region, String commodity, Integer year,
            LocalDate from, LocalDate to, String source) {

        public Filter {
            region = region == null ? RegionFilter.ANY : region;
        }

        Criteria criteria() {
            Criteria c = new Criteria()
                    .equal("t.reporter", "reporter", reporter)
                    .equal("t.partner", "partner", partner)
                    .equal("t.flow", "flow", flow == null ? null : flow.name())
                    .equal("t.commodity", "commodity", commodity)
                    .equal("t.source_id", "source", source)
                    .atLeast("t.period_start", "from", from)
                    .atMost("t.period_end", "to", to);
            region.restrict(c, "t.region");
            if (year != null) {
                c.atLeast("t.period_start", "yearStart", LocalDate.of(year, 1, 1))
                        .atMost("t.period_end", "yearEnd", LocalDate.of(year, 12, 31));
            }
            return c;
        }
    }

    public static Page<Figure> search(Filter filter, PageRequest page, Instant asOf) {
        return READER.page(filter.criteria(), page, asOf);
    }

    /** Every figure of one series key: one pair and flow, whole country or one region, all goods or one commodity. */
    public static List<Figure> seriesOf(String reporter, String partner, Flow flow, String region, String commodity) {
        Criteria c = new Criteria()
                .equal("t.reporter", "reporter", reporter)
                .equal("t.partner", "partner", partner)
                .equal("t.flow", "flow", flow.name());
        c = region == null ? c.where("t.region IS NULL", Map.of()) : c.equal("t.region", "region", region);
        c = commodity == null ? c.where("t.commodity IS NULL", Map.of()) : c.equal("t.commodity", "commodity", commodity);
        return READER.list(c, "t.period_start, t.period_end, t.id", null);
    }

    /** Whole-country, all-goods figures of one pair for the given flows (balance and overview reads). */
    public static List<Figure> totalsOf(String reporter, String partner, List<Flow> flows) {
        Criteria c = new Criteria()
                .equal("t.reporter", "reporter", reporter)
                .equal("t.partner", "partner", partner)
                .where("t.flow IN (:flows)", Map.of("flows", flows.stream().map(Enum::name).toList()))
                .where("t.region IS NULL AND t.commodity IS NULL", Map.of());
        return READER.list(c, "t.period_start, t.period_end, t.id", null);
    }

    private static final String SAME_KEY = "PARTITION BY reporter, partner, region, flow, commodity, period_start, period_end";

    /**
     * Figures whose key has at least two different values, ordered by key; at most {@code max} rows. Values are
     * compared at scale 0, so 783.7 (scale 6) and 783700000 (scale 0) are one value, not a conflict.
     */
    public static List<Figure> inSourceConflict(String reporter, String partner, int max) {
        Criteria c = new Criteria().equal("t.reporter", "reporter", reporter).equal("t.partner", "partner", partner)
                .where("t.id IN (SELECT k.id FROM (SELECT f.id, min(f.amount * power(10::numeric, f.scale)) OVER w AS lo,"
                        + " max(f.amount * power(10::numeric, f.scale)) OVER w AS hi"
                        + " FROM figure f WHERE f.amount IS NOT NULL WINDOW w AS (" + SAME_KEY + ")) k WHERE k.lo <> k.hi)",
                        Map.of());
        return READER.list(c, "t.period_start, t.period_end, t.flow, t.region NULLS FIRST, t.commodity NULLS FIRST, t.id LIMIT " + max, null);
    }

    /**
     * Figures of keys that both official statistics (provider set) and other sources give with a value, ordered by
     * key; at most {@code max} rows. Listed whether or not the values agree.
     */
    public static List<Figure> officialBesideReported(String reporter, String partner, int max) {
        Criteria c = new Criteria().equal("t.reporter", "reporter", reporter).equal("t.partner", "partner", partner)
                .where("t.id IN (SELECT k.id FROM (SELECT f.id, bool_or(f.provider IS NOT NULL) OVER w AS official,"
                        + " bool_or(f.provider IS NULL) OVER w AS reported FROM figure f WHERE f.amount IS NOT NULL"
                        + " AND f.reporter = coalesce(nullif(CAST(:r AS text), ''), f.reporter) AND f.partner = coalesce(nullif(CAST(:p AS text), ''), f.partner)"
                        + " WINDOW w AS (" + SAME_KEY + ")) k WHERE k.official AND k.reported)",
                        new HashMap<String, Object>(Map.of("r", reporter == null ? "" : reporter,
                                "p", partner == null ? "" : partner)));
        return READER.list(c, "t.period_start, t.period_end, t.flow, t.region NULLS FIRST, t.commodity NULLS FIRST, t.id LIMIT " + max, null);
    }

    /**
     * Figures whose reported growth differs from the growth recomputed against the same key one
     * year earlier by more than {@code tolerance} points: rows of [figure, previous id, reported %, recomputed %].
     */
    @SuppressWarnings("unchecked")
    public static List<Object[]> growthMismatches(String reporter, String partner, double tolerance, int max) {
        String reported = "CASE f.change_kind WHEN 'PERCENT' THEN f.change_value ELSE (f.change_value - 1) * 100 END";
        String recomputed = "(f.amount / p.amount - 1) * 100";
        String sql = "SELECT f.id, p.id AS previous_id, " + reported + " AS reported, " + recomputed + " AS recomputed"
                + " FROM figure f JOIN figure p ON p.reporter = f.reporter AND p.partner = f.partner AND p.flow = f.flow"
                + " AND p.region IS NOT DISTINCT FROM f.region AND p.commodity IS NOT DISTINCT FROM f.commodity"
                + " AND p.period_start = (f.period_start - interval '1 year')::date"
                + " AND p.period_end = ((f.period_end + 1) - interval '1 year')::date - 1"
                + " WHERE f.change_value IS NOT NULL AND f.amount IS NOT NULL AND p.amount > 0 AND p.unit = f.unit AND p.scale = f.scale"
                + " AND f.reporter = coalesce(:reporter, f.reporter) AND f.partner = coalesce(:partner, f.partner)"
                + " AND CASE WHEN f.change_qualifier IN ('MORE_THAN', 'AT_LEAST') THEN " + recomputed + " < " + reported + " - :tol"
                + " ELSE abs(" + recomputed + " - (" + reported + ")) > :tol * CASE f.change_qualifier WHEN 'APPROXIMATE' THEN 2 ELSE 1 END END"
                + " ORDER BY f.period_start, f.id LIMIT :max";
        List<Object[]> rows = getEntityManager().createNativeQuery(sql)
                .setParameter("reporter", reporter).setParameter("partner", partner)
                .setParameter("tol", tolerance).setParameter("max", max).getResultList();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, Figure> byId = new HashMap<>();
        for (Figure f : READER.list(new Criteria().where("t.id IN (:ids)",
                Map.of("ids", rows.stream().map(r -> ((Number) r[0]).longValue()).toList())), "t.id", null)) {
            byId.put(f.id, f);
        }
        return rows.stream().map(r -> new Object[] {byId.get(((Number) r[0]).longValue()), r[1], r[2], r[3]}).toList();
    }

    /** The figure one source gives for one key, if stored. */
    public static Optional<Figure> byNaturalKey(String reporter, String partner, String region, Flow flow, String commodity,
            LocalDate start, LocalDate end, String sourceId) {
        var params = new HashMap<String, Object>(Map.of("reporter", reporter, "partner", partner, "flow", flow,
                "start", start, "end", end, "source", sourceId));
        String q = "reporter = :reporter and partner = :partner and flow = :flow and periodStart = :start and periodEnd = :end"
                + " and sourceId = :source";
        if (region == null) {
            q += " and region is null";
        } else {
            q += " and region = :region";
            params.put("region", region);
        }
        if (commodity == null) {
            q += " and commodity is null";
        } else {
            q += " and commodity = :commodity";
            params.put("commodity", commodity);
        }
        return find(q, params).firstResultOptional();
    }

}
