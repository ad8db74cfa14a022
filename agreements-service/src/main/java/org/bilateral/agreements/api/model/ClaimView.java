package org.bilateral.agreements.api.model;

import java.util.Arrays;
import java.util.List;
import org.bilateral.agreements.domain.AgreementKind;
import org.bilateral.agreements.domain.Claim;
import org.bilateral.agreements.domain.Qualifier;
import org.bilateral.support.provenance.Citation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgreementCountClaim", description = "A count a source states about the legal base, as stated; not computed by the registry")
public record ClaimView(
        @Schema(description = "Id", examples = "1") long id,
        @Schema(description = "Version", examples = "1") int version,
        @Schema(description = "The number stated", examples = "65") int count,
        @Schema(description = "How the number is qualified", examples = "MORE_THAN") Qualifier qualifier,
        @Schema(description = "Kinds of agreement the claim counts; empty when it counts agreements of every kind") List<AgreementKind> kinds,
        @Schema(description = "Countries whose legal base is counted, ISO 3166-1 alpha-2") List<String> parties,
        @Schema(description = "What is counted, in our words", examples = "Agreements of the Belarus-Kazakhstan legal base of cooperation")
        String description,
        Citation source,
        @Schema(nullable = true) String note) {

    public static ClaimView of(Claim c) {
        return new ClaimView(c.id, c.version, c.count, c.qualifier,
                c.kinds == null ? List.of() : Arrays.stream(c.kinds).map(AgreementKind::valueOf).toList(),
                c.parties == null ? List.of() : List.of(c.parties), c.description, new Citation(c.sourceId, c.locator), c.note);
    }
}
