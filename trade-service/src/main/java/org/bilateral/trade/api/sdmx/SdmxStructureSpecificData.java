package org.bilateral.trade.api.sdmx;

import static org.bilateral.trade.api.sdmx.SdmxXml.MES;
import static org.bilateral.trade.api.sdmx.SdmxXml.SS;
import static org.bilateral.trade.api.sdmx.SdmxXml.XSI;

import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.bilateral.trade.service.SdmxFigures.Observation;

/** SDMX-ML 2.1 structure-specific data: dimensions and attributes as XML attributes named by the data structure. */
final class SdmxStructureSpecificData extends SdmxMlData {

    @Override
    public String mediaType() {
        return SdmxMediaTypes.STRUCTURE_SPECIFIC;
    }

    @Override
    void writeXml(SdmxDataMessage m, OutputStream out) throws XMLStreamException {
        String dsdNs = "urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=" + SdmxModel.AGENCY + ":" + SdmxModel.DSD
                + "(" + SdmxModel.VERSION + "):ObsLevelDim:" + m.dimensionAtObservation();
        XMLStreamWriter w = SdmxXml.openMessage(out, "StructureSpecificData", "ss", SS, "xsi", XSI, "ns1", dsdNs);
        header(w, m, dsdNs);
        w.writeStartElement(MES, "DataSet");
        w.writeAttribute(SS, "structureRef", SdmxDataMessage.STRUCTURE_ID);
        w.writeAttribute(XSI, "type", "ns1:DataSetType");
        w.writeAttribute(SS, "dataScope", "DataStructure");
        if (m.allDimensions()) {
            for (Observation o : m.observations()) {
                w.writeEmptyElement("Obs");
                attributes(w, SdmxDataMessage.dimensionValues(o), SdmxModel.DIMENSIONS);
                w.writeAttribute(SdmxModel.TIME_PERIOD, SdmxDataMessage.timePeriod(o));
                obsBody(w, m.detail(), o);
            }
        } else {
            for (List<Observation> s : m.series()) {
                w.writeStartElement("Series");
                attributes(w, SdmxDataMessage.dimensionValues(s.get(0)), SdmxModel.DIMENSIONS);
                if (m.detail().hasValues()) {
                    for (Observation o : s) {
                        w.writeEmptyElement("Obs");
                        w.writeAttribute(SdmxModel.TIME_PERIOD, SdmxDataMessage.timePeriod(o));
                        obsBody(w, m.detail(), o);
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
            w.writeAttribute(SdmxModel.OBS_VALUE, o.value().toPlainString());
        }
        if (detail.hasAttributes()) {
            attributes(w, SdmxDataMessage.attributeValues(o), SdmxModel.ATTRIBUTES);
        }
    }

    private static void attributes(XMLStreamWriter w, String[] values, List<SdmxModel.Component> components) throws XMLStreamException {
        for (int i = 0; i < values.length; i++) {
            w.writeAttribute(components.get(i).id(), values[i]);
        }
    }
}
