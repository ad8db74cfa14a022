package org.bilateral.trade.api.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.bilateral.support.codes.Country;
import org.bilateral.support.codes.Region;
import org.bilateral.support.provenance.Citation;
import org.bilateral.trade.domain.Flow;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A figure as clients create or replace it (and as the seed files hold it). The read-only fields of the
 * representation (id, version, harvest) are accepted so that what GET answers can be sent back as it is; see ReadOnlyFields.
 */
@Schema(name = "FigureInput", description = "A trade figure to create or replace. The body GET answers may be sent back as it is: "
        + "its read-only fields (id, version, harvest) are accepted and never written.")
public record FigureInput(
        @Schema(readOnly = true, description = "Read-only. Ignored on create; on replace, where sent, it must be the id in the path (400 otherwise)",
                examples = "1") Long id,
        @Schema(readOnly = true, description = "Read-only. Ignored on create; on replace, where sent, it must be the current version, "
                + "the one If-Match names (412 otherwise)", examples = "1") Integer version,
        @Schema(description = "Reporting country, ISO 3166-1 alpha-2", examples = "BY") @NotNull @Country String reporter,
        @Schema(description = "Partner country, ISO 3166-1 alpha-2", examples = "KZ") @NotNull @Country String partner,
        @Schema(description = "Region of the reporter, ISO 3166-2; absent for the whole country", examples = "BY-MA") @Region String region,
        @Schema(description = "What is measured", examples = "TURNOVER") @NotNull Flow flow,
        @Schema(description = "HS code (2, 4, 6, 8 or 10 digits) or chapter range such as 01-24; absent for all goods", examples = "8701")
        @Pattern(regexp = "[0-9]{2}(-[0-9]{2}|[0-9]{2}([0-9]{2}([0-9]{2}([0-9]{2})?)?)?)?") String commodity,
        @NotNull @Valid PeriodInput period,
        @Schema(description = "The amount; absent when the source gives only the change") @Valid AmountInput value,
        @Schema(description = "The change reported against the same period a year earlier") @Valid ChangeInput reportedChange,
        @Schema(description = "Where the figure is stated") @NotNull @Valid Citation source,
        @Schema(description = "Remarks in our words", examples = "Year inferred from the document's date.") @Size(max = 2000) String note,
        @Schema(readOnly = true, description = "Read-only. Where an official figure was harvested from, as GET answers it; accepted and never written")
        FigureView.Provenance harvest) {
}
