package org.bilateral.trade.harvest;

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
import org.bilateral.support.paging.Page;
import org.bilateral.support.paging.PageRequest;
import org.bilateral.support.paging.SortFields;
import org.bilateral.support.query.Criteria;
import org.bilateral.support.query.TableReader;
import org.bilateral.trade.api.model.ProviderInput;
import org.bilateral.trade.harvest.read.ProviderKind;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An official-statistics provider. The bigint id serves the revision trigger; {@link #code} is the
 * provider's id in the API and the id of its row in source.
 */
@Entity
@Table(name = "provider")
public class Provider extends PanacheEntityBase {

    public static final String TABLE = "provider";
    public static final TableReader<Provider> READER = new TableReader<>(Provider.class, TABLE);
    public static final SortFields SORT = SortFields.builder("t.id")
            .field("id", "t.code")
            .field("name", "t.name")
            .field("kind", "t.kind")
            .field("origin", "t.origin")
            .byDefault("id")
            .build();

    /** Where a provider is declared: through the API (editable there) or in config (read-only through the API). */
    public enum Origin { API, CONFIG }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Version
    public int version = 1;
    public String code;
    @Enumerated(EnumType.STRING)
    public Origin origin;
    public String name;
    @Enumerated(EnumType.STRING)
    public ProviderKind kind;
    public String url;
    @JdbcTypeCode(SqlTypes.JSON)
    public Mapping mapping;
    public String schedule;

    /** The parts of the body that only the harvest reads, kept whole in one jsonb column. */
    public record Mapping(ProviderInput.Dataflow dataflow, String key, ProviderInput.Dimensions dimensions, ProviderInput.Codes codes,
            ProviderInput.Unit unit) {
    }

    public ProviderInput toInput() {
        return new ProviderInput(code, name, kind, url, mapping.dataflow(), mapping.key(), mapping.dimensions(), mapping.codes(),
                mapping.unit(), schedule, null, null, null);
    }

    public void apply(ProviderInput in) {
        code = in.id();
        name = in.name();
        kind = in.kind();
        url = in.url();
        mapping = new Mapping(in.dataflow(), in.key(), in.dimensions(), in.codes(), in.unit());
        schedule = in.schedule();
    }

    public static Provider byCode(String code) {
        return find("code", code).firstResult();
    }

    public static Page<Provider> search(Origin origin, PageRequest page, Instant asOf) {
        return READER.page(new Criteria().equal("t.origin", "origin", origin == null ? null : origin.name()), page, asOf);
    }

    public static List<Provider> all() {
        return list("order by code");
    }
}
