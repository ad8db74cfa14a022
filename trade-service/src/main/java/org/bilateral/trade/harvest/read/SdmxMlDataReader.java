package org.bilateral.trade.harvest.read;

import static org.bilateral.trade.harvest.read.SdmxXmlInput.GEN;
import static org.bilateral.trade.harvest.read.SdmxXmlInput.MES;
import static org.bilateral.trade.harvest.read.SdmxXmlInput.OBS_VALUE;

import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an SDMX-ML 2.1 data message with StAX, one observation at a time, whichever form it has: generic
 * (GenericData: SeriesKey/ObsKey values, Attributes), structure-specific (StructureSpecificData: dimensions and
 * attributes as XML attributes of Series and Obs), or an error message (mes:Error, thrown as
 * {@link SdmxErrorFailure}). Series or flat observations (dimensionAtObservation AllDimensions) both read;
 * dataset, series and observation attributes apply, the narrower winning; group attributes are not applied.
 * Memory stays flat: only the current series' key and attributes are held.
 */
public final class SdmxMlDataReader {

    /** Attributes of a structure-specific DataSet element that belong to the message, not to the data structure. */
    private static final Set<String> DATASET_ATTRIBUTES = Set.of("action", "setID", "reportingBeginDate", "reportingEndDate",
            "validFromDate", "validToDate", "publicationYear", "publicationPeriod", "dataScope", "structureRef");

    private final List<String> dimensions;
    private final String timeDimension;

    /**
     * @param dimensions    the data structure's dimensions in order, without the time dimension; needed for the
     *                      structure-specific form (which does not mark which XML attributes are dimensions) and
     *                      used to order series keys; null when unknown (then only the generic form reads)
     * @param timeDimension the time dimension's id, normally TIME_PERIOD
     */
    public SdmxMlDataReader(List<String> dimensions, String timeDimension) {
        this.dimensions = dimensions;
        this.timeDimension = timeDimension == null ? SdmxXmlInput.TIME_PERIOD : timeDimension;
    }

    /**
     * Reads the whole message into {@code out}.
     *
     * @param url where the answer came from, for the failure reasons
     * @throws SdmxErrorFailure when the message is an SDMX error message
     * @throws HarvestFailure   when the XML is malformed, cut off, or not a data message this reads
     */
    public void read(InputStream body, SdmxObservationMapper out, String url) throws HarvestFailure {
        CountingInputStream in = body instanceof CountingInputStream c ? c : new CountingInputStream(body);
        XMLStreamReader r = null;
        try {
            r = SdmxXmlInput.open(in);
            String root = SdmxXmlInput.root(r);
            if (root.equals("Error") && MES.equals(r.getNamespaceURI())) {
                throw SdmxXmlInput.error(r, url);
            }
            if (root.equals("GenericData") || root.equals("GenericTimeSeriesData")) {
                generic(r, out);
            } else if (root.equals("StructureSpecificData") || root.equals("StructureSpecificTimeSeriesData")) {
                if (dimensions == null) {
                    throw new HarvestFailure("a structure-specific message needs the data structure's dimensions to read (" + url + ")");
                }
                structureSpecific(r, out);
            } else {
                throw new HarvestFailure("the answer is not an SDMX-ML 2.1 data message: its root element is " + root + " (" + url + ")");
            }
        } catch (XMLStreamException e) {
            throw SdmxXmlInput.fault(e, in, "SDMX-ML", url);
        } finally {
            close(r);
        }
    }

    private void generic(XMLStreamReader r, SdmxObservationMapper out) throws XMLStreamException {
        String obsDimension = timeDimension;
        Map<String, String> datasetAttrs = new HashMap<>();
        Map<String, String> seriesKey = null;
        Map<String, String> seriesAttrs = new HashMap<>();
        Map<String, String> obsKey = new LinkedHashMap<>();
        Map<String, String> obsAttrs = new HashMap<>();
        String obsValue = null;
        String obsDimValue = null;
        boolean inObs = false;
        Map<String, String> target = null;
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                String ns = r.getNamespaceURI();
                if (MES.equals(ns)) {
                    if (name.equals("Structure")) {
                        String dao = r.getAttributeValue(null, "dimensionAtObservation");
                        if (dao != null && !dao.equals("AllDimensions")) {
                            obsDimension = dao;
                        }
                    } else if (name.equals("DataSet")) {
                        datasetAttrs.clear();
                    }
                    continue;
                }
                if (!GEN.equals(ns)) {
                    continue;
                }
                switch (name) {
                    case "Series" -> {
                        seriesKey = new LinkedHashMap<>();
                        seriesAttrs = new HashMap<>();
                    }
                    case "SeriesKey" -> target = seriesKey;
                    case "ObsKey" -> target = obsKey;
                    case "Attributes" -> target = inObs ? obsAttrs : seriesKey != null ? seriesAttrs : datasetAttrs;
                    case "Value" -> {
                        if (target != null) {
                            target.put(r.getAttributeValue(null, "id"), r.getAttributeValue(null, "value"));
                        }
                    }
                    case "Obs" -> {
                        inObs = true;
                        obsKey.clear();
                        obsAttrs.clear();
                        obsValue = null;
                        obsDimValue = null;
                    }
                    case "ObsDimension" -> {
                        String id = r.getAttributeValue(null, "id");
                        if (id != null) {
                            obsDimension = id;
                        }
                        obsDimValue = r.getAttributeValue(null, "value");
                    }
                    case "ObsValue" -> obsValue = r.getAttributeValue(null, "value");
                    case "Group" -> SdmxXmlInput.skip(r);
                    default -> {
                        // Annotations and other parts carry no observation
                    }
                }
            } else if (e == XMLStreamConstants.END_ELEMENT && GEN.equals(r.getNamespaceURI())) {
                switch (r.getLocalName()) {
                    case "SeriesKey", "ObsKey", "Attributes" -> target = null;
                    case "Series" -> seriesKey = null;
                    case "Obs" -> {
                        inObs = false;
                        Map<String, String> key = new LinkedHashMap<>();
                        if (seriesKey != null) {
                            key.putAll(seriesKey);
                        }
                        key.putAll(obsKey);
                        if (obsDimValue != null) {
                            key.put(obsDimension, obsDimValue);
                        }
                        String period = key.remove(timeDimension);
                        Map<String, String> attrs = new HashMap<>(datasetAttrs);
                        attrs.putAll(seriesAttrs);
                        attrs.putAll(obsAttrs);
                        if (seriesKey == null) {
                            seriesAttrs = new HashMap<>();
                        }
                        out.observation(SdmxXmlInput.ordered(key, dimensions), period, obsValue, attrs);
                    }
                    default -> {
                    }
                }
            }
        }
    }

    private void structureSpecific(XMLStreamReader r, SdmxObservationMapper out) throws XMLStreamException {
        Set<String> dims = Set.copyOf(dimensions);
        Map<String, String> datasetAttrs = new HashMap<>();
        Map<String, String> seriesKey = null;
        Map<String, String> seriesAttrs = new HashMap<>();
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if (MES.equals(r.getNamespaceURI())) {
                    if (name.equals("DataSet")) {
                        datasetAttrs.clear();
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            String a = r.getAttributeLocalName(i);
                            if (isEmpty(r.getAttributeNamespace(i)) && !DATASET_ATTRIBUTES.contains(a)) {
                                datasetAttrs.put(a, r.getAttributeValue(i));
                            }
                        }
                    }
                    continue;
                }
                switch (name) {
                    case "Series" -> {
                        seriesKey = new LinkedHashMap<>();
                        seriesAttrs = new HashMap<>();
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            if (isEmpty(r.getAttributeNamespace(i))) {
                                String a = r.getAttributeLocalName(i);
                                (dims.contains(a) ? seriesKey : seriesAttrs).put(a, r.getAttributeValue(i));
                            }
                        }
                    }
                    case "Obs" -> {
                        Map<String, String> key = new LinkedHashMap<>();
                        if (seriesKey != null) {
                            key.putAll(seriesKey);
                        }
                        Map<String, String> attrs = new HashMap<>(datasetAttrs);
                        attrs.putAll(seriesAttrs);
                        String period = null;
                        String value = null;
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            if (!isEmpty(r.getAttributeNamespace(i))) {
                                continue;
                            }
                            String a = r.getAttributeLocalName(i);
                            String v = r.getAttributeValue(i);
                            if (a.equals(timeDimension)) {
                                period = v;
                            } else if (a.equals(OBS_VALUE)) {
                                value = v;
                            } else if (dims.contains(a)) {
                                key.put(a, v);
                            } else {
                                attrs.put(a, v);
                            }
                        }
                        if (period == null && seriesAttrs.containsKey(timeDimension)) {
                            period = seriesAttrs.get(timeDimension);
                        }
                        out.observation(SdmxXmlInput.ordered(key, dimensions), period, value, attrs);
                    }
                    case "Group" -> SdmxXmlInput.skip(r);
                    default -> {
                    }
                }
            } else if (e == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("Series") && isEmpty(r.getNamespaceURI())) {
                seriesKey = null;
                seriesAttrs = new HashMap<>();
            }
        }
    }

    private static boolean isEmpty(String ns) {
        return ns == null || ns.isEmpty();
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // the stream itself is closed by its owner
            }
        }
    }
}
