package org.bilateral.trade.domain;

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
import java.util.Map;
import org.bilateral.support.paging.Page;
import org.bilateral.support.paging.PageRequest;
import org.bilateral.support.paging.SortFields;
import org.bilateral.support.query.Criteria;
import org.bilateral.support.query.TableReader;
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

    /** The parts of the body that only the harvest reads, kept whole in one jsonb column (its history holds them). */
    public record Mapping(Dataflow dataflow, String key, Dimensions dimensions, Codes codes, Unit unit) {
    }

    /** An SDMX dataflow reference as stated; a null version is the latest. */
    public record Dataflow(String agency, String id, String version) {
    }

    /** The provider's SDMX dimension ids; commodity absent when the data is all goods. */
    public record Dimensions(String reporter, String partner, String flow, String frequency, String commodity) {
    }

    /** The provider's codes and what they map to: our flow and qualifier names, its country scheme, its all-goods code. */
    public record Codes(Map<String, String> flow, String countries, String allGoods, Map<String, String> status) {
    }

    /** The currency of the values and where their power of ten comes from. */
    public record Unit(String currency, String multiplierAttribute, Integer multiplier) {
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
