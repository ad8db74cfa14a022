package org.bilateral.trade.api.sdmx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bilateral.trade.domain.Flow;
import org.bilateral.trade.domain.Qualifier;
import org.bilateral.trade.service.SdmxFigures;

/**
 * The SDMX structural metadata of the trade figures: one dataflow, its data structure definition,
 * the concept scheme and the code lists. Code lists are built from the enums and from the codes the
 * figures actually use, so they never drift from the data.
 */
public final class SdmxModel {

    public static final String AGENCY = "BILATERAL";
    public static final String VERSION = "1.0";
    public static final String DATAFLOW = "TRADE";
    public static final String DSD = "DSD_TRADE";
    public static final String CONCEPTS = "CS_TRADE";
    public static final String TIME_PERIOD = "TIME_PERIOD";
    public static final String OBS_VALUE = "OBS_VALUE";

    /** A dimension or attribute: its concept, name and (for coded ones) code list. */
    public record Component(String id, String name, String codelist) {
    }

    /** Series dimensions in key order; TIME_PERIOD follows them. */
    public static final List<Component> DIMENSIONS = List.of(
            new Component("REPORTER", "Reporting country", "CL_AREA"),
            new Component("PARTNER", "Partner country", "CL_AREA"),
            new Component("REGION", "Region of the reporting country", "CL_REGION"),
            new Component("FLOW", "Trade flow", "CL_FLOW"),
            new Component("COMMODITY", "Commodity (HS code)", "CL_COMMODITY"),
            new Component("FREQ", "Frequency", "CL_FREQ"));

    /** Attributes, all attached to the observation. */
    public static final List<Component> ATTRIBUTES = List.of(
            new Component("UNIT", "Unit of measure", "CL_UNIT"),
            new Component("UNIT_MULT", "Unit multiplier (power of ten)", "CL_UNIT_MULT"),
            new Component("OBS_STATUS", "Observation status (SDMX cross-domain code list CL_OBS_STATUS)", "CL_OBS_STATUS"),
            new Component("QUALIFIER", "How exactly the source states the value", "CL_QUALIFIER"),
            new Component("SOURCE", "Source document of the value", "CL_SOURCE"));

    /** Concepts of the scheme: every component plus time and the measure. */
    public static List<Component> concepts() {
        List<Component> all = new ArrayList<>(DIMENSIONS);
        all.add(new Component(TIME_PERIOD, "Time period", null));
        all.add(new Component(OBS_VALUE, "Observation value", null));
        all.addAll(ATTRIBUTES);
        return all;
    }

    public record Code(String id, String name) {
    }

    public record Codelist(String id, String name, List<Code> codes) {
    }

    private SdmxModel() {
    }

    /** Every code list of the structure, in a stable order, from the enums and the codes in use. */
    public static Map<String, Codelist> codelists(SdmxFigures.Codes used) {
        Map<String, Codelist> lists = new LinkedHashMap<>();
        lists.put("CL_AREA", new Codelist("CL_AREA", "Countries (ISO 3166-1 alpha-2)",
                used.countries().stream().map(c -> new Code(c, countryName(c))).toList()));
        List<Code> regions = new ArrayList<>();
        regions.add(new Code(SdmxFigures.TOTAL, "Whole country"));
        used.regions().forEach(r -> regions.add(new Code(r, "Region " + r + " (ISO 3166-2)")));
        lists.put("CL_REGION", new Codelist("CL_REGION", "Regions (ISO 3166-2)", regions));
        lists.put("CL_FLOW", new Codelist("CL_FLOW", "Trade flows", Arrays.stream(Flow.values())
                .map(f -> new Code(f.name(), flowName(f))).toList()));
        List<Code> commodities = new ArrayList<>();
        commodities.add(new Code(SdmxFigures.TOTAL, "All goods"));
        used.commodities().forEach(c -> commodities.add(new Code(c, "HS " + c)));
        lists.put("CL_COMMODITY", new Codelist("CL_COMMODITY", "Commodities (HS codes and chapter ranges)", commodities));
        lists.put("CL_FREQ", new Codelist("CL_FREQ", "Frequencies", used.frequencies().stream()
                .map(f -> new Code(f, frequencyName(f))).toList()));
        lists.put("CL_UNIT", new Codelist("CL_UNIT", "Units of measure", used.units().stream()
                .map(u -> new Code(u, unitName(u))).toList()));
        lists.put("CL_UNIT_MULT", new Codelist("CL_UNIT_MULT", "Unit multipliers", used.unitMultipliers().stream()
                .map(m -> new Code(m, "10^" + m)).toList()));
        lists.put("CL_OBS_STATUS", new Codelist("CL_OBS_STATUS", "Observation status: the codes of SDMX's cross-domain CL_OBS_STATUS "
                + "these figures use", Arrays.stream(Qualifier.values()).map(SdmxModel::obsStatus).distinct()
                .map(code -> new Code(code, OBS_STATUS_NAMES.get(code))).toList()));
        lists.put("CL_QUALIFIER", new Codelist("CL_QUALIFIER", "How exactly the source states a value", Arrays.stream(Qualifier.values())
                .map(q -> new Code(q.name(), qualifierName(q))).toList()));
        lists.put("CL_SOURCE", new Codelist("CL_SOURCE", "Source documents", used.sources().entrySet().stream()
                .map(e -> new Code(e.getKey(), e.getValue())).toList()));
        return lists;
    }

    static String countryName(String code) {
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name == null || name.isBlank() || name.equals(code) ? code : name;
    }

    static String flowName(Flow f) {
        return switch (f) {
            case EXPORT -> "Exports of goods";
            case IMPORT -> "Imports of goods";
            case TURNOVER -> "Trade turnover in goods (exports plus imports)";
            case SERVICES -> "Trade in services";
            case INVESTMENT -> "Investment from the partner";
        };
    }

    /** The names SDMX's cross-domain CL_OBS_STATUS gives the codes {@link #obsStatus} sends. */
    private static final Map<String, String> OBS_STATUS_NAMES = Map.of("A", "Normal value", "E", "Estimated value");

    /**
     * The SDMX observation status of a value the source states with this qualifier. An exact figure is
     * a normal value (A). Every other one is E, estimated: "about 9.5" is the source's rounding, and "at
     * least" / "more than" give a bound the true value exceeds, so the number is not the measured
     * figure. CL_OBS_STATUS has no code for a bound (U, low reliability, would doubt the source, which
     * states the bound firmly), so which kind of estimate it is travels in our own attribute QUALIFIER.
     */
    public static String obsStatus(Qualifier q) {
        return q == Qualifier.EXACT ? "A" : "E";
    }

    static String qualifierName(Qualifier q) {
        return switch (q) {
            case EXACT -> "Exact, as stated";
            case APPROXIMATE -> "Approximate (about, almost)";
            case AT_LEAST -> "At least";
            case MORE_THAN -> "More than (over, exceeded)";
        };
    }

    static String unitName(String unit) {
        try {
            return Currency.getInstance(unit).getDisplayName(Locale.ENGLISH);
        } catch (IllegalArgumentException e) {
            return unit;
        }
    }

    static String frequencyName(String f) {
        return switch (f) {
            case "A" -> "Annual";
            case "S" -> "Half-yearly";
            case "Q" -> "Quarterly";
            case "M" -> "Monthly";
            case SdmxFigures.OTHER_FREQUENCY -> "Other period (time range)";
            default -> f.startsWith("M") ? "Period of " + f.substring(1) + " months (time range)" : f;
        };
    }

    public static String urn(String clazz, String id) {
        return "urn:sdmx:org.sdmx.infomodel." + clazz + "=" + AGENCY + ":" + id + "(" + VERSION + ")";
    }

    /** How SDMX-CSV and the structure-specific header name the dataflow. */
    public static String flowRef() {
        return AGENCY + ":" + DATAFLOW + "(" + VERSION + ")";
    }
}
