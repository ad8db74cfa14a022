package org.bilateral.agreements.domain;

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
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bilateral.support.jsonb.ValueListMutability;
import org.bilateral.support.paging.Page;
import org.bilateral.support.paging.PageRequest;
import org.bilateral.support.paging.SortFields;
import org.bilateral.support.provenance.Citation;
import org.bilateral.support.query.Criteria;
import org.bilateral.support.query.TableReader;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;

/**
 * One agreement, treaty, programme, roadmap or planned signing. Parties, areas, relations and
 * citations live in the row (jsonb / text[]) so the revision snapshots hold the whole record.
 * The generated columns {@code signed_latest} and {@code search} are read in SQL only.
 */
@Entity
@Table(name = "agreement")
public class Agreement extends PanacheEntityBase {

    public static final String TABLE = "agreement";
    public static final TableReader<Agreement> READER = new TableReader<>(Agreement.class, TABLE);

    /** The websearch query over title and summary (English configuration). */
    static final String TS_QUERY = "websearch_to_tsquery('english', :q)";
    /** Relevance of a row to the query; only usable when the filter binds {@code :q}. */
    static final String RELEVANCE = "ts_rank(t.search, " + TS_QUERY + ")";

    private static SortFields.Builder sortFields() {
        return SortFields.builder("t.id")
                .field("id", "t.id")
                .field("title", "lower(t.title)")
                // undated (planned) signings after every dated one; open-ended validity after every end date
                .field("signed", "COALESCE(t.signed_date, 'infinity'::date)")
                .field("validFrom", "t.valid_from")
                .field("validUntil", "COALESCE(t.valid_until, 'infinity'::date)")
                .field("kind", "t.kind")
                .field("status", AgreementStatus.SQL)
                .field("recordedStatus", "t.recorded_status");
    }

    /** Sort fields of the list without a text query; default: by signing date, then title. */
    public static final SortFields SORT = sortFields().byDefault("signed,title").build();
    /** Sort fields of the list with a text query: relevance is added and is the default. */
    public static final SortFields SORT_WITH_QUERY = sortFields().field("relevance", RELEVANCE).byDefault("-relevance").build();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Version
    public int version = 1;
    public String title;
    public String summary;
    @Enumerated(EnumType.STRING)
    public AgreementKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "recorded_status")
    public AgreementStatus recordedStatus;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(ValueListMutability.class)
    public List<Party> parties;
    @Column(name = "signed_date")
    public LocalDate signedDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "signed_precision")
    public DatePrecision signedPrecision;
    @Column(name = "signed_place")
    public String signedPlace;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_until")
    public LocalDate validUntil;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] areas;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(ValueListMutability.class)
    public List<Relation> relations;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(ValueListMutability.class)
    public List<Citation> sources;
    public String note;

    /** The status served to clients, derived from the recorded status and the dates. */
    public AgreementStatus status(LocalDate today) {
        return AgreementStatus.effective(recordedStatus, validFrom, validUntil, today);
    }

    /** The filters of the agreements list, every one optional. */
    public record Filter(String q, AgreementKind kind, AgreementStatus status, List<String> parties, Area area, LocalDate signedFrom,
            LocalDate signedTo, LocalDate inForceOn, LocalDate expiresBefore) {

        Criteria criteria() {
            Criteria c = new Criteria()
                    .where("t.search @@ " + TS_QUERY, "q", q)
                    .equal("t.kind", "kind", kind == null ? null : kind.name())
                    .where(AgreementStatus.SQL + " = :status", "status", status == null ? null : status.name())
                    // every country given among the parties: one containment test (codes are checked ISO 3166-1 alpha-2)
                    .where("t.parties @> CAST(:parties AS jsonb)", "parties", parties == null ? null : parties.stream()
                            .map(country -> "{\"country\":\"" + country + "\"}").collect(Collectors.joining(",", "[", "]")))
                    .where("t.areas @> ARRAY[CAST(:area AS text)]", "area", area == null ? null : area.name())
                    // a signing known only to the month or year matches when its period overlaps the range
                    .atLeast("t.signed_latest", "signedFrom", signedFrom)
                    .atMost("t.signed_date", "signedTo", signedTo)
                    .where("t.valid_until < :expiresBefore", "expiresBefore", expiresBefore);
            if (inForceOn != null) {
                c.where(IN_FORCE_ON, Map.of("inForceOn", inForceOn));
            }
            return c;
        }
    }

    /**
     * In force on a date: validity.from on or before it and validity.until on or after it (none:
     * open-ended), not PLANNED or TERMINATED. Where validity.from is unknown and the sources record
     * the agreement as having taken effect (IN_FORCE, EXPIRED), the last possible signing day stands in.
     */
    static final String IN_FORCE_ON = "t.recorded_status NOT IN ('PLANNED', 'TERMINATED')"
            + " AND COALESCE(t.valid_from, CASE WHEN t.recorded_status IN ('IN_FORCE', 'EXPIRED') THEN t.signed_latest END) <= :inForceOn"
            + " AND (t.valid_until IS NULL OR t.valid_until >= :inForceOn)";

    public static Page<Agreement> search(Filter filter, PageRequest page, Instant asOf) {
        return READER.page(filter.criteria(), page, asOf);
    }

    public static Agreement at(long id, Instant asOf) {
        return READER.find(id, asOf);
    }

    /** Every agreement, for bounded whole-registry reads (timeline, statistics). */
    public static List<Agreement> all() {
        return READER.list(new Criteria(), "t.id", null);
    }

    /** Agreements whose relations point at {@code id} (GIN containment on the relations column). */
    public static List<Agreement> pointingAt(long id, Instant asOf) {
        return READER.list(new Criteria().where("t.relations @> jsonb_build_array(jsonb_build_object('agreementId', CAST(:target AS bigint)))",
                "target", id), "t.id", asOf);
    }

    /** Agreements with the given ids (current rows). */
    public static List<Agreement> withIds(List<Long> ids, Instant asOf) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return READER.list(new Criteria().where("t.id IN (:ids)", Map.of("ids", ids)), "t.id", asOf);
    }

    /** The agreement with this natural key (title, case-insensitive, and signing date), if stored. */
    public static Optional<Agreement> byNaturalKey(String title, LocalDate signedDate) {
        if (signedDate == null) {
            return find("lower(title) = lower(?1) and signedDate is null", title).firstResultOptional();
        }
        return find("lower(title) = lower(?1) and signedDate = ?2", title, signedDate).firstResultOptional();
    }

    /** When each of these agreements was last changed (its newest revision), by id. */
    @SuppressWarnings("unchecked")
    public static Map<Long, Instant> lastModified(List<Long> ids) {
        Map<Long, Instant> at = new HashMap<>();
        if (ids.isEmpty()) {
            return at;
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT r.resource_id, max(r.recorded_at) FROM revision r "
                + "WHERE r.resource = 'agreement' AND r.resource_id IN (:ids) GROUP BY r.resource_id").setParameter("ids", ids).getResultList();
        for (Object[] r : rows) {
            Object t = r[1];
            Instant i = t instanceof Instant x ? x : t instanceof OffsetDateTime o ? o.toInstant() : ((Timestamp) t).toInstant();
            at.put(((Number) r[0]).longValue(), i);
        }
        return at;
    }

    /** Counts per value of a column expression (kind, recorded or derived status). */
    @SuppressWarnings("unchecked")
    public static Map<String, Long> countBy(String expression) {
        List<Object[]> rows = getEntityManager().createNativeQuery(
                "SELECT " + expression + ", count(*) FROM agreement t GROUP BY 1").getResultList();
        Map<String, Long> counts = new HashMap<>();
        for (Object[] r : rows) {
            counts.put((String) r[0], ((Number) r[1]).longValue());
        }
        return counts;
    }

    /** Registered agreements of any of these kinds (all kinds when empty). */
    public static long countOfKinds(List<AgreementKind> kinds) {
        if (kinds.isEmpty()) {
            return ((Number) getEntityManager().createNativeQuery("SELECT count(*) FROM agreement").getSingleResult()).longValue();
        }
        return ((Number) getEntityManager().createNativeQuery("SELECT count(*) FROM agreement WHERE kind IN (:kinds)")
                .setParameter("kinds", kinds.stream().map(Enum::name).toList()).getSingleResult()).longValue();
    }
}
