package org.bilateral.agreements.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bilateral.support.jsonb.ValueListMutability;
import org.bilateral.support.provenance.Citation;
import org.bilateral.support.query.Criteria;
import org.bilateral.support.query.TableReader;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;

/** A body the parties set up to steer their cooperation, with its co-chairs and sessions in the row. */
@Entity
@Table(name = "commission")
public class Commission extends PanacheEntityBase {

    public static final String TABLE = "commission";
    public static final TableReader<Commission> READER = new TableReader<>(Commission.class, TABLE);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Version
    public int version = 1;
    public String name;
    public String summary;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(ValueListMutability.class)
    public List<Party> parties;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(ValueListMutability.class)
    @Column(name = "co_chairs")
    public List<CoChair> coChairs;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(ValueListMutability.class)
    public List<CommissionSession> sessions;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(ValueListMutability.class)
    public List<Citation> sources;
    public String note;

    /** Every commission, optionally only those with a party of this country, by id. */
    public static List<Commission> withParty(String country, Instant asOf) {
        return READER.list(new Criteria().where("t.parties @> jsonb_build_array(jsonb_build_object('country', CAST(:party AS text)))",
                "party", country), "t.id", asOf);
    }

    public static Optional<Commission> byName(String name) {
        return find("lower(name) = lower(?1)", name).firstResultOptional();
    }
}
