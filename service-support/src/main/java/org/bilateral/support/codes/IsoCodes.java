package org.bilateral.support.codes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.bilateral.support.problem.ApiException;

/** ISO 3166 checks shared by every service: countries by alpha-2 code, regions by 3166-2 shape. */
public final class IsoCodes {

    private static final Set<String> COUNTRIES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
    private static final Pattern REGION = Pattern.compile("([A-Z]{2})-[A-Z0-9]{1,3}");

    private IsoCodes() {
    }

    public static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code);
    }

    /** An ISO 3166-2 subdivision code whose country part is a real country, e.g. BY-MA. */
    public static boolean isRegion(String code) {
        if (code == null) {
            return false;
        }
        var m = REGION.matcher(code);
        return m.matches() && isCountry(m.group(1));
    }

    /** Validates a country filter; null passes (no filter). */
    public static String country(String parameter, String value) {
        if (value != null && !isCountry(value)) {
            throw ApiException.badRequest(parameter, "unknown country code '" + value + "'; expected ISO 3166-1 alpha-2 such as BY or KZ");
        }
        return value;
    }

    /** Validates a region filter; null passes (no filter). */
    public static String region(String parameter, String value) {
        if (value != null && !isRegion(value)) {
            throw ApiException.badRequest(parameter, "unknown region code '" + value + "'; expected ISO 3166-2 such as BY-MA");
        }
        return value;
    }

    /** Parses an enum filter by its exact name; null passes, anything else unknown is a 400 naming it. */
    public static <E extends Enum<E>> E code(String parameter, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        throw ApiException.badRequest(parameter, "unknown value '" + value + "'; allowed: "
                + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    }
}
