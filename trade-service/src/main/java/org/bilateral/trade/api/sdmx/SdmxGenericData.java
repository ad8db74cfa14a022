package org.bilateral.trade.api.sdmx;

import static org.bilateral.trade.api.sdmx.SdmxXml.GEN;
import static org.bilateral.trade.api.sdmx.SdmxXml.MES;

import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.bilateral.trade.service.SdmxFigures.Observation;

/** SDMX-ML 2.1 generic data: every dimension and attribute as a Value element; also the answer to plain XML. */
final class SdmxGenericData extends SdmxMlData {

    @Override
    public String mediaType() {
        return SdmxMediaTypes.GENERIC;
    }

    @Override
    void writeXml(SdmxDataMessage m, OutputStream out) throws XMLStreamException {
        XMLStreamWriter w = SdmxXml.openMessage(out, "GenericData", "gen", GEN);
        header(w, m, null);
        w.writeStartElement(MES, "DataSet");
        w.writeAttribute("structureRef", SdmxDataMessage.STRUCTURE_ID);
        if (m.allDimensions()) {
            for (Observation o : m.observations()) {
                w.writeStartElement(GEN, "Obs");
                w.writeStartElement(GEN, "ObsKey");
                values(w, SdmxDataMessage.dimensionValues(o), SdmxModel.DIMENSIONS);
                value(w, SdmxModel.TIME_PERIOD, SdmxDataMessage.timePeriod(o));
                w.writeEndElement();
                obsBody(w, m.detail(), o);
                w.writeEndElement();
            }
        } else {
            for (List<Observation> s : m.series()) {
                w.writeStartElement(GEN, "Series");
                w.writeStartElement(GEN, "SeriesKey");
                values(w, SdmxDataMessage.dimensionValues(s.get(0)), SdmxModel.DIMENSIONS);
                w.writeEndElement();
                if (m.detail().hasValues()) {
                    for (Observation o : s) {
                        w.writeStartElement(GEN, "Obs");
                        w.writeEmptyElement(GEN, "ObsDimension");
                        w.writeAttribute("value", SdmxDataMessage.timePeriod(o));
                        obsBody(w, m.detail(), o);
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

    private static void obsBody(XMLStreamWriter w, SdmxDetail detail, Observation o) throws XMLStreamException {
        if (detail.hasValues()) {
            w.writeEmptyElement(GEN, "ObsValue");
            w.writeAttribute("value", o.value().toPlainString());
        }
        if (detail.hasAttributes()) {
            w.writeStartElement(GEN, "Attributes");
            values(w, SdmxDataMessage.attributeValues(o), SdmxModel.ATTRIBUTES);
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
}
