package org.bilateral.trade.api.sdmx;

import static org.bilateral.trade.api.sdmx.SdmxXml.COM;
import static org.bilateral.trade.api.sdmx.SdmxXml.MES;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** What the two SDMX-ML 2.1 data messages share: the charset and the header naming the structure. */
abstract class SdmxMlData implements SdmxDataFormat {

    @Override
    public String contentType(String negotiated) {
        return negotiated + ";charset=UTF-8";
    }

    @Override
    public final void write(SdmxDataMessage message, OutputStream out) throws IOException {
        try {
            writeXml(message, out);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    abstract void writeXml(SdmxDataMessage m, OutputStream out) throws XMLStreamException;

    static void header(XMLStreamWriter w, SdmxDataMessage m, String namespace) throws XMLStreamException {
        SdmxXml.header(w);
        w.writeStartElement(MES, "Structure");
        w.writeAttribute("structureID", SdmxDataMessage.STRUCTURE_ID);
        if (namespace != null) {
            w.writeAttribute("namespace", namespace);
        }
        w.writeAttribute("dimensionAtObservation", m.dimensionAtObservation());
        w.writeStartElement(COM, "StructureUsage");
        w.writeEmptyElement("Ref");
        w.writeAttribute("agencyID", SdmxModel.AGENCY);
        w.writeAttribute("id", SdmxModel.DATAFLOW);
        w.writeAttribute("version", SdmxModel.VERSION);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

}
