package org.bilateral.ventures.api.model;

import java.util.List;
import org.bilateral.support.provenance.Citation;
import org.bilateral.ventures.domain.Claim;
import org.bilateral.ventures.domain.ClaimPart;
import org.bilateral.ventures.domain.Qualifier;
import org.bilateral.ventures.domain.Sector;
import org.bilateral.ventures.domain.VentureKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VentureClaim", description = "An aggregate count a source states, as stored")
public record ClaimView(
        @Schema(examples = "3") long id,
        @Schema(examples = "1") int version,
        @Schema(examples = "Enterprises with Kazakh capital in Belarus") String subject,
        @Schema(examples = "49") int count,
        @Schema(examples = "EXACT") Qualifier qualifier,
        @Schema(description = "Country the counted units are in", examples = "BY") String hostCountry,
        @Schema(description = "Country whose partners or capital take part", examples = "KZ") String partnerCountry,
        @Schema(description = "ISO 3166-2 region the count is limited to", examples = "BY-MA") String region,
        @Schema(description = "Venture kind the count is of, when it is of one kind", examples = "JOINT_ASSEMBLY_PLANT") VentureKind kind,
        @Schema(description = "Sector the count is limited to", examples = "DISTRIBUTION") Sector sector,
        @Schema(description = "Parts of the total as the source splits it") List<Part> breakdown,
        String note,
        List<Citation> sources) {

    @Schema(name = "VentureClaimPart", description = "One part of a claimed total")
    public record Part(@Schema(examples = "joint ventures") String label, @Schema(examples = "13") int count,
            @Schema(examples = "JOINT_VENTURE") VentureKind kind) {

        static Part of(ClaimPart p) {
            return new Part(p.label(), p.count(), p.kind());
        }
    }

    public static ClaimView of(Claim c) {
        return new ClaimView(c.id, c.version, c.subject, c.count, c.qualifier, c.hostCountry, c.partnerCountry, c.region, c.kind, c.sector,
                c.breakdown == null ? List.of() : c.breakdown.stream().map(Part::of).toList(), c.note,
                c.sources == null ? List.of() : c.sources);
    }
}
