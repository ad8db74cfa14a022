package org.bilateral.agreements.api.model;

import java.time.LocalDate;
import org.bilateral.agreements.domain.AgreementKind;
import org.bilateral.agreements.domain.DatePrecision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgreementTimelineEvent", description = "A dated event of an agreement")
public record TimelineEventView(
        @Schema(description = "Date of the event; with MONTH or YEAR precision the first day of that period", examples = "2014-05-29") LocalDate date,
        @Schema(description = "How much of the date is known", examples = "DAY") DatePrecision precision,
        @Schema(description = "What happened") Type event,
        @Schema(description = "Agreement id", examples = "4") long agreementId,
        @Schema(description = "Agreement title", examples = "Treaty on the Eurasian Economic Union") String title,
        @Schema(description = "Agreement kind", nullable = true) AgreementKind kind) {

    @Schema(name = "AgreementTimelineEventType", description = "SIGNED (signing), VALIDITY_START (first day of validity), "
            + "VALIDITY_END (last day of validity)")
    public enum Type { SIGNED, VALIDITY_START, VALIDITY_END }
}
