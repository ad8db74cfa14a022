package org.bilateral.agreements.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgreementRelations", description = "An agreement's relations in both directions")
public record RelationsView(
        @Schema(description = "The agreement asked about", examples = "1") long agreementId,
        @Schema(description = "Relations this agreement states (its own relations field)") List<RelatedAgreement> outgoing,
        @Schema(description = "Relations other agreements state towards this one") List<RelatedAgreement> incoming) {
}
