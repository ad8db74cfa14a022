package org.bilateral.agreements.api.model;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The validity, as a request body states it; the view answers the same shape, so what GET answers can be sent back. */
@Schema(name = "AgreementValidity", description = "The days an agreement is valid, both inclusive; null where not known (until: open-ended)")
public record ValidityInput(
        @Schema(description = "First day of validity", examples = "2019-01-01", nullable = true) LocalDate from,
        @Schema(description = "Last day of validity; null when open-ended or not known", examples = "2020-12-31", nullable = true)
        LocalDate until) {
}
