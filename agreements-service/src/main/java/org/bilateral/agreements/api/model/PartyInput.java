package org.bilateral.agreements.api.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bilateral.agreements.domain.Party;
import org.bilateral.support.codes.Country;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A party, as a request body states it; the view answers the same shape, so what GET answers can be sent back. */
@Schema(name = "AgreementParty", description = "A party to an agreement: a country and, where the agreement binds one, an organisation of it")
public record PartyInput(
        @Schema(description = "Country, ISO 3166-1 alpha-2", examples = "BY") @NotNull @Country String country,
        @Schema(description = "Organisation that is party for the country (government, ministry, agency); null when the state itself is",
                examples = "Government of the Republic of Belarus", nullable = true) @Size(min = 1, max = 300) String organisation) {

    static PartyInput of(Party p) {
        return new PartyInput(p.country(), p.organisation());
    }

    public Party toDomain() {
        return new Party(country, organisation);
    }
}
