package org.bilateral.agreements.api.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgreementRelations", description = "An agreement's relations in both directions")
public record RelationsView(
        @Schema(description = "The agreement asked about", examples = "1") long agreementId,
        @Schema(description = "Relations this agreement states (its own relations field)") List<RelatedAgreementView> outgoing,
        @Schema(description = "Relations other agreements state towards this one") List<RelatedAgreementView> incoming) {
}
