package org.bilateral.trade.api;

import java.time.LocalDate;
import org.bilateral.support.params.ParamErrors;

/** The checks of the year/from/to parameters every figure query shares, stated once. */
final class PeriodChecks {

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2200;

    private PeriodChecks() {
    }

    static void year(ParamErrors errors, Integer year) {
        if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
            errors.add("year", "must be between " + MIN_YEAR + " and " + MAX_YEAR);
        }
    }

    static void range(ParamErrors errors, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            errors.add("to", "must not be before from");
        }
    }
}
