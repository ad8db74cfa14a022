package org.bilateral.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CooperationEventStatus", description = "HELD (a source reports it as having taken place), "
        + "SCHEDULED (a source announces it; no source in the registry reports it as held)")
public enum EventStatus {
    HELD, SCHEDULED
}
