package org.bilateral.agreements.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.bilateral.agreements.domain.Relation;
import org.bilateral.agreements.domain.RelationType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgreementRelation", description = "This agreement's relation to another agreement of the registry")
public record RelationDto(
        @Schema(description = "How this agreement relates to the other", examples = "IMPLEMENTS") @NotNull RelationType type,
        @Schema(description = "Id of the other agreement", examples = "1") @NotNull @Positive Long agreementId) {

    static RelationDto of(Relation r) {
        return new RelationDto(r.type(), r.agreementId());
    }

    Relation toDomain() {
        return new Relation(type, agreementId);
    }
}
