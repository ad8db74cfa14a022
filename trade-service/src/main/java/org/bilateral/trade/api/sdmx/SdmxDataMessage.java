package org.bilateral.trade.api.sdmx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bilateral.trade.domain.Qualifier;
import org.bilateral.trade.service.SdmxFigures.Observation;

/**
 * What one SDMX data message says, whatever its format: the observations (ordered by series key), whether they come
 * flat (dimensionAtObservation=AllDimensions) or in series, how much of each the query asked for, and for the
 * formats that name codes (SDMX-JSON) the code lists and the request.
 */
record SdmxDataMessage(List<Observation> observations, boolean allDimensions, SdmxDetail detail,
        Map<String, SdmxModel.Codelist> codelists, String requestUri) {

    static final String STRUCTURE_ID = SdmxModel.AGENCY + "_" + SdmxModel.DSD + "_" + SdmxModel.VERSION.replace('.', '_');

    SdmxDataMessage(List<Observation> observations, boolean allDimensions, SdmxDetail detail) {
        this(observations, allDimensions, detail, Map.of(), null);
    }

    static String timePeriod(Observation o) {
        return SdmxPeriods.format(o.freq(), o.start(), o.end());
    }

    static String[] dimensionValues(Observation o) {
        return new String[] {o.reporter(), o.partner(), o.region(), o.flow(), o.commodity(), o.freq()};
    }

    static String[] attributeValues(Observation o) {
        return new String[] {o.unit(), Integer.toString(o.unitMult()), SdmxModel.obsStatus(Qualifier.valueOf(o.qualifier())), o.qualifier(),
            o.source()};
    }

    /** Observations grouped into series; the query returns them ordered by series key. */
    List<List<Observation>> series() {
        List<List<Observation>> result = new ArrayList<>();
        List<String> key = null;
        for (Observation o : observations) {
            if (!o.seriesKey().equals(key)) {
                result.add(new ArrayList<>());
                key = o.seriesKey();
            }
            result.get(result.size() - 1).add(o);
        }
        return result;
    }

    String dimensionAtObservation() {
        return allDimensions ? SdmxDataQuery.ALL_DIMENSIONS : SdmxModel.TIME_PERIOD;
    }
}
