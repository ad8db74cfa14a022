package org.bilateral.trade.harvest.read;

import static org.bilateral.trade.harvest.read.SdmxXmlInput.MES;
import static org.bilateral.trade.harvest.read.SdmxXmlInput.STR;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What an SDMX-ML 2.1 structure message defines that a harvest checks against: dataflows and the data
 * structure each uses, data structure definitions (dimensions in order, time dimension, attributes), and the
 * codes of each code list. Read with StAX; names, annotations and the rest are skipped.
 */
public record SdmxStructure(List<Dataflow> dataflows, List<DataStructure> dataStructures, Map<String, Set<String>> codelists,
        Map<String, Ref> conceptCodelists) {

    /** A reference to a maintainable artefact; version may be null. */
    public record Ref(String agency, String id, String version) {

        @Override
        public String toString() {
            return (agency == null ? "" : agency + ":") + id + (version == null ? "" : "(" + version + ")");
        }
    }

    public record Dataflow(Ref ref, Ref structure) {
    }

    /** A dimension: id, position in the key (1-based), its code list (null when not coded) and concept id. */
    public record Dimension(String id, int position, Ref codelist, String concept) {
    }

    public record DataStructure(Ref ref, List<Dimension> dimensions, String timeDimension, Set<String> attributes) {

        public Dimension dimension(String id) {
            return dimensions.stream().filter(d -> d.id().equals(id)).findFirst().orElse(null);
        }

        /** Dimension ids in key order, without the time dimension. */
        public List<String> keyOrder() {
            return dimensions.stream().map(Dimension::id).toList();
        }
    }

    private static final Pattern URN = Pattern.compile(".*=([^:]+):([^(]+)\\(([^)]*)\\).*");

    /** The codes of a code list, or null when the message does not hold it (matched by agency and id). */
    public Set<String> codes(Ref codelist) {
        Set<String> codes = codelists.get(codelist.agency() + ":" + codelist.id());
        return codes != null ? codes : codelists.get(codelist.id());
    }

    /**
     * Reads a structure message.
     *
     * @throws SdmxErrorFailure when it is an SDMX error message
     * @throws HarvestFailure   when it is malformed, cut off or not a structure message
     */
    public static SdmxStructure read(InputStream body, String url) throws HarvestFailure {
        CountingInputStream in = new CountingInputStream(body);
        XMLStreamReader r = null;
        try {
            r = SdmxXmlInput.open(in);
            String root = SdmxXmlInput.root(r);
            if (root.equals("Error") && MES.equals(r.getNamespaceURI())) {
                throw SdmxXmlInput.error(r, url);
            }
            if (!root.equals("Structure")) {
                throw new HarvestFailure("the answer is not an SDMX-ML 2.1 structure message: its root element is " + root + " (" + url + ")");
            }
            return parse(r);
        } catch (XMLStreamException e) {
            throw SdmxXmlInput.fault(e, in, "SDMX-ML structure", url);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // the stream is closed by its owner
                }
            }
        }
    }

    private static SdmxStructure parse(XMLStreamReader r) throws XMLStreamException {
        List<Dataflow> dataflows = new ArrayList<>();
        List<DataStructure> dsds = new ArrayList<>();
        Map<String, Set<String>> codelists = new HashMap<>();
        Map<String, Ref> conceptCodelists = new HashMap<>();
        Deque<String> path = new ArrayDeque<>();

        Ref dataflow = null;
        Ref dataflowStructure = null;
        Ref dsd = null;
        List<Dimension> dims = new ArrayList<>();
        Set<String> attributes = new LinkedHashSet<>();
        String timeDimension = null;
        String dimId = null;
        int dimPosition = 0;
        Ref dimCodelist = null;
        String dimConcept = null;
        Set<String> codes = null;
        String concept = null;

        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                String parent = path.peek();
                boolean str = STR.equals(r.getNamespaceURI());
                if (str && name.equals("Dataflow")) {
                    dataflow = maintainable(r);
                    dataflowStructure = null;
                } else if (str && name.equals("DataStructure")) {
                    dsd = maintainable(r);
                    dims = new ArrayList<>();
                    attributes = new LinkedHashSet<>();
                    timeDimension = null;
                } else if (str && (name.equals("Dimension") || name.equals("MeasureDimension") || name.equals("TimeDimension"))
                        && dsd != null) {
                    dimId = r.getAttributeValue(null, "id");
                    String pos = r.getAttributeValue(null, "position");
                    dimPosition = pos == null ? dims.size() + 1 : Integer.parseInt(pos.trim());
                    dimCodelist = null;
                    dimConcept = null;
                } else if (str && name.equals("Attribute") && dsd != null) {
                    attributes.add(r.getAttributeValue(null, "id"));
                } else if (str && name.equals("Codelist")) {
                    Ref cl = maintainable(r);
                    codes = new LinkedHashSet<>();
                    codelists.put(cl.agency() + ":" + cl.id(), codes);
                    codelists.putIfAbsent(cl.id(), codes);
                } else if (str && name.equals("Code") && codes != null) {
                    codes.add(r.getAttributeValue(null, "id"));
                } else if (str && name.equals("Concept")) {
                    concept = r.getAttributeValue(null, "id");
                } else if (name.equals("Ref") || name.equals("URN")) {
                    Ref ref = name.equals("Ref") ? new Ref(r.getAttributeValue(null, "agencyID"), r.getAttributeValue(null, "id"),
                            r.getAttributeValue(null, "version")) : urn(r.getElementText());
                    if (ref == null) {
                        continue;
                    }
                    String grand = path.size() > 1 ? List.copyOf(path).get(1) : null;
                    if ("Structure".equals(parent) && dataflow != null && dsd == null) {
                        dataflowStructure = ref;
                    } else if ("Enumeration".equals(parent) && dimId != null) {
                        dimCodelist = ref;
                    } else if ("ConceptIdentity".equals(parent) && dimId != null) {
                        dimConcept = ref.id();
                    } else if ("Enumeration".equals(parent) && "CoreRepresentation".equals(grand) && concept != null) {
                        conceptCodelists.put(concept, ref);
                    }
                    if (name.equals("URN")) {
                        continue; // getElementText moved to the end element
                    }
                }
                path.push(name);
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                path.poll();
                String name = r.getLocalName();
                if (!STR.equals(r.getNamespaceURI())) {
                    continue;
                }
                switch (name) {
                    case "Dataflow" -> {
                        if (dataflow != null) {
                            dataflows.add(new Dataflow(dataflow, dataflowStructure));
                        }
                        dataflow = null;
                    }
                    case "Dimension", "MeasureDimension" -> {
                        if (dimId != null) {
                            dims.add(new Dimension(dimId, dimPosition, dimCodelist, dimConcept));
                        }
                        dimId = null;
                    }
                    case "TimeDimension" -> {
                        timeDimension = dimId;
                        dimId = null;
                    }
                    case "DataStructure" -> {
                        if (dsd != null) {
                            dims.sort((a, b) -> Integer.compare(a.position(), b.position()));
                            dsds.add(new DataStructure(dsd, List.copyOf(dims), timeDimension == null ? SdmxXmlInput.TIME_PERIOD : timeDimension,
                                    Set.copyOf(attributes)));
                        }
                        dsd = null;
                    }
                    case "Codelist" -> codes = null;
                    case "Concept" -> concept = null;
                    default -> {
                    }
                }
            }
        }
        return new SdmxStructure(dataflows, dsds, codelists, conceptCodelists);
    }

    private static Ref maintainable(XMLStreamReader r) {
        return new Ref(r.getAttributeValue(null, "agencyID"), r.getAttributeValue(null, "id"), r.getAttributeValue(null, "version"));
    }

    private static Ref urn(String text) {
        Matcher m = URN.matcher(text.trim());
        return m.matches() ? new Ref(m.group(1), m.group(2), m.group(3)) : null;
    }
}
