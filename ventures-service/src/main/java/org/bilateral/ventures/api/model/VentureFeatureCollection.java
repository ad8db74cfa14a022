package org.bilateral.ventures.api.model;

import java.util.List;
import org.bilateral.support.paging.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of ventures as an RFC 7946 FeatureCollection. Ventures without coordinates cannot be
 * placed on a map, so they are left out of {@code features} and counted in the foreign member
 * {@code withoutLocation}; the paging members mirror the JSON page (RFC 7946 §6.1 allows them).
 */
@Schema(name = "VentureFeatureCollection", description = "RFC 7946 FeatureCollection of one page of ventures (application/geo+json). "
        + "Ventures without coordinates are left out of features (never placed at 0,0) and counted in withoutLocation; "
        + "features + withoutLocation = the ventures on this page. Paging as for JSON: page, size, totalItems, totalPages, links "
        + "and the Link header.")
public record VentureFeatureCollection(
        @Schema(description = "Always FeatureCollection", examples = "FeatureCollection", enumeration = "FeatureCollection") String type,
        @Schema(description = "One Point feature per venture on this page that has coordinates") List<VentureFeature> features,
        @Schema(description = "Ventures on this page left out because they have no coordinates", examples = "1") int withoutLocation,
        @Schema(description = "0-based page number", examples = "0") int page,
        @Schema(description = "Page size asked for", examples = "20") int size,
        @Schema(description = "Ventures matching across all pages, with or without coordinates", examples = "42") long totalItems,
        @Schema(description = "Number of pages at this size", examples = "3") int totalPages,
        @Schema(description = "The page links of the Link header (next, prev, first, last), relative") List<PageLink> links) {

    /** The OpenAPI example: one venture placed, one left out for lack of coordinates. */
    public static final String EXAMPLE = "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"id\": 1, "
            + "\"geometry\": {\"type\": \"Point\", \"coordinates\": [76.8958, 43.2775]}, \"properties\": {\"id\": 1, "
            + "\"href\": \"/api/v1/ventures/1\", \"name\": \"Example assembly plant\", \"kind\": \"JOINT_ASSEMBLY_PLANT\", "
            + "\"status\": \"OPERATING\", \"hostCountry\": \"KZ\", \"city\": \"Almaty\", \"region\": \"KZ-75\", "
            + "\"startYear\": 2017, \"sectors\": [\"AUTOMOTIVE\"], \"partners\": [\"MAZ\"], \"partnerCountries\": [\"BY\"], "
            + "\"coordinatesNote\": \"City-centre coordinates of Almaty; the source names the city only.\"}}], "
            + "\"withoutLocation\": 1, \"page\": 0, \"size\": 20, \"totalItems\": 2, \"totalPages\": 1, "
            + "\"links\": [{\"href\": \"/api/v1/ventures?page=0&size=20\", \"rel\": \"first\"}, "
            + "{\"href\": \"/api/v1/ventures?page=0&size=20\", \"rel\": \"last\"}]}";

    public static VentureFeatureCollection of(Page<VentureView> page, List<PageLink> links) {
        List<VentureFeature> features = page.items().stream().filter(VentureFeature::placeable).map(VentureFeature::of).toList();
        return new VentureFeatureCollection("FeatureCollection", features, page.items().size() - features.size(), page.page(),
                page.size(), page.totalItems(), page.totalPages(), links);
    }

    @Schema(name = "PageLink", description = "A link to another page of the same list")
    public record PageLink(
            @Schema(description = "Relative reference", examples = "/api/v1/ventures?page=1&size=20") String href,
            @Schema(description = "Link relation", examples = "next") String rel) {
    }
}
