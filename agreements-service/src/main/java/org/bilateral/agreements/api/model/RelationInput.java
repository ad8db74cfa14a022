package org.bilateral.agreements.api.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.bilateral.agreements.domain.Relation;
import org.bilateral.agreements.domain.RelationType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A relation, as a request body states it; the view answers the same shape, so what GET answers can be sent back. */
@Schema(name = "AgreementRelation", description = "This agreement's relation to another agreement of the registry")
public record RelationInput(
        @Schema(description = "How this agreement relates to the other", examples = "IMPLEMENTS") @NotNull RelationType type,
        @Schema(description = "Id of the other agreement", examples = "1") @NotNull @Positive Long agreementId) {

    static RelationInput of(Relation r) {
        return new RelationInput(r.type(), r.agreementId());
    }

    public Relation toDomain() {
        return new Relation(type, agreementId);
    }
}
