package org.bilateral.ventures.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.ventures.api.model.VentureFeatureCollection;

/** The GeoJSON media type and the choice between it and the list's other formats. */
final class GeoJson {

    /** RFC 7946 §12. */
    static final String MEDIA_TYPE = "application/geo+json";
    private static final MediaType GEO = MediaType.valueOf(MEDIA_TYPE);
    private static final List<MediaType> OTHERS = List.of(MediaType.APPLICATION_JSON_TYPE, MediaType.valueOf("text/csv"));
    /** One entry of an RFC 8288 Link header as {@link org.bilateral.support.paging.Links} writes it. */
    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"([^\"]+)\"");

    private GeoJson() {
    }

    /**
     * True when the client's most preferred acceptable type names GeoJSON itself. A wildcard never
     * selects it, so JSON stays the default; JAX-RS has already answered 406 for Accept values
     * none of the list's formats fit.
     */
    static boolean wanted(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) { // sorted by preference
            if (accepted.isWildcardType() || accepted.isWildcardSubtype()) {
                return false;
            }
            if (GEO.isCompatible(accepted)) {
                return true;
            }
            if (OTHERS.stream().anyMatch(o -> o.isCompatible(accepted))) {
                return false;
            }
        }
        return false;
    }

    /** The page links of a Link header, so body and header agree. */
    static List<VentureFeatureCollection.PageLink> links(String header) {
        List<VentureFeatureCollection.PageLink> links = new ArrayList<>();
        Matcher m = LINK.matcher(header);
        while (m.find()) {
            links.add(new VentureFeatureCollection.PageLink(m.group(1), m.group(2)));
        }
        return links;
    }
}
