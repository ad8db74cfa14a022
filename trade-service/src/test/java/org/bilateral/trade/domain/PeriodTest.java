package org.bilateral.trade.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static Period period(String start, String end) {
        return new Period(LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    void periodsWithTheSameDaysAreOneMapKey() {
        Map<Period, String> byPeriod = new HashMap<>();
        byPeriod.put(period("2018-01-01", "2018-12-31"), "year");
        assertEquals("year", byPeriod.get(period("2018-01-01", "2018-12-31")));
        assertNotEquals(period("2018-01-01", "2018-12-31"), period("2018-01-01", "2018-06-30"));
    }

    @Test
    void aYearEarlierKeepsTheLastDayOfTheMonth() {
        assertEquals(period("2017-01-01", "2017-12-31"), period("2018-01-01", "2018-12-31").yearEarlier());
        assertEquals(period("2019-02-01", "2019-02-28"), period("2020-02-01", "2020-02-29").yearEarlier());
        assertEquals(period("2020-02-01", "2020-02-29"), period("2021-02-01", "2021-02-28").yearEarlier());
    }

    @Test
    void frequencyFollowsTheDays() {
        assertEquals("A", period("2018-01-01", "2018-12-31").frequency());
        assertEquals("Q", period("2018-04-01", "2018-06-30").frequency());
        assertEquals("M", period("2018-02-01", "2018-02-28").frequency());
    }

    @Test
    void ofAFigureTakesItsDays() {
        Figure f = new Figure();
        f.periodStart = LocalDate.parse("2019-01-01");
        f.periodEnd = LocalDate.parse("2019-06-30");
        assertEquals(period("2019-01-01", "2019-06-30"), Period.of(f));
    }

    @Test
    void aPeriodHasBothEnds() {
        assertThrows(IllegalArgumentException.class, () -> new Period(LocalDate.parse("2018-01-01"), null));
    }
}
