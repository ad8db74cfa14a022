package org.bilateral.agreements.domain;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgreementStatus", description = "PLANNED (to be signed), SIGNED (signed, not yet in force), IN_FORCE, "
        + "EXPIRED (validity ended), TERMINATED (ended early by the parties)")
public enum AgreementStatus {
    PLANNED, SIGNED, IN_FORCE, EXPIRED, TERMINATED;

    /**
     * The status served to clients: the recorded status checked against the dates on {@code today}.
     * Must say the same as {@link #SQL}.
     */
    public static AgreementStatus effective(AgreementStatus recorded, LocalDate validFrom, LocalDate validUntil, LocalDate today) {
        if (recorded == PLANNED || recorded == TERMINATED) {
            return recorded;
        }
        if (validUntil != null && validUntil.isBefore(today)) {
            return EXPIRED;
        }
        if (validFrom != null && validFrom.isAfter(today)) {
            return SIGNED;
        }
        if (validFrom != null && (recorded == SIGNED || validUntil != null)) {
            return IN_FORCE;
        }
        return recorded;
    }

    /** {@link #effective} in SQL over the row alias {@code t}, on the database's current date. */
    public static final String SQL = "(CASE"
            + " WHEN t.recorded_status IN ('PLANNED', 'TERMINATED') THEN t.recorded_status"
            + " WHEN t.valid_until < CURRENT_DATE THEN 'EXPIRED'"
            + " WHEN t.valid_from > CURRENT_DATE THEN 'SIGNED'"
            + " WHEN t.valid_from IS NOT NULL AND (t.recorded_status = 'SIGNED' OR t.valid_until IS NOT NULL) THEN 'IN_FORCE'"
            + " ELSE t.recorded_status END)";

    /** How the served status is derived, for the API documentation. */
    public static final String DERIVATION = "The served status is derived from the recorded status and the dates, on today's date: "
            + "PLANNED and TERMINATED are served as recorded; otherwise an agreement whose validity.until is before today is EXPIRED "
            + "(never IN_FORCE); one whose validity.from is after today is SIGNED; one whose validity.from has passed is IN_FORCE "
            + "when recorded SIGNED or when validity.until is known (and not passed); in every other case (no validity dates) the recorded "
            + "status is served. The recorded status is kept beside it as recordedStatus.";
}
