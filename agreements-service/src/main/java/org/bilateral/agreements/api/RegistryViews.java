package org.bilateral.agreements.api;

import java.time.LocalDate;
import java.util.List;
import org.bilateral.agreements.api.model.ClaimView;
import org.bilateral.agreements.api.model.RelatedAgreementView;
import org.bilateral.agreements.api.model.RelationsView;
import org.bilateral.agreements.api.model.StatisticsView;
import org.bilateral.agreements.api.model.TimelineEventView;
import org.bilateral.agreements.service.RegistryReports;

/** The registry reports as the wire records the analytics endpoints answer. */
final class RegistryViews {

    private RegistryViews() {
    }

    static RelationsView relations(RegistryReports.Relations r) {
        LocalDate today = LocalDate.now();
        return new RelationsView(r.agreementId(), related(r.outgoing(), today), related(r.incoming(), today));
    }

    static List<TimelineEventView> timeline(List<RegistryReports.DatedEvent> events) {
        return events.stream().map(e -> TimelineEventView.of(e.date(), e.precision(), e.event(), e.agreement())).toList();
    }

    static StatisticsView statistics(RegistryReports.Statistics s) {
        var registered = new StatisticsView.Registered(s.total(), s.byKind(), s.byStatus(), s.byRecordedStatus(), s.statusDate());
        List<StatisticsView.ClaimedCount> claimed = s.claimed().stream()
                .map(c -> new StatisticsView.ClaimedCount(ClaimView.of(c.claim()), c.statedOn(), c.registeredOfClaimedKinds())).toList();
        return new StatisticsView(registered, claimed);
    }

    private static List<RelatedAgreementView> related(List<RegistryReports.Related> ends, LocalDate today) {
        return ends.stream().map(e -> RelatedAgreementView.of(e.type(), e.agreementId(), e.agreement(), today)).toList();
    }
}
