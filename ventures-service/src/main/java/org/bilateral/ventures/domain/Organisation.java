package org.bilateral.ventures.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
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

/** A company, authority or operator that takes part in ventures. */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {

    public static final String TABLE = "organisation";
    public static final TableReader<Organisation> READER = new TableReader<>(Organisation.class, TABLE);
    public static final SortFields SORT = SortFields.builder("t.id")
            .field("id", "t.id")
            .field("name", "lower(t.name)")
            .field("country", "t.country")
            .field("kind", "t.kind")
            .byDefault("name")
            .build();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Version
    public int version = 1;
    public String name;
    public String country;
    @Enumerated(EnumType.STRING)
    public OrganisationKind kind;
    public String city;
    public String note;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(ValueListMutability.class)
    public List<Citation> sources;

    /** The filters of the organisations list, every one optional. */
    public record Filter(String name, String country, OrganisationKind kind) {

        Criteria criteria() {
            return new Criteria()
                    .where("strpos(lower(t.name), lower(:name)) > 0", "name", name)
                    .equal("t.country", "country", country)
                    .equal("t.kind", "kind", kind == null ? null : kind.name());
        }
    }

    public static Page<Organisation> search(Filter filter, PageRequest page, Instant asOf) {
        return READER.page(filter.criteria(), page, asOf);
    }

    public static Organisation at(long id, Instant asOf) {
        return READER.find(id, asOf);
    }

    public static Optional<Organisation> byNaturalKey(String country, String name) {
        return find("country = ?1 and lower(name) = lower(?2)", country, name).firstResultOptional();
    }
}
