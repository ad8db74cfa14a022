package org.bilateral.trade.domain;

import java.time.LocalDate;

/** The dates a figure covers with the label its source uses, and whether the year is inferred from the document's date. */
public record LabelledPeriod(LocalDate start, LocalDate end, String label, boolean inferred) {

    public static LabelledPeriod of(Figure f) {
        return new LabelledPeriod(f.periodStart, f.periodEnd, f.periodLabel, f.periodInferred);
    }
}
