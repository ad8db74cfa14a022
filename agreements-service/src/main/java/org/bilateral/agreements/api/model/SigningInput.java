package org.bilateral.agreements.api.model;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.bilateral.agreements.domain.DatePrecision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The signing, as a request body states it; the view answers the same shape, so what GET answers can be sent back. */
@Schema(name = "AgreementSigning", description = "When and where an agreement was (or is to be) signed, as precisely as the sources say")
public record SigningInput(
        @Schema(description = "Signing date; with MONTH precision the 1st of the month, with YEAR precision 1 January; null when not known "
                + "(e.g. a planned signing)", examples = "2014-05-29", nullable = true) LocalDate date,
        @Schema(description = "How much of the date the sources give; required with a date", examples = "DAY", nullable = true)
        DatePrecision precision,
        @Schema(description = "Place of signing", examples = "Astana", nullable = true) @Size(min = 1, max = 200) String place) {
}
