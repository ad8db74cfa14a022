package org.bilateral.trade.api.model;

import org.bilateral.support.provenance.Citation;
import org.bilateral.trade.domain.CommodityListing;
import org.bilateral.trade.domain.ListingKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommodityListing", description = "A good named among the main goods traded in one direction")
public record CommodityView(
        @Schema(examples = "1") long id,
        @Schema(examples = "1") int version,
        @Schema(description = "Exporting country", examples = "BY") String exporter,
        @Schema(description = "Exporting region, where the source names one", examples = "BY-MA") String exporterRegion,
        @Schema(description = "Importing country", examples = "KZ") String importer,
        ListingKind kind,
        @Schema(description = "HS code or chapter range", examples = "8701") String hsCode,
        @Schema(examples = "Tractors and tractor units") String description,
        @Schema(description = "Position in the source's list", examples = "1") int rank,
        @Schema(description = "Year the listing describes; null where the source names no period", examples = "2018", nullable = true)
        String asOf,
        Citation source,
        @Schema(description = "Remarks in our words, including what is our inference and why", nullable = true) String note) {

    public static CommodityView of(CommodityListing l) {
        return new CommodityView(l.id, l.version, l.exporter, l.exporterRegion, l.importer, l.kind, l.hsCode, l.description, l.rank,
                l.asOf, new Citation(l.sourceId, l.locator), l.note);
    }
}
