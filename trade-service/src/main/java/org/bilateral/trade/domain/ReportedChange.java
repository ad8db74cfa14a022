package org.bilateral.trade.domain;

import java.math.BigDecimal;

/** The growth a source reports against the same period a year earlier: a percent or a factor, stated how exactly. */
public record ReportedChange(ChangeKind kind, BigDecimal value, Qualifier qualifier) {

    /** The change a figure states, or null when it states none. */
    public static ReportedChange of(Figure f) {
        return f.changeValue == null ? null : new ReportedChange(f.changeKind, f.changeValue.stripTrailingZeros(), f.changeQualifier);
    }

    /** The change in percent: 30 for '30% up', 150 for '2.5 times'. */
    public BigDecimal percent() {
        return switch (kind) {
            case PERCENT -> value;
            case FACTOR -> value.subtract(BigDecimal.ONE).movePointRight(2);
        };
    }

    /** This year's value over last year's: 1.3 for '30% up', 2.5 for '2.5 times'. */
    public BigDecimal ratio() {
        return switch (kind) {
            case PERCENT -> BigDecimal.ONE.add(value.movePointLeft(2));
            case FACTOR -> value;
        };
    }

    /** Whether a value a year earlier follows from it: an exact or approximate change does, a bound ('more than 3%') does not. */
    public boolean impliesEarlierValue() {
        return qualifier == Qualifier.EXACT || qualifier == Qualifier.APPROXIMATE;
    }
}
