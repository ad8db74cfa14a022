package org.bilateral.ventures.api.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.bilateral.support.codes.Country;
import org.bilateral.ventures.domain.Partner;
import org.bilateral.ventures.domain.PartnerRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner, as a request body states it; the view answers the same shape, so what GET answers can be sent back. */
@Schema(name = "VenturePartner", description = "A partner of a venture: a registered organisation (organisationId) or a side the source does not name")
public record PartnerInput(
        @Schema(description = "Id of the organisation (see /organisations); absent when the source names no organisation", examples = "1")
        @Positive Long organisationId,
        @Schema(description = "Name of the partner as listed", examples = "MAZ") @NotBlank @Size(max = 300) String name,
        @Schema(description = "Partner's country, ISO 3166-1 alpha-2", examples = "BY") @NotNull @Country String country,
        @Schema(description = "What the partner brings", examples = "LICENSOR") @NotNull PartnerRole role,
        @Schema(description = "Share of capital in percent, where known", examples = "50")
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal share) {

    public static PartnerInput of(Partner p) {
        return new PartnerInput(p.organisationId(), p.name(), p.country(), p.role(), p.share() == null ? null : p.share().stripTrailingZeros());
    }

    public Partner toPartner() {
        return new Partner(organisationId, name, country, role, share);
    }
}
