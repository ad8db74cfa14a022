package org.bilateral.ventures.api;

import java.util.List;
import org.bilateral.ventures.api.model.VentureStatisticsView;
import org.bilateral.ventures.domain.Claim;
import org.bilateral.ventures.domain.ClaimPart;
import org.bilateral.ventures.service.StatisticsService;

/** The statistics as the wire record /statistics answers. */
final class StatisticsViews {

    private StatisticsViews() {
    }

    static VentureStatisticsView of(StatisticsService.Statistics s) {
        var listed = new VentureStatisticsView.Listed(s.total(), s.byKind(), s.byStatus(), s.bySector(), s.byHostCountry());
        return new VentureStatisticsView(listed, s.claims().stream().map(StatisticsViews::coverage).toList());
    }

    private static VentureStatisticsView.ClaimCoverage coverage(StatisticsService.ClaimCoverage cc) {
        Claim c = cc.claim();
        return new VentureStatisticsView.ClaimCoverage(c.id, c.subject, c.count, c.qualifier, c.hostCountry, c.partnerCountry, c.region,
                c.kind, c.sector, cc.listed(), cc.coverage(), cc.breakdown().stream().map(StatisticsViews::part).toList(), c.note,
                c.sources == null ? List.of() : c.sources);
    }

    private static VentureStatisticsView.PartCoverage part(StatisticsService.PartCoverage pc) {
        ClaimPart p = pc.part();
        return new VentureStatisticsView.PartCoverage(p.label(), p.count(), p.kind(), pc.listed(), pc.coverage());
    }
}
