package org.bilateral.trade.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReportedChangeTest {

    private static ReportedChange change(ChangeKind kind, String value, Qualifier qualifier) {
        return new ReportedChange(kind, new BigDecimal(value), qualifier);
    }

    @Test
    void aPercentAndAFactorAreTheSameGrowthInTwoSpellings() {
        ReportedChange percent = change(ChangeKind.PERCENT, "30", Qualifier.EXACT);
        ReportedChange factor = change(ChangeKind.FACTOR, "1.3", Qualifier.EXACT);
        assertEquals(0, percent.percent().compareTo(factor.percent()));
        assertEquals(0, percent.ratio().compareTo(factor.ratio()));
        assertEquals(0, new BigDecimal("150").compareTo(change(ChangeKind.FACTOR, "2.5", Qualifier.EXACT).percent()));
        assertEquals(0, new BigDecimal("0.95").compareTo(change(ChangeKind.PERCENT, "-5", Qualifier.EXACT).ratio()));
    }

    @Test
    void onlyAnExactOrApproximateChangeImpliesLastYearsValue() {
        assertTrue(change(ChangeKind.PERCENT, "3", Qualifier.EXACT).impliesEarlierValue());
        assertTrue(change(ChangeKind.PERCENT, "3", Qualifier.APPROXIMATE).impliesEarlierValue());
        assertFalse(change(ChangeKind.PERCENT, "3", Qualifier.MORE_THAN).impliesEarlierValue());
    }

    @Test
    void aFigureWithoutAChangeHasNone() {
        Figure f = new Figure();
        assertNull(ReportedChange.of(f));
        f.changeKind = ChangeKind.PERCENT;
        f.changeValue = new BigDecimal("32.30");
        f.changeQualifier = Qualifier.EXACT;
        assertEquals(change(ChangeKind.PERCENT, "32.3", Qualifier.EXACT), ReportedChange.of(f));
    }
}
