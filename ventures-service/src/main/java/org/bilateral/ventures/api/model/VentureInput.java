package org.bilateral.ventures.api.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.bilateral.support.codes.Country;
import org.bilateral.support.provenance.Citation;
import org.bilateral.ventures.domain.Sector;
import org.bilateral.ventures.domain.VentureKind;
import org.bilateral.ventures.domain.VentureStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A venture as clients create or replace it. The read-only fields of the representation (id, version, distanceKm)
 * are accepted so that what GET answers can be sent back as it is; see ReadOnlyFields.
 */
@Schema(name = "VentureInput", description = "A venture, plant, park, network or proposed project to create or replace. The body GET "
        + "answers may be sent back as it is: its read-only fields (id, version, distanceKm) are accepted and never written.")
public record VentureInput(
        @Schema(readOnly = true, description = "Read-only. Ignored on create; on replace, where sent, it must be the id in the path (400 otherwise)",
                examples = "1") Long id,
        @Schema(readOnly = true, description = "Read-only. Ignored on create; on replace, where sent, it must be the current version, "
                + "the one If-Match names (412 otherwise)", examples = "1") Integer version,
        @Schema(description = "Name in our words; unique per host country", examples = "MAZ vehicle assembly at Astana Motors")
        @NotBlank @Size(max = 300) String name,
        @Schema(examples = "JOINT_ASSEMBLY_PLANT") @NotNull VentureKind kind,
        @Schema(examples = "OPERATING") @NotNull VentureStatus status,
        @Schema(description = "Country the venture operates in, ISO 3166-1 alpha-2", examples = "KZ") @NotNull @Country String hostCountry,
        @Schema(description = "City, region and coordinates where known") @Valid LocationInput location,
        @Schema(description = "Partners; a PROPOSED_PROJECT may name only the countries involved") @Size(max = 50)
        List<@NotNull @Valid PartnerInput> partners,
        @Schema(description = "Sector codes") @Size(max = 15) List<@NotNull Sector> sectors,
        @Schema(description = "Product lines") @Size(max = 100) List<@NotNull @Valid ProductInput> products,
        @Schema(description = "Year the venture started or is to start", examples = "2017") @Min(1900) @Max(2200) Integer startYear,
        @Schema(description = "Stage reached, in our words", examples = "First stage commissioned") @Size(max = 500) String stage,
        @Schema(description = "Remarks in our words") @Size(max = 4000) String notes,
        @Schema(description = "Ids of related agreements in agreements-service (references only)", examples = "[1]") @Size(max = 100)
        List<@NotNull @Positive Long> relatedAgreementIds,
        @Schema(description = "Where the facts are stated; at least one") @NotEmpty @Size(max = 50) List<@NotNull @Valid Citation> sources,
        @Schema(readOnly = true, description = "Read-only: the distance a list asked with 'near' computes; ignored", examples = "12.345")
        Double distanceKm) {
}
