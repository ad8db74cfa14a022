package org.bilateral.trade.api.sdmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SdmxPeriodsTest {

    private static String format(String freq, String start, String end) {
        return SdmxPeriods.format(freq, LocalDate.parse(start), LocalDate.parse(end));
    }

    private static SdmxException refused(String value) {
        SdmxException e = assertThrows(SdmxException.class, () -> SdmxPeriods.startOf("startPeriod", value), value);
        assertEquals(140, e.code());
        assertEquals(400, e.status());
        assertTrue(e.getMessage().startsWith("startPeriod '" + value + "'"), e.getMessage());
        return e;
    }

    @Test
    void regularPeriodsAreWrittenInSdmxTimeFormat() {
        assertEquals("2018", format("A", "2018-01-01", "2018-12-31"));
        assertEquals("2018-S1", format("S", "2018-01-01", "2018-06-30"));
        assertEquals("2018-S2", format("S", "2018-07-01", "2018-12-31"));
        assertEquals("2018-Q1", format("Q", "2018-01-01", "2018-03-31"));
        assertEquals("2018-Q3", format("Q", "2018-07-01", "2018-09-30"));
        assertEquals("2018-Q4", format("Q", "2018-10-01", "2018-12-31"));
        assertEquals("2018-01", format("M", "2018-01-01", "2018-01-31"));
        assertEquals("2018-11", format("M", "2018-11-01", "2018-11-30"));
    }

    @Test
    void runOfWholeMonthsIsAStartAndAMonthDuration() {
        assertEquals("2018-01-01/P2M", format("M2", "2018-01-01", "2018-02-28"));
        assertEquals("2018-11-01/P3M", format("M3", "2018-11-01", "2019-01-31"));
    }

    @Test
    void otherRangeIsAStartAndADayDuration() {
        assertEquals("2018-01-15/P31D", format("_O", "2018-01-15", "2018-02-14"));
        assertEquals("2018-03-01/P1D", format("_O", "2018-03-01", "2018-03-01"));
    }

    @Test
    void yearBoundsAreItsFirstAndLastDay() {
        assertEquals(LocalDate.of(2018, 1, 1), SdmxPeriods.startOf("startPeriod", "2018"));
        assertEquals(LocalDate.of(2018, 12, 31), SdmxPeriods.endOf("endPeriod", "2018"));
    }

    @Test
    void monthBoundsFollowTheCalendar() {
        assertEquals(LocalDate.of(2018, 2, 1), SdmxPeriods.startOf("startPeriod", "2018-02"));
        assertEquals(LocalDate.of(2018, 2, 28), SdmxPeriods.endOf("endPeriod", "2018-02"));
        assertEquals(LocalDate.of(2020, 2, 29), SdmxPeriods.endOf("endPeriod", "2020-02"));
    }

    @Test
    void dayIsItsOwnStartAndEnd() {
        assertEquals(LocalDate.of(2018, 5, 17), SdmxPeriods.startOf("startPeriod", "2018-05-17"));
        assertEquals(LocalDate.of(2018, 5, 17), SdmxPeriods.endOf("endPeriod", "2018-05-17"));
    }

    @Test
    void halfYearBounds() {
        assertEquals(LocalDate.of(2018, 1, 1), SdmxPeriods.startOf("startPeriod", "2018-S1"));
        assertEquals(LocalDate.of(2018, 6, 30), SdmxPeriods.endOf("endPeriod", "2018-S1"));
        assertEquals(LocalDate.of(2018, 7, 1), SdmxPeriods.startOf("startPeriod", "2018-S2"));
        assertEquals(LocalDate.of(2018, 12, 31), SdmxPeriods.endOf("endPeriod", "2018-S2"));
    }

    @Test
    void quarterBounds() {
        assertEquals(LocalDate.of(2018, 4, 1), SdmxPeriods.startOf("startPeriod", "2018-Q2"));
        assertEquals(LocalDate.of(2018, 6, 30), SdmxPeriods.endOf("endPeriod", "2018-Q2"));
        assertEquals(LocalDate.of(2018, 10, 1), SdmxPeriods.startOf("startPeriod", "2018-Q4"));
        assertEquals(LocalDate.of(2018, 12, 31), SdmxPeriods.endOf("endPeriod", "2018-Q4"));
    }

    @Test
    void halfOrQuarterThatDoesNotExistIsASyntaxErrorNamingTheRange() {
        assertTrue(refused("2018-S3").getMessage().endsWith("names a part of the year that does not exist (1 to 2)"));
        assertTrue(refused("2018-S0").getMessage().endsWith("(1 to 2)"));
        assertTrue(refused("2018-Q5").getMessage().endsWith("names a part of the year that does not exist (1 to 4)"));
        assertTrue(refused("2018-Q0").getMessage().endsWith("(1 to 4)"));
    }

    @Test
    void impossibleDateIsASyntaxErrorSayingSo() {
        assertTrue(refused("2018-13").getMessage().contains("is not a real date"));
        assertTrue(refused("2018-02-30").getMessage().contains("is not a real date"));
        assertTrue(refused("2018-00").getMessage().contains("is not a real date"));
    }

    @Test
    void otherShapesAreASyntaxErrorListingTheAcceptedOnes() {
        for (String value : List.of("18", "20180", "2018-1", "2018-Q", "2018-Q12", "2018-W01", "2018-M01", "2018-01-01T00:00:00",
                "", " 2018")) {
            assertTrue(refused(value).getMessage().endsWith("use YYYY, YYYY-Sn, YYYY-Qn, YYYY-MM or YYYY-MM-DD"), value);
        }
    }

    @Test
    void errorNamesTheParameterItCameFrom() {
        SdmxException e = assertThrows(SdmxException.class, () -> SdmxPeriods.endOf("endPeriod", "soon"));
        assertTrue(e.getMessage().startsWith("endPeriod 'soon'"), e.getMessage());
    }
}
