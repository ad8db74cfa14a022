package org.bilateral.trade.harvest.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period a provider publishes, as our figures hold it: first day, last day and our label ("2018",
 * "2018-H1", "2018-Q3", "2018-07", "2018-01..2018-02" for a run of months). Reads SDMX TIME_PERIOD values
 * and Comtrade's period column.
 */
public record OfficialPeriod(LocalDate start, LocalDate end, String label) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:-A1)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-M?(\\d{2})");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-S(\\d)");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q(\\d)");
    private static final Pattern WEEK = Pattern.compile("\\d{4}-W\\d{1,2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{4}-D\\d{3}");
    /** An ISO 8601 time range as SDMX 2.1 allows it: start date (optionally with a time) / duration in months or days. */
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:T[0-9:.]+)?/P(\\d+)([MD])");
    private static final Pattern COMTRADE_MONTH = Pattern.compile("(\\d{4})(\\d{2})");

    /**
     * An SDMX 2.1 TIME_PERIOD: 2018 (or 2018-A1), 2018-S1, 2018-Q3, 2018-07 or 2018-M07, and the
     * time range 2018-01-01/P2M (whole months) or 2018-01-01/P45D (days; our own service writes these).
     *
     * @throws IllegalArgumentException naming why a period is not one a figure can hold (weeks, days, bad parts)
     */
    public static OfficialPeriod sdmx(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("no time period");
        }
        String v = value.trim();
        try {
            Matcher m;
            if ((m = YEAR.matcher(v)).matches()) {
                return year(Integer.parseInt(m.group(1)));
            }
            if ((m = MONTH.matcher(v)).matches()) {
                return month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if ((m = HALF.matcher(v)).matches()) {
                int year = Integer.parseInt(m.group(1));
                int half = Integer.parseInt(m.group(2));
                if (half < 1 || half > 2) {
                    throw new IllegalArgumentException("time period '" + v + "' names half " + half + " (1 or 2)");
                }
                YearMonth first = YearMonth.of(year, half == 1 ? 1 : 7);
                return new OfficialPeriod(first.atDay(1), first.plusMonths(5).atEndOfMonth(), year + "-H" + half);
            }
            if ((m = QUARTER.matcher(v)).matches()) {
                int year = Integer.parseInt(m.group(1));
                int q = Integer.parseInt(m.group(2));
                if (q < 1 || q > 4) {
                    throw new IllegalArgumentException("time period '" + v + "' names quarter " + q + " (1 to 4)");
                }
                YearMonth first = YearMonth.of(year, (q - 1) * 3 + 1);
                return new OfficialPeriod(first.atDay(1), first.plusMonths(2).atEndOfMonth(), year + "-Q" + q);
            }
            if ((m = RANGE.matcher(v)).matches()) {
                return range(v, LocalDate.parse(m.group(1)), Integer.parseInt(m.group(2)), m.group(3).equals("M"));
            }
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("time period '" + v + "' is not a real date: " + e.getMessage());
        }
        if (WEEK.matcher(v).matches()) {
            throw new IllegalArgumentException("time period '" + v + "' is a week; figures hold years, halves, quarters and months");
        }
        if (DAY.matcher(v).matches()) {
            throw new IllegalArgumentException("time period '" + v + "' is a single day; figures hold years, halves, quarters and months");
        }
        throw new IllegalArgumentException("time period '" + v + "' is not an SDMX period this harvest reads"
                + " (YYYY, YYYY-Sn, YYYY-Qn, YYYY-MM, YYYY-Mmm, or a start/PnM range)");
    }

    /** Comtrade's period column: 2018 (a year) or 201807 (a month). */
    public static OfficialPeriod comtrade(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("no period");
        }
        String v = value.trim();
        try {
            if (v.length() == 4 && v.chars().allMatch(Character::isDigit)) {
                return year(Integer.parseInt(v));
            }
            Matcher m = COMTRADE_MONTH.matcher(v);
            if (m.matches()) {
                return month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("period '" + v + "' is not a real month: " + e.getMessage());
        }
        throw new IllegalArgumentException("period '" + v + "' is neither a year (YYYY) nor a month (YYYYMM)");
    }

    static OfficialPeriod year(int year) {
        return new OfficialPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Integer.toString(year));
    }

    static OfficialPeriod month(YearMonth ym) {
        return new OfficialPeriod(ym.atDay(1), ym.atEndOfMonth(), ym.toString());
    }

    private static OfficialPeriod range(String v, LocalDate start, int length, boolean months) {
        if (length < 1) {
            throw new IllegalArgumentException("time period '" + v + "' has an empty duration");
        }
        if (!months) {
            LocalDate end = start.plusDays(length - 1L);
            return new OfficialPeriod(start, end, start + ".." + end);
        }
        if (start.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("time period '" + v + "' counts months from the middle of a month");
        }
        YearMonth first = YearMonth.from(start);
        YearMonth last = first.plusMonths(length - 1L);
        String label = length == 1 ? first.toString() : first + ".." + last;
        if (length == 12 && first.getMonthValue() == 1) {
            label = Integer.toString(first.getYear());
        }
        return new OfficialPeriod(first.atDay(1), last.atEndOfMonth(), label);
    }
}
