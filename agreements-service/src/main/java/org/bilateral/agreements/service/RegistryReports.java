package org.bilateral.agreements.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bilateral.agreements.api.model.ClaimView;
import org.bilateral.agreements.api.model.RelatedAgreementView;
import org.bilateral.agreements.api.model.RelationsView;
import org.bilateral.agreements.api.model.StatisticsView;
import org.bilateral.agreements.api.model.TimelineEventView;
import org.bilateral.agreements.domain.Agreement;
import org.bilateral.agreements.domain.AgreementKind;
import org.bilateral.agreements.domain.AgreementStatus;
import org.bilateral.agreements.domain.Claim;
import org.bilateral.agreements.domain.DatePrecision;
import org.bilateral.agreements.domain.Relation;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.provenance.Source;

/** Read-side views over the whole registry: relations in both directions, the timeline and the statistics. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegistryReports {

    static final String UNSPECIFIED = "UNSPECIFIED";

    /** Outgoing relations from the row itself; incoming ones found by GIN containment on the other rows' relations. */
    public RelationsView relations(long id, Instant asOf) {
        Agreement a = Agreement.at(id, asOf);
        if (a == null) {
            throw ApiException.notFound("Agreement", id);
        }
        LocalDate today = LocalDate.now();
        List<Relation> out = a.relations == null ? List.of() : a.relations;
        Map<Long, Agreement> targets = Agreement.withIds(out.stream().map(Relation::agreementId).distinct().toList(), asOf).stream()
                .collect(Collectors.toMap(t -> t.id, Function.identity()));
        List<RelatedAgreementView> outgoing = out.stream().map(r -> {
            Agreement t = targets.get(r.agreementId());
            return t == null ? new RelatedAgreementView(r.type(), r.agreementId(), null, null, null, false)
                    : new RelatedAgreementView(r.type(), t.id, t.title, t.kind, t.status(today), true);
        }).toList();
        List<RelatedAgreementView> incoming = new ArrayList<>();
        for (Agreement other : Agreement.pointingAt(id, asOf)) {
            for (Relation r : other.relations) {
                if (r.agreementId() == id) {
                    incoming.add(new RelatedAgreementView(r.type(), other.id, other.title, other.kind, other.status(today), true));
                }
            }
        }
        return new RelationsView(id, outgoing, incoming);
    }

    /** Signings and validity starts and ends as dated events in date order (then event order, then agreement id). */
    public List<TimelineEventView> timeline(LocalDate from, LocalDate to, AgreementKind kind) {
        List<TimelineEventView> events = new ArrayList<>();
        for (Agreement a : Agreement.all()) {
            if (kind != null && a.kind != kind) {
                continue;
            }
            if (a.signedDate != null) {
                events.add(new TimelineEventView(a.signedDate, a.signedPrecision, TimelineEventView.Type.SIGNED, a.id, a.title, a.kind));
            }
            if (a.validFrom != null) {
                events.add(new TimelineEventView(a.validFrom, DatePrecision.DAY, TimelineEventView.Type.VALIDITY_START, a.id, a.title, a.kind));
            }
            if (a.validUntil != null) {
                events.add(new TimelineEventView(a.validUntil, DatePrecision.DAY, TimelineEventView.Type.VALIDITY_END, a.id, a.title, a.kind));
            }
        }
        return events.stream()
                .filter(e -> from == null || !e.date().isBefore(from))
                .filter(e -> to == null || !e.date().isAfter(to))
                .sorted(Comparator.comparing(TimelineEventView::date).thenComparing(TimelineEventView::event).thenComparing(TimelineEventView::agreementId))
                .toList();
    }

    public StatisticsView statistics() {
        Map<String, Long> byKind = zeroes(Arrays.stream(AgreementKind.values()).map(Enum::name).toList());
        byKind.put(UNSPECIFIED, 0L);
        Agreement.countBy("t.kind").forEach((k, n) -> byKind.put(k == null ? UNSPECIFIED : k, n));
        List<String> statuses = Arrays.stream(AgreementStatus.values()).map(Enum::name).toList();
        Map<String, Long> byStatus = zeroes(statuses);
        byStatus.putAll(Agreement.countBy(AgreementStatus.SQL));
        Map<String, Long> byRecorded = zeroes(statuses);
        byRecorded.putAll(Agreement.countBy("t.recorded_status"));
        long total = byKind.values().stream().mapToLong(Long::longValue).sum();
        var registered = new StatisticsView.Registered(total, byKind, byStatus, byRecorded, LocalDate.now());
        List<StatisticsView.ClaimedCount> claimed = new ArrayList<>();
        for (Claim c : Claim.allInOrder()) {
            ClaimView view = ClaimView.of(c);
            Source source = Source.findById(c.sourceId);
            claimed.add(new StatisticsView.ClaimedCount(view, source == null ? null : source.publishedOn, Agreement.countOfKinds(view.kinds())));
        }
        return new StatisticsView(registered, claimed);
    }

    public List<ClaimView> claims() {
        return Claim.allInOrder().stream().map(ClaimView::of).toList();
    }

    private static Map<String, Long> zeroes(List<String> keys) {
        Map<String, Long> m = new LinkedHashMap<>();
        keys.forEach(k -> m.put(k, 0L));
        return m;
    }
}
