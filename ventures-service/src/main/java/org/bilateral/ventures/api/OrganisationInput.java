package org.bilateral.ventures.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.bilateral.support.codes.Country;
import org.bilateral.support.provenance.Citation;
import org.bilateral.ventures.domain.OrganisationKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganisationInput", description = "An organisation to create or replace")
public record OrganisationInput(
        @Schema(description = "Name; unique per country", examples = "Astana Motors") @NotBlank @Size(max = 300) String name,
        @Schema(description = "Country, ISO 3166-1 alpha-2", examples = "KZ") @NotNull @Country String country,
        @Schema(examples = "ASSEMBLER") @NotNull OrganisationKind kind,
        @Schema(description = "Seat, where known", examples = "Almaty") @Size(max = 200) String city,
        @Schema(description = "Remarks in our words") @Size(max = 2000) String note,
        @Schema(description = "Where the organisation is named") @Size(max = 50) List<@NotNull @Valid Citation> sources) {
}
