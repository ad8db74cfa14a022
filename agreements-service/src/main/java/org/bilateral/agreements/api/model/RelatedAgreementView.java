package org.bilateral.agreements.api.model;

import java.time.LocalDate;
import org.bilateral.agreements.domain.Agreement;
import org.bilateral.agreements.domain.AgreementKind;
import org.bilateral.agreements.domain.AgreementStatus;
import org.bilateral.agreements.domain.RelationType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RelatedAgreement", description = "The other end of a relation")
public record RelatedAgreementView(
        @Schema(description = "Relation type, read from the agreement that states it: outgoing 'this IMPLEMENTS other', "
                + "incoming 'other IMPLEMENTS this'", examples = "IMPLEMENTS") RelationType type,
        @Schema(description = "Id of the other agreement", examples = "1") long agreementId,
        @Schema(description = "Title of the other agreement; null when it no longer exists", nullable = true) String title,
        @Schema(description = "Kind of the other agreement", nullable = true) AgreementKind kind,
        @Schema(description = "Served status of the other agreement", nullable = true) AgreementStatus status,
        @Schema(description = "False when the other agreement has been deleted since the relation was recorded") boolean exists) {

    /** {@code other} is null when the other agreement has been deleted; statuses are derived on {@code today}. */
    public static RelatedAgreementView of(RelationType type, long agreementId, Agreement other, LocalDate today) {
        return other == null ? new RelatedAgreementView(type, agreementId, null, null, null, false)
                : new RelatedAgreementView(type, other.id, other.title, other.kind, other.status(today), true);
    }
}
