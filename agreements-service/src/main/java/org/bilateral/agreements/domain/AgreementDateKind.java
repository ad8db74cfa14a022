package org.bilateral.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The dated events of an agreement, in the order they sort on one day. */
@Schema(name = "AgreementTimelineEventType", description = "SIGNED (signing), VALIDITY_START (first day of validity), "
        + "VALIDITY_END (last day of validity)")
public enum AgreementDateKind { SIGNED, VALIDITY_START, VALIDITY_END }
