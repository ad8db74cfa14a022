package org.bilateral.agreements.api.model;

import java.time.LocalDate;
import org.bilateral.agreements.domain.Agreement;
import org.bilateral.agreements.domain.AgreementDateKind;
import org.bilateral.agreements.domain.AgreementKind;
import org.bilateral.agreements.domain.DatePrecision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgreementTimelineEvent", description = "A dated event of an agreement")
public record TimelineEventView(
        @Schema(description = "Date of the event; with MONTH or YEAR precision the first day of that period", examples = "2014-05-29") LocalDate date,
        @Schema(description = "How much of the date is known", examples = "DAY") DatePrecision precision,
        @Schema(description = "What happened") AgreementDateKind event,
        @Schema(description = "Agreement id", examples = "4") long agreementId,
        @Schema(description = "Agreement title", examples = "Treaty on the Eurasian Economic Union") String title,
        @Schema(description = "Agreement kind", nullable = true) AgreementKind kind) {

    public static TimelineEventView of(LocalDate date, DatePrecision precision, AgreementDateKind event, Agreement a) {
        return new TimelineEventView(date, precision, event, a.id, a.title, a.kind);
    }
}
