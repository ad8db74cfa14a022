package org.bilateral.trade.api.model;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.bilateral.trade.domain.Qualifier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A money amount as the create body states it; the views answer the same shape (figures and targets). */
@Schema(name = "Amount", description = "A money amount: amount x 10^scale in unit")
public record AmountInput(
        @Schema(description = "The number as stated", examples = "896.1")
        @NotNull @PositiveOrZero @Digits(integer = 16, fraction = 4) BigDecimal amount,
        @Schema(description = "ISO 4217 currency", examples = "USD") @NotNull @Pattern(regexp = "[A-Z]{3}") String unit,
        @Schema(description = "Power of ten the amount is in: 6 for millions", examples = "6") @NotNull @Min(0) @Max(12) Integer scale,
        @Schema(description = "How exactly the source states it", examples = "EXACT") @NotNull Qualifier qualifier) {
}
