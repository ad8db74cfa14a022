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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bilateral.support.jsonb.ValueListMutability;
import org.bilateral.support.provenance.Citation;
import org.bilateral.support.query.Criteria;
import org.bilateral.support.query.TableReader;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;

/**
 * An aggregate count a source states ("49 enterprises with Kazakh capital in Belarus"), kept apart
 * from the counts this registry computes from its own listings.
 */
@Entity
@Table(name = "claim")
public class Claim extends PanacheEntityBase {

    public static final String TABLE = "claim";
    public static final TableReader<Claim> READER = new TableReader<>(Claim.class, TABLE);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Version
    public int version = 1;
    public String subject;
    public int count;
    @Enumerated(EnumType.STRING)
    public Qualifier qualifier;
    @Column(name = "host_country")
    public String hostCountry;
    @Column(name = "partner_country")
    public String partnerCountry;
    public String region;
    @Enumerated(EnumType.STRING)
    @Column(name = "venture_kind")
    public VentureKind kind;
    @Enumerated(EnumType.STRING)
    public Sector sector;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(ValueListMutability.class)
    public List<ClaimPart> breakdown;
    public String note;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(ValueListMutability.class)
    public List<Citation> sources;

    public static List<Claim> allInOrder() {
        return list("order by hostCountry, partnerCountry nulls first, region nulls first, id");
    }

    public static Optional<Claim> byNaturalKey(String hostCountry, String partnerCountry, String region, String subject) {
        Map<String, Object> params = new HashMap<>(Map.of("host", hostCountry, "subject", subject));
        String q = "hostCountry = :host and subject = :subject";
        if (partnerCountry == null) {
            q += " and partnerCountry is null";
        } else {
            q += " and partnerCountry = :partner";
            params.put("partner", partnerCountry);
        }
        if (region == null) {
            q += " and region is null";
        } else {
            q += " and region = :region";
            params.put("region", region);
        }
        return Claim.<Claim>find(q, params).firstResultOptional();
    }

    /**
     * The listings that are instances of what this claim counts, restricted to one kind when given:
     * existing undertakings (not proposed or planned) in the host country and region, with a partner
     * from the partner country, of the claim's sector.
     */
    public Criteria listingsOf(VentureKind partKind) {
        Criteria c = new Criteria()
                .where("t.status IN ('OPERATING', 'SUSPENDED', 'CLOSED')", Map.of())
                .equal("t.host_country", "hostCountry", hostCountry)
                .equal("t.region", "region", region)
                .where("t.partners @> CAST(:partnerCountry AS jsonb)", "partnerCountry",
                        partnerCountry == null ? null : "[{\"country\":\"" + partnerCountry + "\"}]")
                .where("t.sectors @> ARRAY[CAST(:sector AS text)]", "sector", sector == null ? null : sector.name());
        VentureKind k = partKind != null ? partKind : kind;
        return c.equal("t.kind", "kind", k == null ? null : k.name());
    }
}
