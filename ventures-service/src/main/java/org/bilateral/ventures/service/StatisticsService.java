package org.bilateral.ventures.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilateral.ventures.api.model.VentureStatisticsView;
import org.bilateral.ventures.domain.Claim;
import org.bilateral.ventures.domain.ClaimPart;
import org.bilateral.ventures.domain.Sector;
import org.bilateral.ventures.domain.Venture;
import org.bilateral.ventures.domain.VentureKind;
import org.bilateral.ventures.domain.VentureStatus;

/** Counts computed from the listings, and each claimed count beside how many of its units are listed. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatisticsService {

    public VentureStatisticsView statistics() {
        var listed = new VentureStatisticsView.Listed(
                Venture.count(),
                complete(VentureKind.values(), Venture.countBy("t.kind")),
                complete(VentureStatus.values(), Venture.countBy("t.status")),
                complete(Sector.values(), Venture.countBy("unnest(t.sectors)")),
                Venture.countBy("t.host_country"));
        List<VentureStatisticsView.ClaimCoverage> claims = Claim.allInOrder().stream().map(StatisticsService::coverage).toList();
        return new VentureStatisticsView(listed, claims);
    }

    static VentureStatisticsView.ClaimCoverage coverage(Claim c) {
        long listed = Venture.count(c.listingsOf(null));
        List<VentureStatisticsView.PartCoverage> parts = (c.breakdown == null ? List.<ClaimPart>of() : c.breakdown).stream().map(p -> {
            long n = p.kind() == null && c.kind == null ? listed : Venture.count(c.listingsOf(p.kind()));
            return new VentureStatisticsView.PartCoverage(p.label(), p.count(), p.kind(), n, percent(n, p.count()));
        }).toList();
        return new VentureStatisticsView.ClaimCoverage(c.id, c.subject, c.count, c.qualifier, c.hostCountry, c.partnerCountry, c.region, c.kind,
                c.sector, listed, percent(listed, c.count), parts, c.note, c.sources == null ? List.of() : c.sources);
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** Every code of the list in declaration order, 0 where nothing is counted. */
    private static <E extends Enum<E>> Map<String, Long> complete(E[] codes, Map<String, Long> counts) {
        Map<String, Long> all = new LinkedHashMap<>();
        for (E code : codes) {
            all.put(code.name(), counts.getOrDefault(code.name(), 0L));
        }
        return all;
    }
}
