package org.bilateral.trade.api.sdmx;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Shared pieces of the SDMX-ML 2.1 messages: namespaces, the writer, the header, the error message. */
final class SdmxXml {

    static final String MES = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";
    static final String COM = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common";
    static final String STR = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure";
    static final String GEN = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic";
    static final String SS = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String XML = "http://www.w3.org/XML/1998/namespace";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private SdmxXml() {
    }

    static XMLStreamWriter open(OutputStream out) throws XMLStreamException {
        XMLStreamWriter w = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        w.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        return w;
    }

    /**
     * Starts a document and its mes:{root} element, declaring mes, com and the extra namespaces given
     * as prefix/namespace pairs.
     */
    static XMLStreamWriter openMessage(OutputStream out, String root, String... prefixesAndNamespaces) throws XMLStreamException {
        XMLStreamWriter w = open(out);
        String[] all = new String[prefixesAndNamespaces.length + 4];
        all[0] = "mes";
        all[1] = MES;
        all[2] = "com";
        all[3] = COM;
        System.arraycopy(prefixesAndNamespaces, 0, all, 4, prefixesAndNamespaces.length);
        for (int i = 0; i < all.length; i += 2) {
            w.setPrefix(all[i], all[i + 1]);
        }
        w.writeStartElement(MES, root);
        for (int i = 0; i < all.length; i += 2) {
            w.writeNamespace(all[i], all[i + 1]);
        }
        return w;
    }

    /** Header elements common to every message: ID, Test, Prepared, Sender. */
    static void header(XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement(MES, "Header");
        text(w, MES, "ID", "IREF" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase());
        text(w, MES, "Test", "false");
        text(w, MES, "Prepared", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        w.writeEmptyElement(MES, "Sender");
        w.writeAttribute("id", SdmxModel.AGENCY);
    }

    static void text(XMLStreamWriter w, String ns, String name, String value) throws XMLStreamException {
        w.writeStartElement(ns, name);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    /** A com:Name (or com:Text) in English. */
    static void english(XMLStreamWriter w, String element, String value) throws XMLStreamException {
        w.writeStartElement(COM, element);
        w.writeAttribute("xml", XML, "lang", "en");
        w.writeCharacters(value);
        w.writeEndElement();
    }

    /** The SDMX-ML 2.1 error message (mes:Error with one mes:ErrorMessage carrying the code). */
    static void error(OutputStream out, SdmxException e) throws XMLStreamException {
        XMLStreamWriter w = openMessage(out, "Error");
        w.writeStartElement(MES, "ErrorMessage");
        w.writeAttribute("code", Integer.toString(e.code()));
        english(w, "Text", e.title());
        english(w, "Text", e.getMessage());
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndDocument();
        w.flush();
    }
}
