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
import java.util.List;
import org.bilateral.support.query.Criteria;
import org.bilateral.support.query.TableReader;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A count a source states about the legal base ("over 65 agreements"), kept apart from computed counts. */
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
    public int count;
    @Enumerated(EnumType.STRING)
    public Qualifier qualifier;
    /** Kinds the claim counts; empty for agreements of every kind. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] kinds;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] parties;
    public String description;
    @Column(name = "source_id")
    public String sourceId;
    public String locator;
    public String note;

    public static List<Claim> allInOrder() {
        return READER.list(new Criteria(), "t.source_id, t.locator, t.id", null);
    }

    /** Whether the claimed count of this paragraph is already stored. */
    public static boolean existsByNaturalKey(String sourceId, String locator, int count) {
        return count("sourceId = ?1 and locator = ?2 and count = ?3", sourceId, locator, count) > 0;
    }
}
