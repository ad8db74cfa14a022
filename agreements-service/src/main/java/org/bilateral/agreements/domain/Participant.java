package org.bilateral.agreements.domain;

import org.bilateral.support.provenance.Citation;

/** Someone taking part in (or invited to) an event as a source names them, stored in the row's jsonb {@code participants} column. */
public record Participant(String country, String name, String office, ParticipantRole role, Citation source) {
}
