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
import org.bilateral.agreements.domain.Agreement;
import org.bilateral.agreements.domain.AgreementDateKind;
import org.bilateral.agreements.domain.AgreementKind;
import org.bilateral.agreements.domain.AgreementStatus;
import org.bilateral.agreements.domain.Claim;
import org.bilateral.agreements.domain.DatePrecision;
import org.bilateral.agreements.domain.Relation;
import org.bilateral.agreements.domain.RelationType;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.provenance.Source;

/**
 * Read-side reports over the whole registry: relations in both directions, the timeline and the statistics. They
 * answer with domain values; the api layer turns them into wire records.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegistryReports {

    static final String UNSPECIFIED = "UNSPECIFIED";

    /** One end of a relation: the agreement there, or null when it has been deleted since the relation was recorded. */
    public record Related(RelationType type, long agreementId, Agreement agreement) {
    }

    /** The relations an agreement states (outgoing) and those other agreements state towards it (incoming). */
    public record Relations(long agreementId, List<Related> outgoing, List<Related> incoming) {
    }

    /** A dated event of an agreement. */
    public record DatedEvent(LocalDate date, DatePrecision precision, AgreementDateKind event, Agreement agreement) {
    }

    /** A claim of a source beside the agreements the registry holds of the kinds it counts. */
    public record ClaimedCount(Claim claim, LocalDate statedOn, long registeredOfClaimedKinds) {
    }

    /** Counts computed from the agreements stored now, every code listed; and the claimed counts beside them. */
    public record Statistics(long total, Map<String, Long> byKind, Map<String, Long> byStatus, Map<String, Long> byRecordedStatus,
            LocalDate statusDate, List<ClaimedCount> claimed) {
    }

    /** Outgoing relations from the row itself; incoming ones found by GIN containment on the other rows' relations. */
    public Relations relations(long id, Instant asOf) {
        Agreement a = Agreement.at(id, asOf);
        if (a == null) {
            throw ApiException.notFound("Agreement", id);
        }
        List<Relation> out = a.relations == null ? List.of() : a.relations;
        Map<Long, Agreement> targets = Agreement.withIds(out.stream().map(Relation::agreementId).distinct().toList(), asOf).stream()
                .collect(Collectors.toMap(t -> t.id, Function.identity()));
        List<Related> outgoing = out.stream().map(r -> new Related(r.type(), r.agreementId(), targets.get(r.agreementId()))).toList();
        List<Related> incoming = new ArrayList<>();
        for (Agreement other : Agreement.pointingAt(id, asOf)) {
            for (Relation r : other.relations) {
                if (r.agreementId() == id) {
                    incoming.add(new Related(r.type(), other.id, other));
                }
            }
        }
        return new Relations(id, outgoing, incoming);
    }

    /** Signings and validity starts and ends as dated events in date order (then event order, then agreement id). */
    public List<DatedEvent> timeline(LocalDate from, LocalDate to, AgreementKind kind) {
        List<DatedEvent> events = new ArrayList<>();
        for (Agreement a : Agreement.all()) {
            if (kind != null && a.kind != kind) {
                continue;
            }
            if (a.signedDate != null) {
                events.add(new DatedEvent(a.signedDate, a.signedPrecision, AgreementDateKind.SIGNED, a));
            }
            if (a.validFrom != null) {
                events.add(new DatedEvent(a.validFrom, DatePrecision.DAY, AgreementDateKind.VALIDITY_START, a));
            }
            if (a.validUntil != null) {
                events.add(new DatedEvent(a.validUntil, DatePrecision.DAY, AgreementDateKind.VALIDITY_END, a));
            }
        }
        return events.stream()
                .filter(e -> from == null || !e.date().isBefore(from))
                .filter(e -> to == null || !e.date().isAfter(to))
                .sorted(Comparator.comparing(DatedEvent::date).thenComparing(DatedEvent::event)
                        .thenComparing(e -> e.agreement().id))
                .toList();
    }

    public Statistics statistics() {
        Map<String, Long> byKind = zeroes(Arrays.stream(AgreementKind.values()).map(Enum::name).toList());
        byKind.put(UNSPECIFIED, 0L);
        Agreement.countBy("t.kind").forEach((k, n) -> byKind.put(k == null ? UNSPECIFIED : k, n));
        List<String> statuses = Arrays.stream(AgreementStatus.values()).map(Enum::name).toList();
        Map<String, Long> byStatus = zeroes(statuses);
        byStatus.putAll(Agreement.countBy(AgreementStatus.SQL));
        Map<String, Long> byRecorded = zeroes(statuses);
        byRecorded.putAll(Agreement.countBy("t.recorded_status"));
        long total = byKind.values().stream().mapToLong(Long::longValue).sum();
        List<ClaimedCount> claimed = new ArrayList<>();
        for (Claim c : Claim.allInOrder()) {
            Source source = Source.findById(c.sourceId);
            List<AgreementKind> kinds = c.kinds == null ? List.of() : Arrays.stream(c.kinds).map(AgreementKind::valueOf).toList();
            claimed.add(new ClaimedCount(c, source == null ? null : source.publishedOn, Agreement.countOfKinds(kinds)));
        }
        return new Statistics(total, byKind, byStatus, byRecorded, LocalDate.now(), claimed);
    }

    public List<Claim> claims() {
        return Claim.allInOrder();
    }

    private static Map<String, Long> zeroes(List<String> keys) {
        Map<String, Long> m = new LinkedHashMap<>();
        keys.forEach(k -> m.put(k, 0L));
        return m;
    }
}
