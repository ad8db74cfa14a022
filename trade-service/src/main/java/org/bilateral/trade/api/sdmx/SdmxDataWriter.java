package org.bilateral.trade.api.sdmx;

import static org.bilateral.trade.api.sdmx.SdmxXml.COM;
import static org.bilateral.trade.api.sdmx.SdmxXml.GEN;
import static org.bilateral.trade.api.sdmx.SdmxXml.MES;
import static org.bilateral.trade.api.sdmx.SdmxXml.SS;
import static org.bilateral.trade.api.sdmx.SdmxXml.XSI;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.bilateral.trade.domain.Qualifier;
import org.bilateral.trade.service.SdmxFigures.Observation;

/** Writes SDMX data messages: SDMX-ML 2.1 generic and structure-specific, SDMX-CSV 1.0, SDMX-JSON 1.0. */
final class SdmxDataWriter {

    static final String STRUCTURE_ID = SdmxModel.AGENCY + "_" + SdmxModel.DSD + "_" + SdmxModel.VERSION.replace('.', '_');

    private final List<Observation> observations;
    private final boolean allDimensions;
    private final SdmxDetail detail;

    SdmxDataWriter(List<Observation> observations, boolean allDimensions, SdmxDetail detail) {
        this.observations = observations;
        this.allDimensions = allDimensions;
        this.detail = detail;
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
    private List<List<Observation>> series() {
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

    private String dimensionAtObservation() {
        return allDimensions ? "AllDimensions" : SdmxModel.TIME_PERIOD;
    }

    private void header(XMLStreamWriter w, String namespace) throws XMLStreamException {
        SdmxXml.header(w);
        w.writeStartElement(MES, "Structure");
        w.writeAttribute("structureID", STRUCTURE_ID);
        if (namespace != null) {
            w.writeAttribute("namespace", namespace);
        }
        w.writeAttribute("dimensionAtObservation", dimensionAtObservation());
        w.writeStartElement(COM, "StructureUsage");
        w.writeEmptyElement("Ref");
        w.writeAttribute("agencyID", SdmxModel.AGENCY);
        w.writeAttribute("id", SdmxModel.DATAFLOW);
        w.writeAttribute("version", SdmxModel.VERSION);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    void generic(OutputStream out) throws XMLStreamException {
        XMLStreamWriter w = SdmxXml.openMessage(out, "GenericData", "gen", GEN);
        header(w, null);
        w.writeStartElement(MES, "DataSet");
        w.writeAttribute("structureRef", STRUCTURE_ID);
        if (allDimensions) {
            for (Observation o : observations) {
                w.writeStartElement(GEN, "Obs");
                w.writeStartElement(GEN, "ObsKey");
                values(w, dimensionValues(o), SdmxModel.DIMENSIONS);
                value(w, SdmxModel.TIME_PERIOD, timePeriod(o));
                w.writeEndElement();
                genericObsBody(w, o);
                w.writeEndElement();
            }
        } else {
            for (List<Observation> s : series()) {
                w.writeStartElement(GEN, "Series");
                w.writeStartElement(GEN, "SeriesKey");
                values(w, dimensionValues(s.get(0)), SdmxModel.DIMENSIONS);
                w.writeEndElement();
                if (detail.hasValues()) {
                    for (Observation o : s) {
                        w.writeStartElement(GEN, "Obs");
                        w.writeEmptyElement(GEN, "ObsDimension");
                        w.writeAttribute("value", timePeriod(o));
                        genericObsBody(w, o);
                        w.writeEndElement();
                    }
                }
                w.writeEndElement();
            }
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndDocument();
        w.flush();
    }

    private void genericObsBody(XMLStreamWriter w, Observation o) throws XMLStreamException {
        if (detail.hasValues()) {
            w.writeEmptyElement(GEN, "ObsValue");
            w.writeAttribute("value", o.value().toPlainString());
        }
        if (detail.hasAttributes()) {
            w.writeStartElement(GEN, "Attributes");
            values(w, attributeValues(o), SdmxModel.ATTRIBUTES);
            w.writeEndElement();
        }
    }

    private static void values(XMLStreamWriter w, String[] values, List<SdmxModel.Component> components) throws XMLStreamException {
        for (int i = 0; i < values.length; i++) {
            value(w, components.get(i).id(), values[i]);
        }
    }

    private static void value(XMLStreamWriter w, String id, String value) throws XMLStreamException {
        w.writeEmptyElement(GEN, "Value");
        w.writeAttribute("id", id);
        w.writeAttribute("value", value);
    }

    void structureSpecific(OutputStream out) throws XMLStreamException {
        String dsdNs = "urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=" + SdmxModel.AGENCY + ":" + SdmxModel.DSD
                + "(" + SdmxModel.VERSION + "):ObsLevelDim:" + dimensionAtObservation();
        XMLStreamWriter w = SdmxXml.openMessage(out, "StructureSpecificData", "ss", SS, "xsi", XSI, "ns1", dsdNs);
        header(w, dsdNs);
        w.writeStartElement(MES, "DataSet");
        w.writeAttribute(SS, "structureRef", STRUCTURE_ID);
        w.writeAttribute(XSI, "type", "ns1:DataSetType");
        w.writeAttribute(SS, "dataScope", "DataStructure");
        if (allDimensions) {
            for (Observation o : observations) {
                w.writeEmptyElement("Obs");
                attributes(w, dimensionValues(o), SdmxModel.DIMENSIONS);
                w.writeAttribute(SdmxModel.TIME_PERIOD, timePeriod(o));
                ssObsBody(w, o);
            }
        } else {
            for (List<Observation> s : series()) {
                w.writeStartElement("Series");
                attributes(w, dimensionValues(s.get(0)), SdmxModel.DIMENSIONS);
                if (detail.hasValues()) {
                    for (Observation o : s) {
                        w.writeEmptyElement("Obs");
                        w.writeAttribute(SdmxModel.TIME_PERIOD, timePeriod(o));
                        ssObsBody(w, o);
                    }
                }
                w.writeEndElement();
            }
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndDocument();
        w.flush();
    }

    private void ssObsBody(XMLStreamWriter w, Observation o) throws XMLStreamException {
        if (detail.hasValues()) {
            w.writeAttribute(SdmxModel.OBS_VALUE, o.value().toPlainString());
        }
        if (detail.hasAttributes()) {
            attributes(w, attributeValues(o), SdmxModel.ATTRIBUTES);
        }
    }

    private static void attributes(XMLStreamWriter w, String[] values, List<SdmxModel.Component> components) throws XMLStreamException {
        for (int i = 0; i < values.length; i++) {
            w.writeAttribute(components.get(i).id(), values[i]);
        }
    }

    /** SDMX-CSV 1.0: DATAFLOW, the dimensions, TIME_PERIOD, OBS_VALUE, then the attributes; one line per observation. */
    void csv(OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        List<String> columns = new ArrayList<>();
        columns.add("DATAFLOW");
        SdmxModel.DIMENSIONS.forEach(d -> columns.add(d.id()));
        if (detail.hasValues()) {
            columns.add(SdmxModel.TIME_PERIOD);
            columns.add(SdmxModel.OBS_VALUE);
        }
        if (detail.hasAttributes()) {
            SdmxModel.ATTRIBUTES.forEach(a -> columns.add(a.id()));
        }
        line(w, columns);
        List<String> previousKey = null;
        for (Observation o : observations) {
            if (!detail.hasValues() && o.seriesKey().equals(previousKey)) {
                continue;
            }
            previousKey = o.seriesKey();
            List<String> row = new ArrayList<>();
            row.add(SdmxModel.flowRef());
            row.addAll(List.of(dimensionValues(o)));
            if (detail.hasValues()) {
                row.add(timePeriod(o));
                row.add(o.value().toPlainString());
            }
            if (detail.hasAttributes()) {
                row.addAll(List.of(attributeValues(o)));
            }
            line(w, row);
        }
        w.flush();
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                w.write('"');
                w.write(c.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(c);
            }
        }
        w.write("\r\n");
    }

    /**
     * SDMX-JSON 1.0 data message: values of each dimension and attribute listed once in
     * {@code structure}, series and observations keyed by the indexes of their values.
     */
    void json(OutputStream out, Map<String, SdmxModel.Codelist> codelists, String requestUri) throws IOException {
        int dims = SdmxModel.DIMENSIONS.size();
        List<Map<String, Integer>> dimIndex = new ArrayList<>();
        for (int i = 0; i <= dims; i++) {
            dimIndex.add(new LinkedHashMap<>());
        }
        List<Map<String, Integer>> attrIndex = new ArrayList<>();
        for (int i = 0; i < SdmxModel.ATTRIBUTES.size(); i++) {
            attrIndex.add(new LinkedHashMap<>());
        }
        for (Observation o : observations) {
            String[] d = dimensionValues(o);
            for (int i = 0; i < dims; i++) {
                dimIndex.get(i).putIfAbsent(d[i], dimIndex.get(i).size());
            }
            dimIndex.get(dims).putIfAbsent(timePeriod(o), dimIndex.get(dims).size());
            String[] a = attributeValues(o);
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
            g.writeStringField("href", requestUri);
            g.writeStringField("rel", "request");
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();

            g.writeArrayFieldStart("dataSets");
            g.writeStartObject();
            g.writeStringField("action", "Information");
            if (allDimensions) {
                g.writeObjectFieldStart("observations");
                for (Observation o : observations) {
                    String[] d = dimensionValues(o);
                    StringBuilder key = new StringBuilder();
                    for (int i = 0; i < dims; i++) {
                        key.append(dimIndex.get(i).get(d[i])).append(':');
                    }
                    key.append(dimIndex.get(dims).get(timePeriod(o)));
                    jsonObservation(g, key.toString(), o, attrIndex);
                }
                g.writeEndObject();
            } else {
                g.writeObjectFieldStart("series");
                for (List<Observation> s : series()) {
                    String[] d = dimensionValues(s.get(0));
                    StringBuilder key = new StringBuilder();
                    for (int i = 0; i < dims; i++) {
                        key.append(i == 0 ? "" : ":").append(dimIndex.get(i).get(d[i]));
                    }
                    g.writeObjectFieldStart(key.toString());
                    g.writeArrayFieldStart("attributes");
                    g.writeEndArray();
                    g.writeObjectFieldStart("observations");
                    if (detail.hasValues()) {
                        for (Observation o : s) {
                            jsonObservation(g, Integer.toString(dimIndex.get(dims).get(timePeriod(o))), o, attrIndex);
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
            if (!allDimensions) {
                for (int i = 0; i < dims; i++) {
                    jsonComponent(g, SdmxModel.DIMENSIONS.get(i), i, dimIndex.get(i), codelists, false);
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("observation");
            if (allDimensions) {
                for (int i = 0; i < dims; i++) {
                    jsonComponent(g, SdmxModel.DIMENSIONS.get(i), i, dimIndex.get(i), codelists, false);
                }
            }
            jsonComponent(g, new SdmxModel.Component(SdmxModel.TIME_PERIOD, "Time period", null), dims, dimIndex.get(dims), codelists, true);
            g.writeEndArray();
            g.writeEndObject();
            g.writeObjectFieldStart("attributes");
            g.writeArrayFieldStart("dataset");
            g.writeEndArray();
            g.writeArrayFieldStart("series");
            g.writeEndArray();
            g.writeArrayFieldStart("observation");
            if (detail.hasAttributes()) {
                for (int i = 0; i < SdmxModel.ATTRIBUTES.size(); i++) {
                    jsonComponent(g, SdmxModel.ATTRIBUTES.get(i), -1, attrIndex.get(i), codelists, false);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private void jsonObservation(JsonGenerator g, String key, Observation o, List<Map<String, Integer>> attrIndex) throws IOException {
        g.writeArrayFieldStart(key);
        if (detail.hasValues()) {
            g.writeNumber(o.value());
        }
        if (detail.hasAttributes()) {
            String[] a = attributeValues(o);
            for (int i = 0; i < a.length; i++) {
                g.writeNumber(attrIndex.get(i).get(a[i]));
            }
        }
        g.writeEndArray();
    }

    private static void jsonComponent(JsonGenerator g, SdmxModel.Component c, int keyPosition, Map<String, Integer> values,
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
