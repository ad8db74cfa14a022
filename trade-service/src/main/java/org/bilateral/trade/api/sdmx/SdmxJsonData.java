package org.bilateral.trade.api.sdmx;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bilateral.trade.service.SdmxFigures.Observation;

/**
 * SDMX-JSON 1.0 data message: values of each dimension and attribute listed once in {@code structure}, series and
 * observations keyed by the indexes of their values; code names come from the code lists.
 */
final class SdmxJsonData implements SdmxDataFormat {

    @Override
    public String mediaType() {
        return SdmxMediaTypes.JSON;
    }

    @Override
    public boolean namesCodes() {
        return true;
    }

    @Override
    public void write(SdmxDataMessage m, OutputStream out) throws IOException {
        Map<String, SdmxModel.Codelist> codelists = m.codelists();
        int dims = SdmxModel.DIMENSIONS.size();
        List<Map<String, Integer>> dimIndex = new ArrayList<>();
        for (int i = 0; i <= dims; i++) {
            dimIndex.add(new LinkedHashMap<>());
        }
        List<Map<String, Integer>> attrIndex = new ArrayList<>();
        for (int i = 0; i < SdmxModel.ATTRIBUTES.size(); i++) {
            attrIndex.add(new LinkedHashMap<>());
        }
        for (Observation o : m.observations()) {
            String[] d = SdmxDataMessage.dimensionValues(o);
            for (int i = 0; i < dims; i++) {
                dimIndex.get(i).putIfAbsent(d[i], dimIndex.get(i).size());
            }
            dimIndex.get(dims).putIfAbsent(SdmxDataMessage.timePeriod(o), dimIndex.get(dims).size());
            String[] a = SdmxDataMessage.attributeValues(o);
            for (int i = 0; i < a.length; i++) {
                attrIndex.get(i).putIfAbsent(a[i], attrIndex.get(i).size());
            }
        }
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("header");
            g.writeStringField("id", "IREF" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase());
            g.writeBooleanField("test", false);
            g.writeStringField("prepared", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            g.writeObjectFieldStart("sender");
            g.writeStringField("id", SdmxModel.AGENCY);
            g.writeEndObject();
            g.writeArrayFieldStart("links");
            g.writeStartObject();
            g.writeStringField("href", m.requestUri());
            g.writeStringField("rel", "request");
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();

            g.writeArrayFieldStart("dataSets");
            g.writeStartObject();
            g.writeStringField("action", "Information");
            if (m.allDimensions()) {
                g.writeObjectFieldStart("observations");
                for (Observation o : m.observations()) {
                    String[] d = SdmxDataMessage.dimensionValues(o);
                    StringBuilder key = new StringBuilder();
                    for (int i = 0; i < dims; i++) {
                        key.append(dimIndex.get(i).get(d[i])).append(':');
                    }
                    key.append(dimIndex.get(dims).get(SdmxDataMessage.timePeriod(o)));
                    observation(g, m.detail(), key.toString(), o, attrIndex);
                }
                g.writeEndObject();
            } else {
                g.writeObjectFieldStart("series");
                for (List<Observation> s : m.series()) {
                    String[] d = SdmxDataMessage.dimensionValues(s.get(0));
                    StringBuilder key = new StringBuilder();
                    for (int i = 0; i < dims; i++) {
                        key.append(i == 0 ? "" : ":").append(dimIndex.get(i).get(d[i]));
                    }
                    g.writeObjectFieldStart(key.toString());
                    g.writeArrayFieldStart("attributes");
                    g.writeEndArray();
                    g.writeObjectFieldStart("observations");
                    if (m.detail().hasValues()) {
                        for (Observation o : s) {
                            observation(g, m.detail(), Integer.toString(dimIndex.get(dims).get(SdmxDataMessage.timePeriod(o))), o, attrIndex);
                        }
                    }
                    g.writeEndObject();
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndArray();

            g.writeObjectFieldStart("structure");
            g.writeArrayFieldStart("links");
            g.writeStartObject();
            g.writeStringField("urn", SdmxModel.urn("datastructure.Dataflow", SdmxModel.DATAFLOW));
            g.writeStringField("rel", "dataflow");
            g.writeEndObject();
            g.writeStartObject();
            g.writeStringField("urn", SdmxModel.urn("datastructure.DataStructure", SdmxModel.DSD));
            g.writeStringField("rel", "datastructure");
            g.writeEndObject();
            g.writeEndArray();
            g.writeStringField("name", "Bilateral trade figures");
            g.writeObjectFieldStart("dimensions");
            g.writeArrayFieldStart("dataset");
            g.writeEndArray();
            g.writeArrayFieldStart("series");
            if (!m.allDimensions()) {
                for (int i = 0; i < dims; i++) {
                    component(g, SdmxModel.DIMENSIONS.get(i), i, dimIndex.get(i), codelists, false);
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("observation");
            if (m.allDimensions()) {
                for (int i = 0; i < dims; i++) {
                    component(g, SdmxModel.DIMENSIONS.get(i), i, dimIndex.get(i), codelists, false);
                }
            }
            component(g, new SdmxModel.Component(SdmxModel.TIME_PERIOD, "Time period", null), dims, dimIndex.get(dims), codelists, true);
            g.writeEndArray();
            g.writeEndObject();
            g.writeObjectFieldStart("attributes");
            g.writeArrayFieldStart("dataset");
            g.writeEndArray();
            g.writeArrayFieldStart("series");
            g.writeEndArray();
            g.writeArrayFieldStart("observation");
            if (m.detail().hasAttributes()) {
                for (int i = 0; i < SdmxModel.ATTRIBUTES.size(); i++) {
                    component(g, SdmxModel.ATTRIBUTES.get(i), -1, attrIndex.get(i), codelists, false);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void observation(JsonGenerator g, SdmxDetail detail, String key, Observation o, List<Map<String, Integer>> attrIndex) throws IOException {
        g.writeArrayFieldStart(key);
        if (detail.hasValues()) {
            g.writeNumber(o.value());
        }
        if (detail.hasAttributes()) {
            String[] a = SdmxDataMessage.attributeValues(o);
            for (int i = 0; i < a.length; i++) {
                g.writeNumber(attrIndex.get(i).get(a[i]));
            }
        }
        g.writeEndArray();
    }

    private static void component(JsonGenerator g, SdmxModel.Component c, int keyPosition, Map<String, Integer> values,
            Map<String, SdmxModel.Codelist> codelists, boolean time) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("name", c.name());
        if (keyPosition >= 0) {
            g.writeNumberField("keyPosition", keyPosition);
        }
        if (time) {
            g.writeStringField("role", "time");
        }
        Map<String, String> names = new LinkedHashMap<>();
        if (c.codelist() != null && codelists.containsKey(c.codelist())) {
            codelists.get(c.codelist()).codes().forEach(code -> names.put(code.id(), code.name()));
        }
        g.writeArrayFieldStart("values");
        for (String v : values.keySet()) {
            g.writeStartObject();
            g.writeStringField("id", v);
            g.writeStringField("name", names.getOrDefault(v, v));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
