package org.bilateral.trade.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Which of several values for one key the analytics use. Stated once here and in the API docs:
 * an exact value beats a qualified one; then the more precise (more decimals); then the more
 * recently published source; then the figure recorded first.
 */
public final class Preference {

    public static final String RULE = "Among figures with a value for the same key: EXACT before qualified values, then the most decimal places, "
            + "then the most recently published source, then the lowest figure id.";
    /** The rule with official statistics first (bilateral.trade.preference.official-first=true, the default). */
    public static final String OFFICIAL_FIRST_RULE = "Among figures with a value for the same key: official statistics (harvested from a "
            + "provider or imported in the Comtrade layout) before press reports, then EXACT before qualified values, then the most "
            + "decimal places, then the most recently published source, then the lowest figure id.";

    public static String rule(boolean officialFirst) {
        return officialFirst ? OFFICIAL_FIRST_RULE : RULE;
    }

    /** Figures with a value, the preferred one first; official statistics lead when {@code officialFirst}. */
    public static List<Figure> rank(List<Figure> sameKey, Map<String, LocalDate> publishedOn, boolean officialFirst) {
        Comparator<Figure> order = Comparator.comparing((Figure f) -> officialFirst && !f.isOfficial())
                .thenComparing((Figure f) -> f.qualifier != Qualifier.EXACT)
                .thenComparing(f -> -decimals(f.amount))
                .thenComparing(f -> publishedOn.getOrDefault(f.sourceId, LocalDate.MIN), Comparator.reverseOrder())
                .thenComparing(f -> f.id);
        return sameKey.stream().filter(f -> f.amount != null).sorted(order).toList();
    }

    private Preference() {
    }

    /** Figures with a value, the preferred one first. */
    public static List<Figure> rank(List<Figure> sameKey, Map<String, LocalDate> publishedOn) {
        Comparator<Figure> order = Comparator
                .comparing((Figure f) -> f.qualifier != Qualifier.EXACT)
                .thenComparing(f -> -decimals(f.amount))
                .thenComparing(f -> publishedOn.getOrDefault(f.sourceId, LocalDate.MIN), Comparator.reverseOrder())
                .thenComparing(f -> f.id);
        return sameKey.stream().filter(f -> f.amount != null).sorted(order).toList();
    }

    public static int decimals(BigDecimal amount) {
        return Math.max(0, amount.stripTrailingZeros().scale());
    }

    /** Half a unit in the last stated digit: the most rounding can have moved the value. */
    public static BigDecimal roundingHalfWidth(BigDecimal amount) {
        return BigDecimal.ONE.movePointLeft(decimals(amount)).divide(BigDecimal.valueOf(2));
    }
}
