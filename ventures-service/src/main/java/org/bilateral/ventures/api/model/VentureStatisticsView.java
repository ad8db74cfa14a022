package org.bilateral.ventures.api.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.bilateral.support.provenance.Citation;
import org.bilateral.ventures.domain.Qualifier;
import org.bilateral.ventures.domain.Sector;
import org.bilateral.ventures.domain.VentureKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VentureStatistics", description = "Counts computed from the listings beside the counts sources claim")
public record VentureStatisticsView(Listed listed, List<ClaimCoverage> claims) {

    @Schema(name = "VentureListedCounts", description = "Counts over every listing of this registry, proposed projects included")
    public record Listed(
            @Schema(examples = "9") long total,
            @Schema(description = "Listings per kind; every kind present, 0 where none", examples = "{\"JOINT_ASSEMBLY_PLANT\": 1}")
            Map<String, Long> byKind,
            @Schema(description = "Listings per status; every status present", examples = "{\"OPERATING\": 2}") Map<String, Long> byStatus,
            @Schema(description = "Listings per sector code (a listing counts once in each of its sectors); every sector present",
                    examples = "{\"AUTOMOTIVE\": 2}") Map<String, Long> bySector,
            @Schema(description = "Listings per host country present", examples = "{\"KZ\": 9}") Map<String, Long> byHostCountry) {
    }

    @Schema(name = "VentureClaimCoverage", description = "A claimed count beside how many of its units this registry lists")
    public record ClaimCoverage(
            @Schema(examples = "3") long id,
            @Schema(examples = "Enterprises with Kazakh capital in Belarus") String subject,
            @Schema(examples = "49") int count,
            @Schema(examples = "EXACT") Qualifier qualifier,
            @Schema(examples = "BY") String hostCountry,
            @Schema(examples = "KZ") String partnerCountry,
            @Schema(examples = "BY-MA") String region,
            @Schema(description = "The venture kind it counts; null when it counts several", examples = "JOINT_ASSEMBLY_PLANT") VentureKind kind,
            @Schema(description = "Sector it is limited to", examples = "DISTRIBUTION") Sector sector,
            @Schema(description = "Existing listings (not PROPOSED or PLANNED) that match it: host country, region, partner country, kind, sector",
                    examples = "1") long listed,
            @Schema(description = "listed as a percent of count, one decimal; null when count is 0", examples = "12.5") BigDecimal coverage,
            @Schema(description = "The parts the source splits the total into, each with its own coverage") List<PartCoverage> breakdown,
            String note,
            List<Citation> sources) {
    }

    @Schema(name = "VentureClaimPartCoverage", description = "One part of a claimed total beside the listings of its kind")
    public record PartCoverage(@Schema(examples = "joint ventures") String label, @Schema(examples = "13") int count,
            @Schema(examples = "JOINT_VENTURE") VentureKind kind, @Schema(examples = "0") long listed,
            @Schema(examples = "0.0") BigDecimal coverage) {
    }
}
