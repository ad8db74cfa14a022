package org.bilateral.trade.api.sdmx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The representations of the SDMX REST 2.1 specification this service offers, and Accept negotiation. */
final class SdmxMediaTypes {

    static final String STRUCTURE = "application/vnd.sdmx.structure+xml;version=2.1";
    static final String GENERIC = "application/vnd.sdmx.genericdata+xml;version=2.1";
    static final String STRUCTURE_SPECIFIC = "application/vnd.sdmx.structurespecificdata+xml;version=2.1";
    static final String CSV = "application/vnd.sdmx.data+csv;version=1.0.0";
    static final String JSON = "application/vnd.sdmx.data+json;version=1.0.0";
    static final String XML = "application/xml";

    /** A representation: its media type without parameters, the version it is, and what to answer with. */
    record Offer(String type, String version, String contentType) {
    }

    static final List<Offer> DATA = List.of(
            new Offer("application/vnd.sdmx.genericdata+xml", "2.1", GENERIC),
            new Offer("application/vnd.sdmx.structurespecificdata+xml", "2.1", STRUCTURE_SPECIFIC),
            new Offer("application/vnd.sdmx.data+csv", "1.0.0", CSV),
            new Offer("application/vnd.sdmx.data+json", "1.0.0", JSON),
            // plain types: generic XML is the default of the specification, CSV and JSON their SDMX forms
            new Offer(XML, null, XML),
            new Offer("text/xml", null, XML),
            new Offer("text/csv", null, CSV),
            new Offer("application/json", null, JSON));

    static final List<Offer> STRUCTURES = List.of(
            new Offer("application/vnd.sdmx.structure+xml", "2.1", STRUCTURE),
            new Offer(XML, null, XML),
            new Offer("text/xml", null, XML));

    private SdmxMediaTypes() {
    }

    /**
     * The content type to answer with: the acceptable offer with the highest q, earlier in the
     * Accept header first, the first offer for a wildcard or no Accept at all; 406 when none fits.
     */
    static String negotiate(String accept, List<Offer> offers) {
        if (accept == null || accept.isBlank()) {
            return offers.get(0).contentType();
        }
        record Range(String type, String version, double q, int order) {
        }
        List<Range> ranges = new ArrayList<>();
        String[] parts = accept.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] p = parts[i].split(";");
            String type = p[0].trim().toLowerCase(Locale.ROOT);
            String version = null;
            double q = 1;
            for (int j = 1; j < p.length; j++) {
                String[] kv = p[j].split("=", 2);
                String k = kv[0].trim().toLowerCase(Locale.ROOT);
                String v = kv.length > 1 ? kv[1].trim().replace("\"", "") : "";
                if (k.equals("version")) {
                    version = v;
                } else if (k.equals("q")) {
                    try {
                        q = Double.parseDouble(v);
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (!type.isEmpty() && q > 0) {
                ranges.add(new Range(type, version, q, i));
            }
        }
        ranges.sort(Comparator.comparingDouble((Range r) -> -r.q()).thenComparingInt(Range::order));
        for (Range r : ranges) {
            if (r.type().equals("*/*") || r.type().equals("application/*")) {
                return offers.get(0).contentType();
            }
            for (Offer o : offers) {
                if (o.type().equals(r.type()) && (r.version() == null || r.version().equals(o.version()))) {
                    return o.contentType();
                }
            }
        }
        throw SdmxException.notAcceptable("None of the accepted types (" + accept + ") is offered here; offered: "
                + String.join(", ", offers.stream().filter(o -> o.version() != null).map(Offer::contentType).toList())
                + ", application/xml");
    }
}
