package org.bilateral.trade.harvest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IsoCountriesTest {

    @Test
    void theNumericTableCoversTheCountriesTheJdkKnowsAndNothingElse() {
        Map<String, String> table = IsoCountries.numericTable();
        Set<String> jdk = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
        assertEquals(249, table.size());
        assertTrue(jdk.containsAll(table.values()), "every alpha-2 code of the table is an ISO country of the JDK");
        assertTrue(table.values().containsAll(jdk), "every ISO country of the JDK has a numeric code");
        assertEquals(table.size(), Set.copyOf(table.values()).size(), "one numeric code per country");
    }

    @Test
    void everySpellingMapsToAlpha2() {
        assertEquals("BY", IsoCountries.toAlpha2("BY", CountryCodes.ISO_ALPHA2));
        assertEquals("KZ", IsoCountries.toAlpha2("kz", CountryCodes.ISO_ALPHA2));
        assertEquals("BY", IsoCountries.toAlpha2("BLR", CountryCodes.ISO_ALPHA3));
        assertEquals("KZ", IsoCountries.toAlpha2("KAZ", CountryCodes.ISO_ALPHA3));
        assertEquals("BY", IsoCountries.toAlpha2("112", CountryCodes.ISO_NUMERIC));
        assertEquals("KZ", IsoCountries.toAlpha2("398", CountryCodes.ISO_NUMERIC));
        assertEquals("AF", IsoCountries.toAlpha2("4", CountryCodes.ISO_NUMERIC));
        assertEquals("AF", IsoCountries.toAlpha2("004", CountryCodes.ISO_NUMERIC));
        assertEquals("US", IsoCountries.toAlpha2("840", CountryCodes.ISO_NUMERIC));
        assertNull(IsoCountries.toAlpha2("W00", CountryCodes.ISO_ALPHA2));
        assertNull(IsoCountries.toAlpha2("XX", CountryCodes.ISO_ALPHA2));
        assertNull(IsoCountries.toAlpha2("BY", CountryCodes.ISO_ALPHA3));
        assertNull(IsoCountries.toAlpha2("999", CountryCodes.ISO_NUMERIC));
        assertNull(IsoCountries.toAlpha2("1234", CountryCodes.ISO_NUMERIC));
        assertNull(IsoCountries.toAlpha2("", CountryCodes.ISO_NUMERIC));
    }
}
