package org.bilateral.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommissionSessionStatus", description = "HELD (a source reports the session as having taken place), "
        + "SCHEDULED (a source announces it; no source in the registry reports it as held)")
public enum SessionStatus {
    HELD, SCHEDULED
}
