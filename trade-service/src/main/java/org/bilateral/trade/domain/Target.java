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
import java.util.HashMap;
import java.util.List;

/** A trade goal, forecast or aspiration, who set it, and the agreement behind it where one exists. */
@Entity
@Table(name = "target")
public class Target extends PanacheEntityBase {

    public static final String TABLE = "target";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Version
    public int version;
    public String reporter;
    public String partner;
    @Enumerated(EnumType.STRING)
    public Flow flow;
    @Enumerated(EnumType.STRING)
    public TargetKind kind;
    public BigDecimal amount;
    public String unit;
    public int scale;
    @Enumerated(EnumType.STRING)
    public Qualifier qualifier;
    @Column(name = "deadline_year")
    public Integer deadlineYear;
    @Column(name = "set_by")
    public String setBy;
    @Column(name = "stated_by")
    public String statedBy;
    @Column(name = "agreement_id")
    public Long agreementId;
    public String description;
    @Column(name = "source_id")
    public String sourceId;
    public String locator;

    public static List<Target> forPair(String reporter, String partner) {
        StringBuilder q = new StringBuilder("1 = 1");
        var params = new HashMap<String, Object>();
        if (reporter != null) {
            q.append(" and reporter = :reporter");
            params.put("reporter", reporter);
        }
        if (partner != null) {
            q.append(" and partner = :partner");
            params.put("partner", partner);
        }
        return list(q + " order by deadlineYear nulls last, id", params);
    }

    /** Whether one source already states a target of this kind for this pair and flow. */
    public static boolean existsByNaturalKey(String reporter, String partner, Flow flow, TargetKind kind, String sourceId) {
        return count("reporter = ?1 and partner = ?2 and flow = ?3 and kind = ?4 and sourceId = ?5", reporter, partner, flow, kind,
                sourceId) > 0;
    }
}
