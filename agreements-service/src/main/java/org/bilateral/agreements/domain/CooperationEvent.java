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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
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

/** A meeting, visit, forum or reception a source reports, with its participants and citations in the row. */
@Entity
@Table(name = "cooperation_event")
public class CooperationEvent extends PanacheEntityBase {

    public static final String TABLE = "cooperation_event";
    public static final TableReader<CooperationEvent> READER = new TableReader<>(CooperationEvent.class, TABLE);
    /** Undated events sort after every dated one. */
    public static final SortFields SORT = SortFields.builder("t.id")
            .field("id", "t.id")
            .field("date", "COALESCE(t.event_date, 'infinity'::date)")
            .field("title", "lower(t.title)")
            .field("kind", "t.kind")
            .byDefault("date,title")
            .build();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Version
    public int version = 1;
    public String title;
    @Enumerated(EnumType.STRING)
    public EventKind kind;
    @Enumerated(EnumType.STRING)
    public EventStatus status;
    @Column(name = "event_date")
    public LocalDate date;
    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision")
    public DatePrecision precision;
    @Column(name = "end_date")
    public LocalDate endDate;
    public String place;
    public String summary;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(ValueListMutability.class)
    public List<Participant> participants;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(ValueListMutability.class)
    public List<Citation> sources;
    public String note;

    /** The list's filters; null means "any". */
    public record Filter(EventKind kind, String participantCountry) {
        Criteria criteria() {
            return new Criteria()
                    .equal("t.kind", "kind", kind == null ? null : kind.name())
                    .where("t.participants @> jsonb_build_array(jsonb_build_object('country', CAST(:country AS text)))",
                            "country", participantCountry);
        }
    }

    public static Page<CooperationEvent> search(Filter filter, PageRequest page, Instant asOf) {
        return READER.page(filter.criteria(), page, asOf);
    }

    public static Optional<CooperationEvent> byNaturalKey(String title, LocalDate date) {
        return CooperationEvent.<CooperationEvent>list("lower(title) = lower(?1)", title).stream()
                .filter(e -> Objects.equals(e.date, date)).findFirst();
    }
}
