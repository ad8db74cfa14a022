package org.bilateral.agreements.domain;

import java.time.LocalDate;
import org.bilateral.support.provenance.Citation;

/** A session of a commission, stored in the row's jsonb {@code sessions} column. */
public record CommissionSession(LocalDate date, DatePrecision precision, String place, SessionStatus status, Citation source) {
}
