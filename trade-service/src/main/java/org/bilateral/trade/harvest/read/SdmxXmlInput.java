package org.bilateral.trade.harvest.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Shared pieces of reading SDMX-ML 2.1 with StAX: a safe parser, the error message, and how faults read. */
final class SdmxXmlInput {

    static final String MES = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";
    static final String COM = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common";
    static final String STR = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure";
    static final String GEN = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic";
    static final String TIME_PERIOD = "TIME_PERIOD";
    static final String OBS_VALUE = "OBS_VALUE";

    private static final XMLInputFactory FACTORY = factory();

    private SdmxXmlInput() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        // a provider's answer is data: no DTDs, no external entities (XXE), no entity expansion
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (IllegalArgumentException ignored) {
            // not every StAX implementation knows the JAXP property; SUPPORT_DTD=false already covers it
        }
        return f;
    }

    static XMLStreamReader open(CountingInputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /** Moves to the root element and returns its local name. */
    static String root(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT) {
                return r.getLocalName();
            }
        }
        throw new XMLStreamException("the answer holds no XML element");
    }

    /** Reads a mes:Error message (the reader is on its root) into the failure it stands for. */
    static SdmxErrorFailure error(XMLStreamReader r, String url) throws XMLStreamException {
        int code = -1;
        List<String> texts = new ArrayList<>();
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                if (r.getLocalName().equals("ErrorMessage") && code < 0) {
                    String c = r.getAttributeValue(null, "code");
                    try {
                        code = c == null ? -1 : Integer.parseInt(c.trim());
                    } catch (NumberFormatException ex) {
                        code = -1;
                    }
                } else if (r.getLocalName().equals("Text")) {
                    String t = r.getElementText().trim();
                    if (!t.isEmpty() && !texts.contains(t)) {
                        texts.add(t);
                    }
                }
            }
        }
        return new SdmxErrorFailure(code, String.join(" - ", texts), url);
    }

    /** Skips the element the reader is on, with everything inside it. */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** The dimension values in the data structure's order when it is known (those it does not name follow). */
    static Map<String, String> ordered(Map<String, String> key, List<String> dimensions) {
        if (dimensions == null || dimensions.isEmpty()) {
            return key;
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String d : dimensions) {
            String v = key.get(d);
            if (v != null) {
                ordered.put(d, v);
            }
        }
        if (ordered.size() < key.size()) {
            key.forEach(ordered::putIfAbsent);
        }
        return ordered;
    }

    /**
     * What went wrong reading an answer, in words: the provider stalled (transient), the answer was cut off
     * (the connection ended early, or the document ended before its root closed), or the text is malformed
     * (with line and column).
     */
    static HarvestFailure fault(Exception e, CountingInputStream in, String format, String url) {
        Throwable first = in.failure() != null ? in.failure() : e;
        for (Throwable t = first; t != null; t = t.getCause()) {
            if (t instanceof BodyStallException stall) {
                return new HarvestFailure(stall.getMessage() + " after " + in.bytes() + " bytes of " + url, true, e);
            }
            if (t instanceof IOException io && !(t instanceof JsonProcessingException)) {
                return new HarvestFailure("the answer was cut off after " + in.bytes() + " bytes (" + describe(io) + "): " + url, false, e);
            }
        }
        String where = "";
        if (e instanceof XMLStreamException x && x.getLocation() != null) {
            Location l = x.getLocation();
            where = " at line " + l.getLineNumber() + ", column " + l.getColumnNumber();
        }
        if (in.atEnd()) {
            return new HarvestFailure("the answer ended" + where + " before the " + format + " document was complete"
                    + " (cut off or unclosed, " + in.bytes() + " bytes): " + url, false, e);
        }
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = msg.indexOf("\nMessage: ");
        if (nl >= 0) {
            msg = msg.substring(nl + "\nMessage: ".length());
        }
        return new HarvestFailure("malformed " + format + where + ": " + SdmxObservationMapper.clip(msg.replace('\n', ' '), 200) + " (" + url + ")", false, e);
    }

    static String describe(IOException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
