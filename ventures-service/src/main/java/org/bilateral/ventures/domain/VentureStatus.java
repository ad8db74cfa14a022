package org.bilateral.ventures.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a listing stands. PROPOSED and PLANNED ones do not exist yet and never count towards claimed totals. */
@Schema(description = "PROPOSED: stated as an idea or wish; PLANNED: decided and being prepared; OPERATING: running; "
        + "SUSPENDED: halted for now; CLOSED: wound up.")
public enum VentureStatus {
    PROPOSED, PLANNED, OPERATING, SUSPENDED, CLOSED;

    /** The undertaking exists (or existed), so it can be one of the units a source counts. */
    public boolean exists() {
        return this == OPERATING || this == SUSPENDED || this == CLOSED;
    }
}
