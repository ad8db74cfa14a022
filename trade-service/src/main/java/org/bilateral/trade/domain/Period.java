package org.bilateral.trade.domain;

import java.time.LocalDate;

/** The dates a figure covers, first and last day inclusive: the key analytics group figures by. */
public record Period(LocalDate start, LocalDate end) {

    public Period {
        if (start == null || end == null) {
            throw new IllegalArgumentException("a period has a start and an end");
        }
    }

    public static Period of(Figure f) {
        return new Period(f.periodStart, f.periodEnd);
    }

    /** The same stretch of the calendar one year earlier (a February's last day stays the month's last day). */
    public Period yearEarlier() {
        LocalDate[] earlier = Periods.yearEarlier(start, end);
        return new Period(earlier[0], earlier[1]);
    }

    /** SDMX frequency code of the period: A, S, Q, M, or a run of months. */
    public String frequency() {
        return Periods.frequency(start, end);
    }
}
