package org.bilateral.trade.harvest.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an SDMX-JSON 1.0 data message with Jackson's streaming parser. Observations refer to dimension and
 * attribute values by index into {@code structure}, which providers may write before or after
 * {@code dataSets}; when it comes after, the answer is read twice (the fetcher spools it to a file first), so
 * neither pass holds more than the structure and the current series. Only {@code structure} (the code lists
 * of this message, small) is read as a tree; the data never is. Values are read from their text, exactly.
 */
public final class SdmxJsonDataReader {

    /** Opens the answer again from its start (a spooled file, or bytes in tests). */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(1000).build()).build();
    private static final ObjectMapper TREE = new ObjectMapper(JSON);

    /** A dimension or attribute of the message's structure: id, position in the key, value ids by index. */
    private record Component(String id, int keyPosition, boolean time, List<String> values) {
    }

    private record Structure(List<Component> datasetDims, List<Component> seriesDims, List<Component> obsDims,
            List<Component> datasetAttrs, List<Component> seriesAttrs, List<Component> obsAttrs, List<String> keyOrder) {
    }

    /**
     * Reads the whole message into {@code out}.
     *
     * @throws SdmxErrorFailure when the message carries SDMX errors and no data
     * @throws HarvestFailure   when the JSON is malformed, cut off, or has no structure
     */
    public void read(Source source, SdmxObservationMapper out, String url) throws HarvestFailure {
        Structure structure = null;
        boolean dataBeforeStructure = false;
        boolean data = false;
        SdmxErrorFailure error = null;
        CountingInputStream in = null;
        try {
            in = new CountingInputStream(source.open());
            try (JsonParser p = JSON.createParser(in)) {
                expect(p, JsonToken.START_OBJECT);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    switch (field) {
                        case "structure" -> structure = structure(TREE.readTree(p), url);
                        case "dataSets" -> {
                            data = true;
                            if (structure == null) {
                                dataBeforeStructure = true;
                                p.skipChildren();
                            } else {
                                dataSets(p, structure, out);
                            }
                        }
                        case "errors" -> error = errors(TREE.readTree(p), url);
                        default -> p.skipChildren();
                    }
                }
                if (p.currentToken() != JsonToken.END_OBJECT) {
                    throw new IllegalStateException("unexpected " + p.currentToken());
                }
                // a complete document ends here; anything but the end of the input is not SDMX-JSON
                if (p.nextToken() != null) {
                    throw new HarvestFailure("malformed SDMX-JSON: text after the message's closing brace (" + url + ")");
                }
            }
            if (error != null && !data) {
                throw error;
            }
            if (structure == null) {
                throw new HarvestFailure("the SDMX-JSON answer has no structure, so its observations cannot be read (" + url + ")");
            }
            if (dataBeforeStructure) {
                in = new CountingInputStream(source.open());
                try (JsonParser p = JSON.createParser(in)) {
                    expect(p, JsonToken.START_OBJECT);
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String field = p.currentName();
                        p.nextToken();
                        if (field.equals("dataSets")) {
                            dataSets(p, structure, out);
                        } else {
                            p.skipChildren();
                        }
                    }
                }
            }
        } catch (IOException | IllegalStateException e) {
            throw jsonFault(e, in, url);
        }
    }

    private static HarvestFailure jsonFault(Exception e, CountingInputStream in, String url) {
        if (in == null) {
            return new HarvestFailure("the spooled answer could not be read: " + e.getMessage(), false, e);
        }
        if (e instanceof JsonEOFException || in.atEnd() && e instanceof JsonProcessingException) {
            return new HarvestFailure("the answer ended before the SDMX-JSON document was complete (cut off or unclosed, "
                    + in.bytes() + " bytes): " + url, false, e);
        }
        if (e instanceof JsonProcessingException j) {
            String where = j.getLocation() == null ? "" : " at line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr();
            return new HarvestFailure("malformed SDMX-JSON" + where + ": " + SdmxObservationMapper.clip(j.getOriginalMessage(), 200)
                    + " (" + url + ")", false, e);
        }
        if (e instanceof IllegalStateException) {
            return new HarvestFailure("malformed SDMX-JSON: " + e.getMessage() + " (" + url + ")", false, e);
        }
        return SdmxXmlInput.fault(e, in, "SDMX-JSON", url);
    }

    private static void expect(JsonParser p, JsonToken token) throws IOException {
        JsonToken t = p.nextToken();
        if (t != token) {
            throw new JsonParseException(p, "expected " + token + " but found " + t);
        }
    }

    private static SdmxErrorFailure errors(JsonNode errors, String url) {
        if (!errors.isArray() || errors.isEmpty()) {
            return null;
        }
        JsonNode first = errors.get(0);
        int code = first.path("code").asInt(-1);
        List<String> texts = new ArrayList<>();
        for (String f : List.of("title", "message", "detail", "text")) {
            JsonNode t = first.get(f);
            if (t == null) {
                continue;
            }
            if (t.isTextual()) {
                texts.add(t.asText());
            } else if (t.isObject()) {
                texts.add(t.path("en").asText(t.elements().hasNext() ? t.elements().next().asText() : ""));
            }
        }
        return new SdmxErrorFailure(code, String.join(" - ", texts), url);
    }

    private static Structure structure(JsonNode s, String url) throws HarvestFailure {
        JsonNode dims = s.path("dimensions");
        JsonNode attrs = s.path("attributes");
        if (!dims.isObject()) {
            throw new HarvestFailure("the SDMX-JSON structure has no dimensions (" + url + ")");
        }
        List<Component> datasetDims = components(dims.path("dataset"));
        List<Component> seriesDims = components(dims.path("series"));
        List<Component> obsDims = components(dims.path("observation"));
        List<Component> all = new ArrayList<>(datasetDims);
        all.addAll(seriesDims);
        all.addAll(obsDims);
        List<String> order = null;
        if (all.stream().anyMatch(c -> c.keyPosition() != Integer.MAX_VALUE)) {
            all.sort(Comparator.comparingInt(Component::keyPosition));
            order = all.stream().filter(c -> !c.time()).map(Component::id).toList();
        }
        return new Structure(datasetDims, seriesDims, obsDims,
                components(attrs.path("dataset")), components(attrs.path("series")), components(attrs.path("observation")), order);
    }

    private static List<Component> components(JsonNode array) {
        List<Component> list = new ArrayList<>();
        for (JsonNode c : array) {
            String id = c.path("id").asText();
            List<String> values = new ArrayList<>();
            for (JsonNode v : c.path("values")) {
                values.add(v.has("id") ? v.path("id").asText() : v.has("value") ? v.path("value").asText() : v.path("name").asText(null));
            }
            boolean time = "time".equals(c.path("role").asText()) || SdmxXmlInput.TIME_PERIOD.equals(id);
            list.add(new Component(id, c.path("keyPosition").asInt(Integer.MAX_VALUE), time, values));
        }
        return list;
    }

    private void dataSets(JsonParser p, Structure st, SdmxObservationMapper out) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new IllegalStateException("dataSets is not an array");
        }
        Map<String, String> datasetKey = new LinkedHashMap<>();
        for (Component c : st.datasetDims()) {
            if (!c.values().isEmpty()) {
                datasetKey.put(c.id(), c.values().get(0));
            }
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
            Map<String, String> datasetAttrs = new HashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "attributes" -> attributes(p, st.datasetAttrs(), datasetAttrs);
                    case "series" -> series(p, st, datasetKey, datasetAttrs, out);
                    case "observations" -> observations(p, st, st.obsDims(), datasetKey, datasetAttrs, out);
                    default -> p.skipChildren();
                }
            }
        }
    }

    private void series(JsonParser p, Structure st, Map<String, String> datasetKey, Map<String, String> datasetAttrs,
            SdmxObservationMapper out) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            Map<String, String> key = new LinkedHashMap<>(datasetKey);
            put(key, st.seriesDims(), p.currentName());
            Map<String, String> attrs = new HashMap<>(datasetAttrs);
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "attributes" -> attributes(p, st.seriesAttrs(), attrs);
                    case "observations" -> observations(p, st, st.obsDims(), key, attrs, out);
                    default -> p.skipChildren();
                }
            }
        }
    }

    /** Observations keyed by the indexes of their (observation-level) dimension values. */
    private void observations(JsonParser p, Structure st, List<Component> obsDims, Map<String, String> seriesKey,
            Map<String, String> seriesAttrs, SdmxObservationMapper out) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            Map<String, String> key = new LinkedHashMap<>(seriesKey);
            String period = put(key, obsDims, p.currentName());
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalStateException("observation " + p.currentName() + " is not an array");
            }
            String value = null;
            Map<String, String> attrs = new HashMap<>(seriesAttrs);
            int i = 0;
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw new JsonEOFException(p, null, "end of input inside an observation");
                }
                if (i == 0) {
                    value = t == JsonToken.VALUE_NULL ? null : p.getText();
                } else if (t == JsonToken.VALUE_NUMBER_INT && i - 1 < st.obsAttrs().size()) {
                    Component a = st.obsAttrs().get(i - 1);
                    int idx = p.getIntValue();
                    if (idx >= 0 && idx < a.values().size()) {
                        attrs.put(a.id(), a.values().get(idx));
                    }
                } else if (t.isStructStart()) {
                    p.skipChildren();
                }
                i++;
            }
            out.observation(SdmxXmlInput.ordered(key, st.keyOrder()), period, value, attrs);
        }
    }

    private static void attributes(JsonParser p, List<Component> components, Map<String, String> into) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        int i = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == JsonToken.VALUE_NUMBER_INT && i < components.size()) {
                Component a = components.get(i);
                int idx = p.getIntValue();
                if (idx >= 0 && idx < a.values().size()) {
                    into.put(a.id(), a.values().get(idx));
                }
            } else if (t != null && t.isStructStart()) {
                p.skipChildren();
            }
            i++;
        }
    }

    /** Adds the values a "0:1:2" key names; returns the time period when one of them is the time dimension. */
    private static String put(Map<String, String> key, List<Component> dims, String indexes) {
        String period = null;
        if (dims.isEmpty()) {
            return null;
        }
        String[] parts = indexes.split(":", -1);
        if (parts.length != dims.size()) {
            throw new IllegalStateException("key '" + indexes + "' has " + parts.length + " parts for " + dims.size() + " dimensions");
        }
        for (int i = 0; i < parts.length; i++) {
            Component d = dims.get(i);
            int idx;
            try {
                idx = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalStateException("key '" + indexes + "' is not made of value indexes");
            }
            if (idx < 0 || idx >= d.values().size()) {
                throw new IllegalStateException("key '" + indexes + "' names value " + idx + " of " + d.id() + ", which has " + d.values().size());
            }
            if (d.time()) {
                period = d.values().get(idx);
            } else {
                key.put(d.id(), d.values().get(idx));
            }
        }
        return period;
    }

}
