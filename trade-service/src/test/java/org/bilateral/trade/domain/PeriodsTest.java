package org.bilateral.trade.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodsTest {

    private static String frequency(String start, String end) {
        return Periods.frequency(LocalDate.parse(start), LocalDate.parse(end));
    }

    private static String labelYearEarlier(String start, String end) {
        return Periods.labelYearEarlier("ignored", LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    void calendarYearIsAnnual() {
        assertEquals("A", frequency("2019-01-01", "2019-12-31"));
    }

    @Test
    void firstAndSecondHalvesAreHalfYears() {
        assertEquals("S", frequency("2019-01-01", "2019-06-30"));
        assertEquals("S", frequency("2019-07-01", "2019-12-31"));
    }

    @Test
    void sixMonthsNotStartingInJanuaryOrJulyAreARange() {
        assertEquals("R", frequency("2019-04-01", "2019-09-30"));
    }

    @Test
    void calendarQuartersAreQuarters() {
        assertEquals("Q", frequency("2019-01-01", "2019-03-31"));
        assertEquals("Q", frequency("2019-04-01", "2019-06-30"));
        assertEquals("Q", frequency("2019-07-01", "2019-09-30"));
        assertEquals("Q", frequency("2019-10-01", "2019-12-31"));
    }

    @Test
    void threeMonthsAcrossQuarterBoundariesAreARange() {
        assertEquals("R", frequency("2019-02-01", "2019-04-30"));
    }

    @Test
    void wholeMonthIsMonthlyIncludingLeapFebruary() {
        assertEquals("M", frequency("2019-02-01", "2019-02-28"));
        assertEquals("M", frequency("2020-02-01", "2020-02-29"));
    }

    @Test
    void periodNotEndingOnAMonthsLastDayIsARange() {
        assertEquals("R", frequency("2020-02-01", "2020-02-28"));
        assertEquals("R", frequency("2019-01-01", "2019-12-30"));
    }

    @Test
    void periodNotStartingOnTheFirstIsARange() {
        assertEquals("R", frequency("2019-01-02", "2019-12-31"));
    }

    @Test
    void periodAcrossTheYearEndIsARange() {
        assertEquals("R", frequency("2019-12-01", "2020-01-31"));
        assertEquals("R", frequency("2019-01-01", "2020-12-31"));
    }

    @Test
    void severalWholeMonthsOtherThanQuarterOrHalfAreARange() {
        assertEquals("R", frequency("2019-01-01", "2019-02-28"));
        assertEquals("R", frequency("2019-01-01", "2019-11-30"));
    }

    @Test
    void yearEarlierKeepsAMonthEndAMonthEnd() {
        assertArrayEquals(new LocalDate[] {LocalDate.parse("2019-02-01"), LocalDate.parse("2019-02-28")},
                Periods.yearEarlier(LocalDate.parse("2020-02-01"), LocalDate.parse("2020-02-29")));
        assertArrayEquals(new LocalDate[] {LocalDate.parse("2020-02-01"), LocalDate.parse("2020-02-29")},
                Periods.yearEarlier(LocalDate.parse("2021-02-01"), LocalDate.parse("2021-02-28")));
    }

    @Test
    void yearEarlierOfAnOrdinaryRangeShiftsBothDates() {
        assertArrayEquals(new LocalDate[] {LocalDate.parse("2018-03-15"), LocalDate.parse("2018-06-10")},
                Periods.yearEarlier(LocalDate.parse("2019-03-15"), LocalDate.parse("2019-06-10")));
    }

    @Test
    void labelsOfTheYearBefore() {
        assertEquals("2018", labelYearEarlier("2019-01-01", "2019-12-31"));
        assertEquals("2018-H1", labelYearEarlier("2019-01-01", "2019-06-30"));
        assertEquals("2018-H2", labelYearEarlier("2019-07-01", "2019-12-31"));
        assertEquals("2018-Q1", labelYearEarlier("2019-01-01", "2019-03-31"));
        assertEquals("2018-Q4", labelYearEarlier("2019-10-01", "2019-12-31"));
        assertEquals("2018-02", labelYearEarlier("2019-02-01", "2019-02-28"));
        assertEquals("2019-02", labelYearEarlier("2020-02-01", "2020-02-29"));
    }

    @Test
    void rangeLabelOfTheYearBeforeNamesFirstAndLastMonth() {
        assertEquals("2018-01..2018-02", labelYearEarlier("2019-01-01", "2019-02-28"));
        assertEquals("2018-12..2019-01", labelYearEarlier("2019-12-01", "2020-01-31"));
    }
}
