package org.bilateral.ventures.api.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.bilateral.support.codes.Country;
import org.bilateral.support.provenance.Citation;
import org.bilateral.ventures.domain.OrganisationKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An organisation as clients create or replace it (and as the seed file holds it). The read-only fields of the
 * representation (id, version) are accepted so that what GET answers can be sent back as it is; see ReadOnlyFields.
 */
@Schema(name = "OrganisationInput", description = "An organisation to create or replace. The body GET answers may be sent back as it is: "
        + "its read-only fields (id, version) are accepted and never written.")
public record OrganisationInput(
        @Schema(readOnly = true, description = "Read-only. Ignored on create; on replace, where sent, it must be the id in the path (400 otherwise)",
                examples = "1") Long id,
        @Schema(readOnly = true, description = "Read-only. Ignored on create; on replace, where sent, it must be the current version, "
                + "the one If-Match names (412 otherwise)", examples = "1") Integer version,
        @Schema(description = "Name; unique per country", examples = "Astana Motors") @NotBlank @Size(max = 300) String name,
        @Schema(description = "Country, ISO 3166-1 alpha-2", examples = "KZ") @NotNull @Country String country,
        @Schema(examples = "ASSEMBLER") @NotNull OrganisationKind kind,
        @Schema(description = "Seat, where known", examples = "Almaty") @Size(max = 200) String city,
        @Schema(description = "Remarks in our words") @Size(max = 2000) String note,
        @Schema(description = "Where the organisation is named") @Size(max = 50) List<@NotNull @Valid Citation> sources) {
}
