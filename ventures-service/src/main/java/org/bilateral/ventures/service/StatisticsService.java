package org.bilateral.ventures.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilateral.ventures.domain.Claim;
import org.bilateral.ventures.domain.ClaimPart;
import org.bilateral.ventures.domain.Sector;
import org.bilateral.ventures.domain.Venture;
import org.bilateral.ventures.domain.VentureKind;
import org.bilateral.ventures.domain.VentureStatus;

/**
 * Counts computed from the listings, and each claimed count beside how many of its units are listed. Answers with
 * domain values; the api layer turns them into wire records.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatisticsService {

    /** Counts over every listing; every kind, status and sector code present, 0 where none. */
    public record Statistics(long total, Map<String, Long> byKind, Map<String, Long> byStatus, Map<String, Long> bySector,
            Map<String, Long> byHostCountry, List<ClaimCoverage> claims) {
    }

    /** A claim beside the existing listings that match it; coverage is listed as a percent of the claim, null when it counts 0. */
    public record ClaimCoverage(Claim claim, long listed, BigDecimal coverage, List<PartCoverage> breakdown) {
    }

    /** One part of a claimed total beside the listings of its kind. */
    public record PartCoverage(ClaimPart part, long listed, BigDecimal coverage) {
    }

    public Statistics statistics() {
        long total = Venture.count();
        Map<String, Long> byKind = complete(VentureKind.values(), Venture.countBy("t.kind"));
        Map<String, Long> byStatus = complete(VentureStatus.values(), Venture.countBy("t.status"));
        Map<String, Long> bySector = complete(Sector.values(), Venture.countBy("unnest(t.sectors)"));
        Map<String, Long> byHostCountry = Venture.countBy("t.host_country");
        List<ClaimCoverage> claims = Claim.allInOrder().stream().map(StatisticsService::coverage).toList();
        return new Statistics(total, byKind, byStatus, bySector, byHostCountry, claims);
    }

    static ClaimCoverage coverage(Claim c) {
        long listed = Venture.count(c.listingsOf(null));
        List<PartCoverage> parts = (c.breakdown == null ? List.<ClaimPart>of() : c.breakdown).stream().map(p -> {
            long n = p.kind() == null && c.kind == null ? listed : Venture.count(c.listingsOf(p.kind()));
            return new PartCoverage(p, n, percent(n, p.count()));
        }).toList();
        return new ClaimCoverage(c, listed, percent(listed, c.count), parts);
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
