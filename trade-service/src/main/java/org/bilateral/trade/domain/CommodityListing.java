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
import java.time.Instant;
import org.bilateral.support.paging.Page;
import org.bilateral.support.paging.PageRequest;
import org.bilateral.support.paging.SortFields;
import org.bilateral.support.query.Criteria;
import org.bilateral.support.query.TableReader;

/** A good named among the main goods traded in one direction, by HS code. */
@Entity
@Table(name = "commodity_listing")
public class CommodityListing extends PanacheEntityBase {

    public static final String TABLE = "commodity_listing";
    public static final TableReader<CommodityListing> READER = new TableReader<>(CommodityListing.class, TABLE);
    public static final SortFields SORT = SortFields.builder("t.id")
            .field("id", "t.id")
            .field("rank", "t.rank")
            .field("hsCode", "t.hs_code")
            .field("exporter", "t.exporter")
            .field("importer", "t.importer")
            .byDefault("exporter,rank")
            .build();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Version
    public int version;
    public String exporter;
    @Column(name = "exporter_region")
    public String exporterRegion;
    public String importer;
    @Enumerated(EnumType.STRING)
    public ListingKind kind;
    @Column(name = "hs_code")
    public String hsCode;
    public String description;
    public int rank;
    /** Null where the source names no period. */
    @Column(name = "as_of")
    public String asOf;
    public String note;
    @Column(name = "source_id")
    public String sourceId;
    public String locator;

    public record Filter(String exporter, String importer, ListingKind kind, String hsCode) {
        Criteria criteria() {
            return new Criteria()
                    .equal("t.exporter", "exporter", exporter)
                    .equal("t.importer", "importer", importer)
                    .equal("t.kind", "kind", kind == null ? null : kind.name())
                    // an HS filter matches the code and everything below it (84 matches 8433)
                    .where("t.hs_code LIKE :hsPrefix", "hsPrefix", hsCode == null ? null : hsCode + "%");
        }
    }

    public static Page<CommodityListing> search(Filter filter, PageRequest page, Instant asOf) {
        return READER.page(filter.criteria(), page, asOf);
    }

    /** Whether one source already lists this good for this direction and kind. */
    public static boolean existsByNaturalKey(String exporter, String importer, ListingKind kind, String hsCode, String sourceId) {
        return count("exporter = ?1 and importer = ?2 and kind = ?3 and hsCode = ?4 and sourceId = ?5", exporter, importer, kind, hsCode,
                sourceId) > 0;
    }
}
