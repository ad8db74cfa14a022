package org.bilateral.trade.api.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A figure's period as the create body states it; the views answer the same shape. */
@Schema(name = "Period", description = "The dates a figure covers and the label the source uses")
public record PeriodInput(
        @Schema(description = "First day covered", examples = "2018-01-01") @NotNull LocalDate start,
        @Schema(description = "Last day covered (inclusive)", examples = "2018-12-31") @NotNull LocalDate end,
        @Schema(description = "Label: a year (2018), half-year (2019-H1), quarter (2019-Q1), month (2018-01) or range (2018-01..2018-02)",
                examples = "2018") @NotBlank @Size(max = 32) String label,
        @Schema(description = "True when the source gives no year and it is inferred from the document's date", examples = "false")
        Boolean inferred) {

    public boolean isInferred() {
        return Boolean.TRUE.equals(inferred);
    }
}
