package org.bilateral.trade.domain;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Calendar facts about a figure's period. */
public final class Periods {

    private Periods() {
    }

    /** A for a calendar year, S for a half, Q for a quarter, M for a month, R for any other range. */
    public static String frequency(LocalDate start, LocalDate end) {
        if (start.getDayOfMonth() != 1 || !end.equals(end.with(TemporalAdjusters.lastDayOfMonth())) || start.getYear() != end.getYear()) {
            return "R";
        }
        int months = end.getMonthValue() - start.getMonthValue() + 1;
        int first = start.getMonthValue();
        if (months == 12) {
            return "A";
        }
        if (months == 6 && (first == 1 || first == 7)) {
            return "S";
        }
        if (months == 3 && (first - 1) % 3 == 0) {
            return "Q";
        }
        if (months == 1) {
            return "M";
        }
        return "R";
    }

    /** The same period one year earlier; a period ending on a month's last day keeps doing so. */
    public static LocalDate[] yearEarlier(LocalDate start, LocalDate end) {
        return new LocalDate[] {start.minusYears(1), end.plusDays(1).minusYears(1).minusDays(1)};
    }

    /** A label for a period one year earlier than one labelled {@code label}. */
    public static String labelYearEarlier(String label, LocalDate start, LocalDate end) {
        String f = frequency(start, end);
        LocalDate[] prev = yearEarlier(start, end);
        return switch (f) {
            case "A" -> Integer.toString(prev[0].getYear());
            case "S" -> prev[0].getYear() + (prev[0].getMonthValue() == 1 ? "-H1" : "-H2");
            case "Q" -> prev[0].getYear() + "-Q" + ((prev[0].getMonthValue() - 1) / 3 + 1);
            case "M" -> String.format("%d-%02d", prev[0].getYear(), prev[0].getMonthValue());
            default -> String.format("%d-%02d..%d-%02d", prev[0].getYear(), prev[0].getMonthValue(), prev[1].getYear(), prev[1].getMonthValue());
        };
    }
}
