package org.bilateral.agreements.api.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.bilateral.agreements.domain.AgreementKind;
import org.bilateral.agreements.domain.AgreementStatus;
import org.bilateral.agreements.domain.Area;
import org.bilateral.support.provenance.Citation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An agreement as clients create or replace it. The read-only fields of the representation (id, version, the derived
 * status) are accepted so that what GET answers can be sent back as it is; see ReadOnlyFields and AgreementService.
 */
@Schema(name = "AgreementInput", description = "An agreement to create or replace. The natural key is the title (case-insensitive) with the "
        + "signing date: a second agreement with both the same is a 409. The body GET answers may be sent back as it is: its read-only "
        + "fields (id, version, status) are accepted and never written.")
public record AgreementInput(
        @Schema(readOnly = true, description = "Read-only. Ignored on create; on replace, where sent, it must be the id in the path (400 otherwise)",
                examples = "1") Long id,
        @Schema(readOnly = true, description = "Read-only. Ignored on create; on replace, where sent, it must be the current version, "
                + "the one If-Match names (412 otherwise)", examples = "1") Integer version,
        @Schema(description = "Title in our words", examples = "Treaty on the Eurasian Economic Union") @NotBlank @Size(max = 500) String title,
        @Schema(description = "What it is about, in our words; searched with the title", examples = "Founding treaty of the Eurasian Economic Union.")
        @Size(max = 4000) String summary,
        @Schema(description = "Kind of document; null where the sources do not say", examples = "MULTILATERAL_TREATY", nullable = true)
        AgreementKind kind,
        @Schema(readOnly = true, description = "Read-only: the served status, derived from recordedStatus and the dates. Where sent it must "
                + "be the status this body derives or, on replace, the record's current status (400 otherwise): set recordedStatus and "
                + "validity to change it", examples = "IN_FORCE", nullable = true) AgreementStatus status,
        @Schema(description = "Status as the sources record it; the served status is derived from it and the dates", examples = "IN_FORCE")
        @NotNull AgreementStatus recordedStatus,
        @Schema(description = "Parties, at least one") @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid PartyInput> parties,
        @Schema(description = "Signing; omit when not known") @Valid SigningInput signed,
        @Schema(description = "Validity; omit when not known") @Valid ValidityInput validity,
        @Schema(description = "Areas of cooperation, no repeats") @Size(max = 30) List<@NotNull Area> areas,
        @Schema(description = "Relations to other agreements of the registry") @Size(max = 50) List<@NotNull @Valid RelationInput> relations,
        @Schema(description = "Where the facts are stated, at least one citation") @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid Citation> sources,
        @Schema(description = "Remarks in our words, e.g. which facts come from general knowledge rather than the cited sources")
        @Size(max = 2000) String note) {

    public List<Area> areasOrEmpty() {
        return areas == null ? List.of() : areas;
    }

    public List<RelationInput> relationsOrEmpty() {
        return relations == null ? List.of() : relations;
    }
}
