package org.bilateral.trade.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RowErrorsTest {

    @Test
    void countsEveryErrorButKeepsOnlyTheFirstFew() {
        RowErrors errors = new RowErrors(2);
        assertTrue(errors.isEmpty());
        errors.add(2, "a", "x");
        errors.add(3, "b", "y");
        errors.add(4, "c", "z");
        assertFalse(errors.isEmpty());
        assertEquals(3, errors.total());
        assertEquals(List.of(new RowError(2, "a", "x"), new RowError(3, "b", "y")), errors.first());
    }

    @Test
    void lateErrorsOnEarlierLinesDisplaceLaterOnes() {
        RowErrors errors = new RowErrors(2);
        errors.add(5, "a", "x");
        errors.add(9, "b", "y");
        errors.addLate(3, "c", "duplicate");
        assertEquals(3, errors.total());
        assertEquals(List.of(new RowError(3, "c", "duplicate"), new RowError(5, "a", "x")), errors.first());
    }

    @Test
    void uncountedErrorsRaiseTheTotalOnly() {
        RowErrors errors = new RowErrors(2);
        errors.countMore(1000);
        assertEquals(1000, errors.total());
        assertEquals(List.of(), errors.first());
    }
}
