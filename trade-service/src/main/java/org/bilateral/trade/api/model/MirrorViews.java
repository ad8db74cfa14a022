package org.bilateral.trade.api.model;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Mirror statistics: what one country reports exporting beside what its partner reports importing. */
public final class MirrorViews {

    private MirrorViews() {
    }

    @Schema(name = "MirrorRow", description = "One direction and period: the exporter's exports (FOB) beside the importer's imports (CIF), "
            + "in millions of US dollars")
    public record MirrorRow(
            @Schema(examples = "BY") String exporter,
            @Schema(examples = "KZ") String importer,
            PeriodInput period,
            @Schema(description = "Exports the exporter reports (preferred figure)", examples = "783.7") BigDecimal exportsFob,
            @Schema(description = "Imports from the exporter that the importer reports (preferred figure)", examples = "812.4") BigDecimal importsCif,
            @Schema(description = "importsCif - exportsFob", examples = "28.7") BigDecimal gap,
            @Schema(description = "importsCif / exportsFob; normally a little above 1 (freight and insurance)", examples = "1.0366") BigDecimal ratio,
            @Schema(description = "True when the ratio leaves the configured band (bilateral.trade.mirror.ratio-min/-max); null when a side is missing")
            Boolean outsideBand,
            @Schema(examples = "12") Long exportFigureId,
            @Schema(examples = "imf-dot") String exportSource,
            @Schema(description = "Whether the exports value is official statistics") Boolean exportOfficial,
            @Schema(examples = "31") Long importFigureId,
            @Schema(examples = "imf-dot") String importSource,
            @Schema(description = "Whether the imports value is official statistics") Boolean importOfficial) {
    }

    @Schema(name = "Mirror", description = "Mirror statistics of a pair, both directions")
    public record Mirror(
            @Schema(examples = "BY") String reporter,
            @Schema(examples = "KZ") String partner,
            @Schema(nullable = true, description = "HS code; null for all goods") String commodity,
            @Schema(examples = "USD") String unit,
            @Schema(examples = "6") int scale,
            @Schema(description = "Lowest ratio not flagged", examples = "1.0") BigDecimal ratioMin,
            @Schema(description = "Highest ratio not flagged", examples = "1.2") BigDecimal ratioMax,
            @Schema(description = "How one figure per side is picked when several sources give it") String preferenceRule,
            @Schema(description = "reporter -> partner first, then partner -> reporter, each in period order") List<MirrorRow> rows) {
    }
}
