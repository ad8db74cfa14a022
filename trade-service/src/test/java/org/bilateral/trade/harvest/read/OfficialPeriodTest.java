package org.bilateral.trade.harvest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OfficialPeriodTest {

    static String sdmx(String v) {
        OfficialPeriod p = OfficialPeriod.sdmx(v);
        return p.start() + ".." + p.end() + " " + p.label();
    }

    @Test
    void sdmxPeriodsBecomeOurLabels() {
        assertEquals("2018-01-01..2018-12-31 2018", sdmx("2018"));
        assertEquals("2018-01-01..2018-12-31 2018", sdmx("2018-A1"));
        assertEquals("2018-01-01..2018-06-30 2018-H1", sdmx("2018-S1"));
        assertEquals("2018-07-01..2018-12-31 2018-H2", sdmx("2018-S2"));
        assertEquals("2018-07-01..2018-09-30 2018-Q3", sdmx("2018-Q3"));
        assertEquals("2018-07-01..2018-07-31 2018-07", sdmx("2018-07"));
        assertEquals("2018-07-01..2018-07-31 2018-07", sdmx("2018-M07"));
        assertEquals("2020-02-01..2020-02-29 2020-02", sdmx("2020-02"));
        assertEquals("2018-01-01..2018-02-28 2018-01..2018-02", sdmx("2018-01-01/P2M"));
        assertEquals("2018-01-01..2018-12-31 2018", sdmx("2018-01-01/P12M"));
        assertEquals("2018-03-05..2018-03-14 2018-03-05..2018-03-14", sdmx("2018-03-05/P10D"));
    }

    @Test
    void weeksDaysAndImpossiblePartsAreRefusedWithTheReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> OfficialPeriod.sdmx("2018-W05")).getMessage().contains("is a week"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> OfficialPeriod.sdmx("2018-05-04")).getMessage().contains("single day"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> OfficialPeriod.sdmx("2018-Q5")).getMessage().contains("quarter 5"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> OfficialPeriod.sdmx("2018-S3")).getMessage().contains("half 3"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> OfficialPeriod.sdmx("2018-13")).getMessage().contains("not a real date"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> OfficialPeriod.sdmx("2018-01-15/P2M")).getMessage().contains("middle of a month"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> OfficialPeriod.sdmx("last year")).getMessage().contains("not an SDMX period"));
    }

    @Test
    void comtradePeriodsAreYearsOrMonths() {
        assertEquals("2018", OfficialPeriod.comtrade("2018").label());
        OfficialPeriod m = OfficialPeriod.comtrade("201807");
        assertEquals("2018-07 2018-07-01 2018-07-31", m.label() + " " + m.start() + " " + m.end());
        assertThrows(IllegalArgumentException.class, () -> OfficialPeriod.comtrade("201813"));
        assertThrows(IllegalArgumentException.class, () -> OfficialPeriod.comtrade("18"));
    }
}
