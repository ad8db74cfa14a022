package org.bilateral.trade.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import org.bilateral.trade.domain.Figure;
import org.junit.jupiter.api.Test;

/** Analytics compare amounts in millions without changing the figures they read. */
class AnalyticsScaleTest {

    private static Figure figure(String amount, int scale) {
        Figure f = new Figure();
        f.id = 7L;
        f.amount = new BigDecimal(amount);
        f.scale = scale;
        f.unit = "USD";
        f.sourceId = "doc";
        return f;
    }

    @Test
    void aFigureInDollarsIsCopiedInMillionsAndLeftAsItWas() {
        Figure stored = figure("783700000", 0);
        Figure scaled = AnalyticsService.inMillions(stored);
        assertNotSame(stored, scaled);
        assertEquals(0, new BigDecimal("783.7").compareTo(scaled.amount));
        assertEquals(6, scaled.scale);
        assertEquals(7L, scaled.id);
        assertEquals("doc", scaled.sourceId);
        assertEquals(new BigDecimal("783700000"), stored.amount);
        assertEquals(0, stored.scale);
    }

    @Test
    void aFigureAlreadyInMillionsIsUsedAsItIs() {
        Figure stored = figure("783.7", 6);
        assertSame(stored, AnalyticsService.inMillions(stored));
    }

    @Test
    void billionsBecomeThousandsOfMillions() {
        assertEquals(0, new BigDecimal("1500").compareTo(AnalyticsService.inMillions(figure("1.5", 9)).amount));
    }
}
