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
import java.time.Instant;
import java.util.List;
import org.bilateral.support.jsonb.ValueListMutability;
import org.bilateral.support.paging.Page;
import org.bilateral.support.paging.PageRequest;
import org.bilateral.support.paging.SortFields;
import org.bilateral.support.query.Criteria;
import org.bilateral.support.query.TableReader;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;

/** One run of a provider, from queued to succeeded or failed. An operational log: not versioned. */
@Entity
@Table(name = "harvest")
public class Harvest extends PanacheEntityBase {

    public static final TableReader<Harvest> READER = new TableReader<>(Harvest.class, "harvest");
    public static final SortFields SORT = SortFields.builder("t.id")
            .field("id", "t.id")
            .field("queuedAt", "t.queued_at")
            .field("state", "t.state")
            .byDefault("-id")
            .build();

    public enum State { QUEUED, RUNNING, SUCCEEDED, FAILED }

    public enum Trigger { API, SCHEDULE }

    /** An observation the harvest could not take, and why. */
    public record Rejection(String seriesKey, String period, String reason) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "provider_id")
    public long providerId;
    @Enumerated(EnumType.STRING)
    public State state;
    @Enumerated(EnumType.STRING)
    public Trigger trigger;
    @Column(name = "requested_by")
    public String requestedBy;
    @Column(name = "scheduled_for")
    public Instant scheduledFor;
    @Column(name = "queued_at", insertable = false, updatable = false)
    public Instant queuedAt;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "ended_at")
    public Instant endedAt;
    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;
    public String runner;
    @Column(name = "updated_after")
    public Instant updatedAfter;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "request_urls")
    public String[] requestUrls;
    @Column(name = "observations_read")
    public long observationsRead;
    @Column(name = "figures_created")
    public long figuresCreated;
    @Column(name = "figures_revised")
    public long figuresRevised;
    @Column(name = "figures_unchanged")
    public long figuresUnchanged;
    public long rejected;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(ValueListMutability.class)
    public List<Rejection> rejections;
    public String failure;

    public static Page<Harvest> ofProvider(long providerId, PageRequest page) {
        return READER.page(new Criteria().equal("t.provider_id", "provider", providerId), page, null);
    }

    /** Start of the provider's last successful harvest: what the next one asks for changes since. */
    public static Instant lastSuccessStart(long providerId) {
        Harvest h = find("providerId = ?1 and state = ?2 order by startedAt desc", providerId, State.SUCCEEDED).firstResult();
        return h == null ? null : h.startedAt;
    }
}
