package org.bilateral.trade.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreferenceTest {

    private static Figure figure(long id, String amount, Qualifier qualifier, String source) {
        Figure f = new Figure();
        f.id = id;
        f.amount = amount == null ? null : new BigDecimal(amount);
        f.qualifier = qualifier;
        f.sourceId = source;
        return f;
    }

    private static List<Long> ranked(Map<String, LocalDate> publishedOn, Figure... figures) {
        return Preference.rank(List.of(figures), publishedOn).stream().map(f -> f.id).toList();
    }

    private static final Map<String, LocalDate> PUBLISHED = Map.of(
            "old", LocalDate.of(2018, 3, 1),
            "new", LocalDate.of(2020, 3, 1));

    @Test
    void exactValueBeatsAMorePreciseQualifiedOne() {
        assertEquals(List.of(2L, 1L), ranked(PUBLISHED,
                figure(1, "896.15", Qualifier.APPROXIMATE, "new"),
                figure(2, "896", Qualifier.EXACT, "old")));
    }

    @Test
    void everyQualifiedKindRanksBelowExact() {
        for (Qualifier q : List.of(Qualifier.APPROXIMATE, Qualifier.AT_LEAST, Qualifier.MORE_THAN)) {
            assertEquals(List.of(2L, 1L), ranked(PUBLISHED, figure(1, "1.5", q, "new"), figure(2, "1", Qualifier.EXACT, "old")), q.name());
        }
    }

    @Test
    void amongExactValuesTheOneWithMoreDecimalsWins() {
        assertEquals(List.of(2L, 1L), ranked(PUBLISHED,
                figure(1, "896.1", Qualifier.EXACT, "new"),
                figure(2, "896.12", Qualifier.EXACT, "old")));
    }

    @Test
    void trailingZerosAreNotPrecision() {
        // 896.10 states no more than 896.1, so the newer source decides
        assertEquals(List.of(2L, 1L), ranked(PUBLISHED,
                figure(1, "896.10", Qualifier.EXACT, "old"),
                figure(2, "896.1", Qualifier.EXACT, "new")));
    }

    @Test
    void atEqualPrecisionTheMoreRecentlyPublishedSourceWins() {
        assertEquals(List.of(2L, 1L), ranked(PUBLISHED,
                figure(1, "10.5", Qualifier.EXACT, "old"),
                figure(2, "10.7", Qualifier.EXACT, "new")));
    }

    @Test
    void sourceWithoutPublicationDateComesAfterDatedOnes() {
        assertEquals(List.of(2L, 1L), ranked(PUBLISHED,
                figure(1, "10.5", Qualifier.EXACT, "undated"),
                figure(2, "10.7", Qualifier.EXACT, "old")));
    }

    @Test
    void fullTieGoesToTheLowestFigureId() {
        assertEquals(List.of(3L, 5L, 9L), ranked(PUBLISHED,
                figure(9, "10", Qualifier.EXACT, "new"),
                figure(3, "11", Qualifier.EXACT, "new"),
                figure(5, "12", Qualifier.EXACT, "new")));
    }

    @Test
    void rulesApplyInOrderQualifierThenPrecisionThenPublicationThenId() {
        assertEquals(List.of(4L, 3L, 2L, 1L, 5L), ranked(PUBLISHED,
                figure(1, "1.25", Qualifier.APPROXIMATE, "new"),
                figure(2, "1", Qualifier.EXACT, "old"),
                figure(3, "1", Qualifier.EXACT, "new"),
                figure(4, "1.5", Qualifier.EXACT, "old"),
                figure(5, "1.2", Qualifier.MORE_THAN, "new")));
    }

    @Test
    void figuresWithoutAnAmountAreLeftOut() {
        assertEquals(List.of(2L), ranked(PUBLISHED, figure(1, null, null, "new"), figure(2, "3", Qualifier.EXACT, "old")));
        assertEquals(List.of(), ranked(PUBLISHED, figure(1, null, null, "new")));
    }

    @Test
    void decimalsCountStatedDigitsAfterThePoint() {
        assertEquals(0, Preference.decimals(new BigDecimal("1200")));
        assertEquals(0, Preference.decimals(new BigDecimal("1.2E+3")));
        assertEquals(0, Preference.decimals(new BigDecimal("12.000")));
        assertEquals(2, Preference.decimals(new BigDecimal("12.340")));
        assertEquals(4, Preference.decimals(new BigDecimal("0.0001")));
        assertEquals(0, Preference.decimals(BigDecimal.ZERO));
    }

    @Test
    void roundingHalfWidthIsHalfAUnitInTheLastStatedDigit() {
        assertEquals(0, new BigDecimal("0.05").compareTo(Preference.roundingHalfWidth(new BigDecimal("12.3"))));
        assertEquals(0, new BigDecimal("0.05").compareTo(Preference.roundingHalfWidth(new BigDecimal("12.30"))));
        assertEquals(0, new BigDecimal("0.5").compareTo(Preference.roundingHalfWidth(new BigDecimal("1200"))));
        assertEquals(0, new BigDecimal("0.00005").compareTo(Preference.roundingHalfWidth(new BigDecimal("0.0001"))));
    }
}
