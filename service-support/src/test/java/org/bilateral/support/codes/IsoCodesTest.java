package org.bilateral.support.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.Problem;
import org.junit.jupiter.api.Test;

class IsoCodesTest {

    enum Flow { EXPORT, IMPORT }

    @Test
    void realAlpha2CountriesAreCountries() {
        for (String code : List.of("BY", "KZ", "DE", "GB", "US")) {
            assertTrue(IsoCodes.isCountry(code), code);
        }
    }

    @Test
    void lowerCaseUnassignedAlpha3AndNullAreNotCountries() {
        for (String code : List.of("by", "By", "XX", "UK", "BLR", "B", "", " BY")) {
            assertFalse(IsoCodes.isCountry(code), code);
        }
        assertFalse(IsoCodes.isCountry(null));
    }

    @Test
    void subdivisionOfARealCountryIsARegion() {
        for (String code : List.of("BY-MA", "KZ-ALA", "KZ-75", "BY-HM", "DE-B")) {
            assertTrue(IsoCodes.isRegion(code), code);
        }
    }

    @Test
    void regionNeedsARealCountryAndTheIsoShape() {
        for (String code : List.of("XX-MA", "BY", "BY-", "BY-ABCD", "by-ma", "BY_MA", "BY-M A", "BYMA", "")) {
            assertFalse(IsoCodes.isRegion(code), code);
        }
        assertFalse(IsoCodes.isRegion(null));
    }

    @Test
    void unknownCountryFilterIsRejectedNamingParameterAndValue() {
        ApiException e = assertThrows(ApiException.class, () -> IsoCodes.country("partner", "XX"));
        assertEquals(List.of(new Problem.FieldError("partner",
                "unknown country code 'XX'; expected ISO 3166-1 alpha-2 such as BY or KZ")), e.errors());
    }

    @Test
    void unknownRegionFilterIsRejectedNamingParameterAndValue() {
        ApiException e = assertThrows(ApiException.class, () -> IsoCodes.region("region", "KZ"));
        assertEquals(List.of(new Problem.FieldError("region", "unknown region code 'KZ'; expected ISO 3166-2 such as BY-MA")),
                e.errors());
    }

    @Test
    void absentFiltersPassAndValidOnesAreReturned() {
        assertNull(IsoCodes.country("partner", null));
        assertNull(IsoCodes.region("region", null));
        assertEquals("BY", IsoCodes.country("partner", "BY"));
        assertEquals("BY-MA", IsoCodes.region("region", "BY-MA"));
    }

    @Test
    void enumCodeIsMatchedByExactName() {
        assertEquals(Flow.IMPORT, IsoCodes.code("flow", "IMPORT", Flow.class));
        assertNull(IsoCodes.code("flow", null, Flow.class));
    }

    @Test
    void enumCodeInOtherCaseOrUnknownIsRejectedListingTheAllowed() {
        for (String value : List.of("import", "SIDEWAYS", "1", "")) {
            ApiException e = assertThrows(ApiException.class, () -> IsoCodes.code("flow", value, Flow.class), value);
            assertEquals(new Problem.FieldError("flow", "unknown value '" + value + "'; allowed: EXPORT, IMPORT"), e.errors().get(0));
        }
    }

    @Test
    void validatorsLeaveNullToNotNull() {
        assertTrue(new Country.Validator().isValid(null, null));
        assertTrue(new Region.Validator().isValid(null, null));
        assertFalse(new Country.Validator().isValid("XX", null));
        assertFalse(new Region.Validator().isValid("XX-MA", null));
    }
}
