package org.bilateral.agreements.api;

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

/** An agreement as clients create or replace it. */
@Schema(name = "AgreementInput", description = "An agreement to create or replace. The natural key is the title (case-insensitive) with the "
        + "signing date: a second agreement with both the same is a 409.")
public record AgreementInput(
        @Schema(description = "Title in our words", examples = "Treaty on the Eurasian Economic Union") @NotBlank @Size(max = 500) String title,
        @Schema(description = "What it is about, in our words; searched with the title", examples = "Founding treaty of the Eurasian Economic Union.")
        @Size(max = 4000) String summary,
        @Schema(description = "Kind of document; null where the sources do not say", examples = "MULTILATERAL_TREATY", nullable = true)
        AgreementKind kind,
        @Schema(description = "Status as the sources record it; the served status is derived from it and the dates", examples = "IN_FORCE")
        @NotNull AgreementStatus recordedStatus,
        @Schema(description = "Parties, at least one") @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid PartyDto> parties,
        @Schema(description = "Signing; omit when not known") @Valid SignedDto signed,
        @Schema(description = "Validity; omit when not known") @Valid ValidityDto validity,
        @Schema(description = "Areas of cooperation, no repeats") @Size(max = 30) List<@NotNull Area> areas,
        @Schema(description = "Relations to other agreements of the registry") @Size(max = 50) List<@NotNull @Valid RelationDto> relations,
        @Schema(description = "Where the facts are stated, at least one citation") @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid Citation> sources,
        @Schema(description = "Remarks in our words, e.g. which facts come from general knowledge rather than the cited sources")
        @Size(max = 2000) String note) {

    public List<Area> areasOrEmpty() {
        return areas == null ? List.of() : areas;
    }

    public List<RelationDto> relationsOrEmpty() {
        return relations == null ? List.of() : relations;
    }
}
