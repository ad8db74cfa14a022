package org.bilateral.trade.api.sdmx;

import static org.bilateral.trade.api.sdmx.SdmxXml.MES;
import static org.bilateral.trade.api.sdmx.SdmxXml.STR;
import static org.bilateral.trade.api.sdmx.SdmxXml.english;

import java.io.OutputStream;
import java.util.Collection;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes an SDMX-ML 2.1 structure message holding the artefacts a structure query selected. */
final class SdmxStructureWriter {

    /** What one structure message holds. */
    record Contents(boolean dataflow, boolean dataStructure, boolean conceptScheme, Collection<String> codelists) {

        boolean isEmpty() {
            return !dataflow && !dataStructure && !conceptScheme && codelists.isEmpty();
        }
    }

    private SdmxStructureWriter() {
    }

    static void write(OutputStream out, Contents contents, Map<String, SdmxModel.Codelist> codelists) throws XMLStreamException {
        XMLStreamWriter w = SdmxXml.openMessage(out, "Structure", "str", STR);
        SdmxXml.header(w);
        w.writeEndElement();
        w.writeStartElement(MES, "Structures");
        if (contents.dataflow()) {
            w.writeStartElement(STR, "Dataflows");
            maintainable(w, "Dataflow", SdmxModel.DATAFLOW, "datastructure.Dataflow", "Bilateral trade figures",
                    "Trade between two countries as their sources report it: one value per key, the preferred one where sources disagree");
            w.writeStartElement(STR, "Structure");
            ref(w, SdmxModel.DSD, null, "DataStructure", "datastructure");
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        }
        if (!contents.codelists().isEmpty()) {
            w.writeStartElement(STR, "Codelists");
            for (String id : contents.codelists()) {
                SdmxModel.Codelist list = codelists.get(id);
                maintainable(w, "Codelist", list.id(), "codelist.Codelist", list.name(), null);
                for (SdmxModel.Code code : list.codes()) {
                    w.writeStartElement(STR, "Code");
                    w.writeAttribute("id", code.id());
                    w.writeAttribute("urn", "urn:sdmx:org.sdmx.infomodel.codelist.Code=" + SdmxModel.AGENCY + ":" + list.id()
                            + "(" + SdmxModel.VERSION + ")." + code.id());
                    english(w, "Name", code.name());
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        if (contents.conceptScheme()) {
            w.writeStartElement(STR, "Concepts");
            maintainable(w, "ConceptScheme", SdmxModel.CONCEPTS, "conceptscheme.ConceptScheme", "Concepts of bilateral trade figures", null);
            for (SdmxModel.Component c : SdmxModel.concepts()) {
                w.writeStartElement(STR, "Concept");
                w.writeAttribute("id", c.id());
                w.writeAttribute("urn", "urn:sdmx:org.sdmx.infomodel.conceptscheme.Concept=" + SdmxModel.AGENCY + ":" + SdmxModel.CONCEPTS
                        + "(" + SdmxModel.VERSION + ")." + c.id());
                english(w, "Name", c.name());
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
        }
        if (contents.dataStructure()) {
            w.writeStartElement(STR, "DataStructures");
            dataStructure(w);
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndDocument();
        w.flush();
    }

    private static void dataStructure(XMLStreamWriter w) throws XMLStreamException {
        maintainable(w, "DataStructure", SdmxModel.DSD, "datastructure.DataStructure", "Bilateral trade figures",
                "Reporter, partner, region, flow, commodity and frequency identify a series; OBS_VALUE is the amount in UNIT times 10^UNIT_MULT");
        w.writeStartElement(STR, "DataStructureComponents");
        w.writeStartElement(STR, "DimensionList");
        w.writeAttribute("id", "DimensionDescriptor");
        int position = 1;
        for (SdmxModel.Component d : SdmxModel.DIMENSIONS) {
            w.writeStartElement(STR, "Dimension");
            w.writeAttribute("id", d.id());
            w.writeAttribute("position", Integer.toString(position++));
            concept(w, d.id());
            enumeration(w, d.codelist());
            w.writeEndElement();
        }
        w.writeStartElement(STR, "TimeDimension");
        w.writeAttribute("id", SdmxModel.TIME_PERIOD);
        w.writeAttribute("position", Integer.toString(position));
        concept(w, SdmxModel.TIME_PERIOD);
        w.writeStartElement(STR, "LocalRepresentation");
        w.writeEmptyElement(STR, "TextFormat");
        w.writeAttribute("textType", "ObservationalTimePeriod");
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement(STR, "AttributeList");
        w.writeAttribute("id", "AttributeDescriptor");
        for (SdmxModel.Component a : SdmxModel.ATTRIBUTES) {
            w.writeStartElement(STR, "Attribute");
            w.writeAttribute("id", a.id());
            w.writeAttribute("assignmentStatus", "Mandatory");
            concept(w, a.id());
            enumeration(w, a.codelist());
            w.writeStartElement(STR, "AttributeRelationship");
            w.writeStartElement(STR, "PrimaryMeasure");
            w.writeEmptyElement("Ref");
            w.writeAttribute("id", SdmxModel.OBS_VALUE);
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeStartElement(STR, "MeasureList");
        w.writeAttribute("id", "MeasureDescriptor");
        w.writeStartElement(STR, "PrimaryMeasure");
        w.writeAttribute("id", SdmxModel.OBS_VALUE);
        concept(w, SdmxModel.OBS_VALUE);
        w.writeStartElement(STR, "LocalRepresentation");
        w.writeEmptyElement(STR, "TextFormat");
        w.writeAttribute("textType", "Decimal");
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    /** Opens a maintainable artefact and writes its names; the caller closes it. */
    private static void maintainable(XMLStreamWriter w, String element, String id, String urnClass, String name, String description)
            throws XMLStreamException {
        w.writeStartElement(STR, element);
        w.writeAttribute("id", id);
        w.writeAttribute("urn", SdmxModel.urn(urnClass, id));
        w.writeAttribute("agencyID", SdmxModel.AGENCY);
        w.writeAttribute("version", SdmxModel.VERSION);
        w.writeAttribute("isFinal", "false");
        english(w, "Name", name);
        if (description != null) {
            english(w, "Description", description);
        }
    }

    private static void concept(XMLStreamWriter w, String id) throws XMLStreamException {
        w.writeStartElement(STR, "ConceptIdentity");
        w.writeEmptyElement("Ref");
        w.writeAttribute("id", id);
        w.writeAttribute("maintainableParentID", SdmxModel.CONCEPTS);
        w.writeAttribute("maintainableParentVersion", SdmxModel.VERSION);
        w.writeAttribute("agencyID", SdmxModel.AGENCY);
        w.writeAttribute("package", "conceptscheme");
        w.writeAttribute("class", "Concept");
        w.writeEndElement();
    }

    private static void enumeration(XMLStreamWriter w, String codelist) throws XMLStreamException {
        w.writeStartElement(STR, "LocalRepresentation");
        w.writeStartElement(STR, "Enumeration");
        ref(w, codelist, null, "Codelist", "codelist");
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void ref(XMLStreamWriter w, String id, String parent, String clazz, String pkg) throws XMLStreamException {
        w.writeEmptyElement("Ref");
        w.writeAttribute("id", id);
        w.writeAttribute("version", SdmxModel.VERSION);
        w.writeAttribute("agencyID", SdmxModel.AGENCY);
        w.writeAttribute("package", pkg);
        w.writeAttribute("class", clazz);
    }
}
