package org.bilateral.trade.harvest.read;

import java.math.BigDecimal;
import java.util.Map;
import org.bilateral.trade.domain.Flow;
import org.bilateral.trade.domain.Qualifier;

/**
 * Turns the observations an SDMX reader finds (dimension values, time period, value, attributes, all as the
 * provider's codes) into {@link OfficialObservation}s by a provider's mapping, and hands each to the sink:
 * accepted when every code maps, rejected with the reason otherwise. The three SDMX readers share it, so a
 * provider's data maps the same whatever format it serves.
 *
 * <p>The observation status is read from the attribute {@value #STATUS_ATTRIBUTE} (the SDMX cross-domain
 * concept); an observation without one is EXACT, one whose status the mapping does not name is rejected.
 */
public final class SdmxObservationMapper {

    /** The attribute carrying the observation status. */
    public static final String STATUS_ATTRIBUTE = "OBS_STATUS";

    private final ProviderMapping mapping;
    private final ObservationSink sink;
    private long read;
    private long accepted;

    public SdmxObservationMapper(ProviderMapping mapping, ObservationSink sink) {
        this.mapping = mapping;
        this.sink = sink;
    }

    /** Observations read so far, accepted and rejected together. */
    public long read() {
        return read;
    }

    /** Observations handed to the sink as accepted. */
    public long accepted() {
        return accepted;
    }

    /**
     * One observation.
     *
     * @param key        every dimension except time, in the data structure's order, id -> code
     * @param period     the TIME_PERIOD value
     * @param value      OBS_VALUE as written (null when absent)
     * @param attributes dataset, series and observation attributes together (the narrower one wins)
     */
    public void observation(Map<String, String> key, String period, String value, Map<String, String> attributes) {
        read++;
        String seriesKey = String.join(".", key.values());
        String label = period == null ? "" : period;
        String why = null;
        ProviderMapping.Dimensions d = mapping.dimensions();
        String reporter = country(key, d.reporter());
        String partner = country(key, d.partner());
        Flow flow = null;
        String commodity = null;
        OfficialPeriod p = null;
        BigDecimal amount = null;
        int scale = 0;
        Qualifier qualifier = Qualifier.EXACT;
        if (reporter == null) {
            why = countryProblem(key, d.reporter(), "reporter");
        } else if (partner == null) {
            why = countryProblem(key, d.partner(), "partner");
        } else {
            String flowCode = key.get(d.flow());
            flow = flowCode == null ? null : mapping.flowCodes().get(flowCode);
            if (flow == null) {
                why = flowCode == null ? "the series has no " + d.flow() + " dimension (flow)"
                        : "flow code '" + flowCode + "' of " + d.flow() + " is not mapped";
            }
        }
        if (why == null && d.commodity() != null) {
            commodity = key.get(d.commodity());
            if (commodity == null) {
                why = "the series has no " + d.commodity() + " dimension (commodity)";
            } else if (commodity.equals(mapping.allGoodsCode())) {
                commodity = null;
            }
        }
        if (why == null) {
            try {
                p = OfficialPeriod.sdmx(period);
            } catch (IllegalArgumentException e) {
                why = e.getMessage();
            }
        }
        if (why == null) {
            if (value == null || value.isBlank()) {
                why = "no value (missing observation)";
            } else if (value.trim().equalsIgnoreCase("NaN")) {
                why = "the value is NaN (not available)";
            } else {
                try {
                    amount = new BigDecimal(value.trim());
                } catch (NumberFormatException e) {
                    why = "value '" + clip(value) + "' is not a number";
                }
            }
        }
        if (why == null) {
            if (mapping.multiplierAttribute() != null) {
                String mult = attributes.get(mapping.multiplierAttribute());
                if (mult == null || mult.isBlank()) {
                    why = "no " + mapping.multiplierAttribute() + " attribute (unit multiplier)";
                } else {
                    try {
                        scale = Integer.parseInt(mult.trim());
                    } catch (NumberFormatException e) {
                        why = mapping.multiplierAttribute() + " '" + clip(mult) + "' is not a power of ten";
                    }
                }
            } else if (mapping.multiplier() != null) {
                scale = mapping.multiplier();
            }
        }
        if (why == null) {
            String status = attributes.get(STATUS_ATTRIBUTE);
            if (status != null && !status.isBlank()) {
                qualifier = mapping.statusCodes() == null ? null : mapping.statusCodes().get(status);
                if (qualifier == null) {
                    why = "observation status '" + status + "' (" + STATUS_ATTRIBUTE + ") is not mapped";
                }
            }
        }
        if (why != null) {
            sink.reject(seriesKey, label, why);
            return;
        }
        accepted++;
        sink.accept(new OfficialObservation(reporter, partner, flow, commodity, p.start(), p.end(), p.label(), amount, scale,
                mapping.currency(), qualifier, seriesKey, seriesKey + "@" + label));
    }

    private String country(Map<String, String> key, String dimension) {
        return IsoCountries.toAlpha2(key.get(dimension), mapping.countries());
    }

    private String countryProblem(Map<String, String> key, String dimension, String role) {
        String code = key.get(dimension);
        if (code == null) {
            return "the series has no " + dimension + " dimension (" + role + ")";
        }
        return role + " code '" + code + "' of " + dimension + " is not an " + mapping.countries() + " country code";
    }

    static String clip(String s) {
        return clip(s, 40);
    }

    static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "...";
    }
}
