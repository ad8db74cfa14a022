package org.bilateral.trade.api.sdmx;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Reads the parts of SDMX REST 2.1 data queries: flowRef, key, providerRef and the numeric parameters. */
final class SdmxRequests {

    /** SDMX IDType: what a code, agency or artefact id may contain. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9_@$\\-]+");
    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+)*");

    private SdmxRequests() {
    }

    /** Accepts TRADE, BILATERAL,TRADE and BILATERAL,TRADE,1.0 (or latest/all); any other flow has no data. */
    static void flowRef(String flowRef) {
        String[] parts = flowRef.split(",", -1);
        if (parts.length > 3) {
            throw SdmxException.syntax("flowRef '" + flowRef + "' has more than three comma-separated parts (agency,id,version)");
        }
        for (String p : parts) {
            if (!ID.matcher(p).matches() && !(p.equals(parts[parts.length - 1]) && parts.length == 3 && VERSION.matcher(p).matches())) {
                throw SdmxException.syntax("flowRef '" + flowRef + "' is not agency,id,version: '" + p + "' is not an SDMX id");
            }
        }
        String agency = parts.length == 1 ? "all" : parts[0];
        String id = parts.length == 1 ? parts[0] : parts[1];
        String version = parts.length == 3 ? parts[2] : "latest";
        if (!(agency.equals("all") || agency.equals(SdmxModel.AGENCY)) || !id.equals(SdmxModel.DATAFLOW)
                || !(version.equals("latest") || version.equals("all") || version.equals(SdmxModel.VERSION))) {
            throw SdmxException.noResults("No dataflow " + flowRef + "; this service has " + SdmxModel.flowRef());
        }
    }

    /**
     * The codes per dimension a key selects, in dimension order; an empty set selects every code.
     * "all" (or an empty key) selects everything.
     */
    static List<Set<String>> key(String key) {
        int dims = SdmxModel.DIMENSIONS.size();
        List<Set<String>> result = new ArrayList<>();
        if (key == null || key.isEmpty() || key.equals("all")) {
            for (int i = 0; i < dims; i++) {
                result.add(Set.of());
            }
            return result;
        }
        String[] parts = key.split("\\.", -1);
        if (parts.length != dims) {
            throw SdmxException.syntax("Key '" + key + "' has " + parts.length + " dot-separated parts; the data structure has "
                    + dims + " dimensions: " + String.join(".", SdmxModel.DIMENSIONS.stream().map(SdmxModel.Component::id).toList()));
        }
        for (int i = 0; i < dims; i++) {
            Set<String> codes = new LinkedHashSet<>();
            if (!parts[i].isEmpty()) {
                for (String code : parts[i].split("\\+", -1)) {
                    if (!ID.matcher(code).matches()) {
                        throw SdmxException.syntax("Key '" + key + "': '" + code + "' is not a valid code for dimension "
                                + SdmxModel.DIMENSIONS.get(i).id());
                    }
                    codes.add(code);
                }
            }
            result.add(codes);
        }
        return result;
    }

    /** Codes of the key that are in no code list: the reason a query found nothing, if any. */
    static List<String> unknownCodes(List<Set<String>> key, Map<String, SdmxModel.Codelist> codelists) {
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            SdmxModel.Component d = SdmxModel.DIMENSIONS.get(i);
            Set<String> known = new LinkedHashSet<>();
            codelists.get(d.codelist()).codes().forEach(c -> known.add(c.id()));
            for (String code : key.get(i)) {
                if (!known.contains(code)) {
                    unknown.add("code '" + code + "' of dimension " + d.id() + " is not in " + d.codelist());
                }
            }
        }
        return unknown;
    }

    /** Source ids a providerRef names (empty for all); each "id" or "BILATERAL,id", several joined by '+'. */
    static Set<String> providers(String providerRef, Predicate<String> exists) {
        Set<String> result = new LinkedHashSet<>();
        if (providerRef == null || providerRef.isEmpty() || providerRef.equals("all")) {
            return result;
        }
        for (String p : providerRef.split("\\+", -1)) {
            String[] parts = p.split(",", -1);
            if (parts.length > 2 || !ID.matcher(parts[parts.length - 1]).matches()
                    || (parts.length == 2 && !(parts[0].equals("all") || ID.matcher(parts[0]).matches()))) {
                throw SdmxException.syntax("providerRef '" + providerRef + "': '" + p + "' is not agency,id");
            }
            if (parts.length == 2 && !(parts[0].equals("all") || parts[0].equals(SdmxModel.AGENCY))) {
                throw SdmxException.semantic("providerRef '" + p + "': data providers here belong to agency " + SdmxModel.AGENCY);
            }
            String id = parts[parts.length - 1];
            if (id.equals("all")) {
                return new LinkedHashSet<>();
            }
            if (!exists.test(id)) {
                throw SdmxException.semantic("providerRef '" + p + "': no source document " + id + " (the codes of CL_SOURCE are the providers)");
            }
            result.add(id);
        }
        return result;
    }

    /** A positive count parameter, or null. */
    static Integer count(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw SdmxException.syntax(parameter + " '" + value + "' must be a positive whole number");
    }

    /** An xs:dateTime with an offset (2026-01-01T00:00:00Z) or a date (its start in UTC). */
    static Instant instant(String name, String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notDate) {
                throw SdmxException.syntax(name + " '" + value + "' is neither a date-time with offset (2026-01-01T00:00:00Z) nor a date (2026-01-01)");
            }
        }
    }
}
