package org.bilateral.ventures.domain;

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
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/** One venture, plant, park, network or proposed project; partners, products and citations live in its row. */
@Entity
@Table(name = "venture")
public class Venture extends PanacheEntityBase {

    public static final String TABLE = "venture";
    public static final TableReader<Venture> READER = new TableReader<>(Venture.class, TABLE);
    private static final SortFields.Builder SORTABLE = SortFields.builder("t.id")
            .field("id", "t.id")
            .field("name", "lower(t.name)")
            .field("kind", "t.kind")
            .field("status", "t.status")
            .field("hostCountry", "t.host_country")
            .field("region", "t.region")
            .field("city", "lower(t.city)")
            .field("startYear", "t.start_year");
    public static final SortFields SORT = SORTABLE.byDefault("name").build();
    /** With 'near' given, distance is sortable too and the default order. */
    public static final SortFields SORT_NEAR = SORTABLE.field("distance", Near.DISTANCE_SQL).byDefault("distance").build();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Version
    public int version = 1;
    public String name;
    @Enumerated(EnumType.STRING)
    public VentureKind kind;
    @Enumerated(EnumType.STRING)
    public VentureStatus status;
    @Column(name = "host_country")
    public String hostCountry;
    public String city;
    public String region;
    public Double latitude;
    public Double longitude;
    @Column(name = "coordinates_note")
    public String coordinatesNote;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(ValueListMutability.class)
    public List<Partner> partners;
    public String[] sectors;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(ValueListMutability.class)
    public List<Product> products;
    @Column(name = "start_year")
    public Integer startYear;
    public String stage;
    public String notes;
    @Column(name = "related_agreement_ids")
    public Long[] relatedAgreementIds;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(ValueListMutability.class)
    public List<Citation> sources;

    /** The filters of the ventures list, every one optional. */
    public record Filter(String q, VentureKind kind, VentureStatus status, Sector sector, String hostCountry, String partnerCountry,
            String region, String city, Long organisationId, Integer startedFrom, Integer startedTo, Near near) {

        public static Filter ofOrganisation(long organisationId) {
            return new Filter(null, null, null, null, null, null, null, null, organisationId, null, null, null);
        }

        Criteria criteria() {
            Criteria c = new Criteria()
                    .where("t.search @@ websearch_to_tsquery('english', :q)", "q", q)
                    .equal("t.kind", "kind", kind == null ? null : kind.name())
                    .equal("t.status", "status", status == null ? null : status.name())
                    .where("t.sectors @> ARRAY[CAST(:sector AS text)]", "sector", sector == null ? null : sector.name())
                    .equal("t.host_country", "hostCountry", hostCountry)
                    .where("t.partners @> CAST(:partnerCountry AS jsonb)", "partnerCountry",
                            partnerCountry == null ? null : "[{\"country\":\"" + partnerCountry + "\"}]")
                    .equal("t.region", "region", region)
                    .where("lower(t.city) = lower(:city)", "city", city)
                    .where("t.partners @> CAST(:organisation AS jsonb)", "organisation",
                            organisationId == null ? null : "[{\"organisationId\":" + organisationId + "}]")
                    .atLeast("t.start_year", "startedFrom", startedFrom)
                    .atMost("t.start_year", "startedTo", startedTo);
            return near == null ? c : near.applyTo(c);
        }
    }

    public static Page<Venture> search(Filter filter, PageRequest page, Instant asOf) {
        return READER.page(filter.criteria(), page, asOf);
    }

    /** Exact great-circle distances (km) from the centre to the given ventures as they stood at asOf (now when null). */
    @SuppressWarnings("unchecked")
    public static Map<Long, Double> distances(List<Long> ids, Near near, Instant asOf) {
        Map<Long, Double> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        var query = getEntityManager().createNativeQuery("SELECT t.id, " + Near.DISTANCE_SQL + " FROM " + READER.relation(asOf)
                        + " t WHERE t.id IN (:ids)")
                .setParameter("nearLat", near.latitude()).setParameter("nearLon", near.longitude()).setParameter("ids", ids);
        if (asOf != null) {
            query.setParameter("asOf", asOf);
        }
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            result.put(((Number) row[0]).longValue(), row[1] == null ? null : ((Number) row[1]).doubleValue());
        }
        return result;
    }

    /** The venture of this name in this host country, whatever the letter case. */
    public static Optional<Venture> byNaturalKey(String hostCountry, String name) {
        return find("hostCountry = ?1 and lower(name) = lower(?2)", hostCountry, name).firstResultOptional();
    }

    /** How many ventures name the organisation as a partner. */
    public static long countWithOrganisation(long organisationId) {
        return ((Number) getEntityManager().createNativeQuery("SELECT count(*) FROM venture t WHERE t.partners @> CAST(:org AS jsonb)")
                .setParameter("org", "[{\"organisationId\":" + organisationId + "}]").getSingleResult()).longValue();
    }

    /** Counts ventures matching a WHERE clause on alias t (statistics). */
    public static long count(Criteria where) {
        var query = getEntityManager().createNativeQuery("SELECT count(*) FROM venture t WHERE " + where.sql());
        where.parameters().forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** Listing counts grouped by an SQL expression on alias t, e.g. t.kind or unnest(t.sectors). */
    @SuppressWarnings("unchecked")
    public static Map<String, Long> countBy(String expression) {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT g.k, count(*) FROM (SELECT " + expression
                + " AS k FROM venture t) g GROUP BY g.k ORDER BY g.k").getResultList();
        for (Object[] row : rows) {
            counts.put(String.valueOf(row[0]).trim(), ((Number) row[1]).longValue());
        }
        return counts;
    }
}
