package org.bilateral.trade.domain;

import java.util.Map;
import org.bilateral.support.query.Criteria;

/**
 * Which regions a figure query keeps: every figure, whole-country figures only, or one region's. The API's
 * {@code region=none} is read here once ({@link #parse}); queries never compare against the sentinel.
 */
public sealed interface RegionFilter {

    /** The query value that asks for whole-country figures only. */
    String WHOLE_COUNTRY = "none";

    RegionFilter ANY = new Any();
    RegionFilter NONE = new WholeCountry();

    static RegionFilter of(String code) {
        return new Of(code);
    }

    /** null: any region; {@value #WHOLE_COUNTRY}: whole-country figures only; anything else: that region (not checked here). */
    static RegionFilter parse(String value) {
        if (value == null) {
            return ANY;
        }
        return WHOLE_COUNTRY.equals(value) ? NONE : of(value);
    }

    /** Adds this filter's condition on {@code column} to the criteria. */
    Criteria restrict(Criteria criteria, String column);

    record Any() implements RegionFilter {
        @Override
        public Criteria restrict(Criteria criteria, String column) {
            return criteria;
        }
    }

    record WholeCountry() implements RegionFilter {
        @Override
        public Criteria restrict(Criteria criteria, String column) {
            return criteria.where(column + " IS NULL", Map.of());
        }
    }

    record Of(String code) implements RegionFilter {
        public Of {
            if (code == null) {
                throw new IllegalArgumentException("a region filter needs a code; use ANY for none");
            }
        }

        @Override
        public Criteria restrict(Criteria criteria, String column) {
            return criteria.equal(column, "region", code);
        }
    }
}
