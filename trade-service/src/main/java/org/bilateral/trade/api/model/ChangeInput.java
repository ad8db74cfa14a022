package org.bilateral.trade.api.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.bilateral.trade.domain.ChangeKind;
import org.bilateral.trade.domain.Qualifier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reported change as the create body states it; the views answer the same shape. */
@Schema(name = "ReportedChange", description = "The change the source reports against the same period a year earlier")
public record ChangeInput(
        @Schema(description = "Percent or factor", examples = "PERCENT") @NotNull ChangeKind kind,
        @Schema(description = "30 for '30% up', -5 for '5% down'; 2.5 for '2.5 times'", examples = "30")
        @NotNull @Digits(integer = 8, fraction = 4) @DecimalMin("-100") @DecimalMax("99999999") BigDecimal value,
        @Schema(description = "How exactly the source states it", examples = "EXACT") @NotNull Qualifier qualifier) {
}
