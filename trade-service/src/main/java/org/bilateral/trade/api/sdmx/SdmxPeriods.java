package org.bilateral.trade.api.sdmx;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.trade.service.SdmxFigures;

/** SDMX time formats: writing a figure's period, reading startPeriod and endPeriod. */
final class SdmxPeriods {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-S(\\d)");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q(\\d)");

    private SdmxPeriods() {
    }

    /**
     * The SDMX time period of a figure: 2018, 2018-S1, 2018-Q1, 2018-01 for the regular periods,
     * and an ISO 8601 time range (start/duration, e.g. 2018-01-01/P2M) for anything else.
     */
    static String format(String freq, LocalDate start, LocalDate end) {
        return switch (freq) {
            case "A" -> Integer.toString(start.getYear());
            case "S" -> start.getYear() + "-S" + (start.getMonthValue() <= 6 ? 1 : 2);
            case "Q" -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case "M" -> YearMonth.from(start).toString();
            default -> {
                if (!SdmxFigures.OTHER_FREQUENCY.equals(freq)) {
                    long months = ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(end)) + 1;
                    yield start + "/P" + months + "M";
                }
                yield start + "/P" + (ChronoUnit.DAYS.between(start, end) + 1) + "D";
            }
        };
    }

    /** First day of the period a startPeriod names. */
    static LocalDate startOf(String parameter, String value) {
        return bounds(parameter, value)[0];
    }

    /** Last day of the period an endPeriod names. */
    static LocalDate endOf(String parameter, String value) {
        return bounds(parameter, value)[1];
    }

    private static LocalDate[] bounds(String parameter, String value) {
        try {
            Matcher m;
            if ((m = YEAR.matcher(value)).matches()) {
                int y = Integer.parseInt(m.group(1));
                return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
            }
            if ((m = MONTH.matcher(value)).matches()) {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
            }
            if ((m = DAY.matcher(value)).matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return new LocalDate[] {d, d};
            }
            if ((m = HALF.matcher(value)).matches()) {
                return months(parameter, value, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 2, 6);
            }
            if ((m = QUARTER.matcher(value)).matches()) {
                return months(parameter, value, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 4, 3);
            }
        } catch (DateTimeException e) {
            throw SdmxException.syntax(parameter + " '" + value + "' is not a real date: " + e.getMessage());
        }
        throw SdmxException.syntax(parameter + " '" + value + "' is not an SDMX period: use YYYY, YYYY-Sn, YYYY-Qn, YYYY-MM or YYYY-MM-DD");
    }

    private static LocalDate[] months(String parameter, String value, int year, int part, int parts, int length) {
        if (part < 1 || part > parts) {
            throw SdmxException.syntax(parameter + " '" + value + "' names a part of the year that does not exist (1 to " + parts + ")");
        }
        YearMonth first = YearMonth.of(year, (part - 1) * length + 1);
        return new LocalDate[] {first.atDay(1), first.plusMonths(length - 1L).atEndOfMonth()};
    }
}
