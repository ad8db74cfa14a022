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

/** A partner's place among the reporter's trading partners as a source states it, without an amount. */
@Entity
@Table(name = "partner_ranking")
public class PartnerRanking extends PanacheEntityBase {

    public static final String TABLE = "partner_ranking";
    public static final TableReader<PartnerRanking> READER = new TableReader<>(PartnerRanking.class, TABLE);
    public static final SortFields SORT = SortFields.builder("t.id")
            .field("id", "t.id")
            .field("position", "t.position")
            .field("reporter", "t.reporter")
            .field("partner", "t.partner")
            .field("flow", "t.flow")
            .byDefault("reporter,partner,flow")
            .build();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Version
    public int version;
    public String reporter;
    public String partner;
    @Enumerated(EnumType.STRING)
    public Flow flow;
    public int position;
    @Enumerated(EnumType.STRING)
    @Column(name = "position_qualifier")
    public RankQualifier positionQualifier;
    @Enumerated(EnumType.STRING)
    public PartnerGroup among;
    @Column(name = "stated_by")
    public String statedBy;
    public String note;
    @Column(name = "source_id")
    public String sourceId;
    public String locator;

    public record Filter(String reporter, String partner, Flow flow, PartnerGroup among) {
        Criteria criteria() {
            return new Criteria()
                    .equal("t.reporter", "reporter", reporter)
                    .equal("t.partner", "partner", partner)
                    .equal("t.flow", "flow", flow == null ? null : flow.name())
                    .equal("t.among", "among", among == null ? null : among.name());
        }
    }

    public static Page<PartnerRanking> search(Filter filter, PageRequest page, Instant asOf) {
        return READER.page(filter.criteria(), page, asOf);
    }

    /** Whether one source already ranks this partner for this flow among this group. */
    public static boolean existsByNaturalKey(String reporter, String partner, Flow flow, PartnerGroup among, String sourceId) {
        return count("reporter = ?1 and partner = ?2 and flow = ?3 and among = ?4 and sourceId = ?5", reporter, partner, flow, among,
                sourceId) > 0;
    }
}
