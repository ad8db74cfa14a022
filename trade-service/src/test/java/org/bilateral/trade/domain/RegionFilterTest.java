package org.bilateral.trade.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.bilateral.support.query.Criteria;
import org.junit.jupiter.api.Test;

class RegionFilterTest {

    @Test
    void absentValueKeepsEveryRegion() {
        assertEquals(RegionFilter.ANY, RegionFilter.parse(null));
        Criteria c = RegionFilter.ANY.restrict(new Criteria(), "t.region");
        assertEquals("TRUE", c.sql());
    }

    @Test
    void noneKeepsOnlyWholeCountryFigures() {
        assertEquals(RegionFilter.NONE, RegionFilter.parse("none"));
        Criteria c = RegionFilter.NONE.restrict(new Criteria(), "t.region");
        assertEquals("t.region IS NULL", c.sql());
        assertEquals(Map.of(), c.parameters());
    }

    @Test
    void aCodeKeepsThatRegionBoundAsAParameter() {
        assertEquals(RegionFilter.of("BY-MA"), RegionFilter.parse("BY-MA"));
        Criteria c = RegionFilter.parse("BY-MA").restrict(new Criteria(), "t.region");
        assertEquals("t.region = :region", c.sql());
        assertEquals(Map.of("region", "BY-MA"), c.parameters());
    }

    @Test
    void theSentinelIsCaseSensitiveSoOtherSpellingsAreCodes() {
        // "None" is not the sentinel: it is passed on as a code, which the API's ISO 3166-2 check then refuses
        assertEquals(RegionFilter.of("None"), RegionFilter.parse("None"));
    }

    @Test
    void aRegionFilterNeedsACode() {
        assertThrows(IllegalArgumentException.class, () -> RegionFilter.of(null));
    }
}
