package org.bilateral.trade.api.model;

import java.time.Instant;
import org.bilateral.support.provenance.Citation;
import org.bilateral.trade.domain.Figure;
import org.bilateral.trade.domain.Flow;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Figure", description = "One value one source reports for one key")
public record FigureView(
        @Schema(readOnly = true, description = "Id", examples = "1") long id,
        @Schema(readOnly = true, description = "Version; the ETag", examples = "1") int version,
        @Schema(examples = "BY") String reporter,
        @Schema(examples = "KZ") String partner,
        @Schema(description = "ISO 3166-2 region; null for the whole country", examples = "BY-MA") String region,
        @Schema(examples = "TURNOVER") Flow flow,
        @Schema(description = "HS code; null for all goods", examples = "8701") String commodity,
        PeriodInput period,
        AmountInput value,
        ChangeInput reportedChange,
        Citation source,
        String note,
        @Schema(description = "Where an official figure was harvested from; null for figures taken from documents") Provenance harvest) {

    @Schema(name = "FigureProvenance", description = "Where an official figure was harvested from")
    public record Provenance(
            @Schema(description = "Provider id (see /providers), or comtrade-import for files imported in the Comtrade layout", examples = "imf-dot")
            String provider,
            @Schema(description = "SDMX dataflow", examples = "IMF:DOT(latest)") String dataflow,
            @Schema(description = "The provider's series key", examples = "M.BY.TXG_FOB_USD.KZ") String seriesKey,
            @Schema(description = "The data request the value came from") String requestUrl,
            @Schema(description = "When this value was retrieved (an unchanged value keeps its first retrieval)") Instant retrievedAt) {
    }

    public static FigureView of(Figure f) {
        return new FigureView(f.id, f.version, f.reporter, f.partner, f.region, f.flow, f.commodity,
                new PeriodInput(f.periodStart, f.periodEnd, f.periodLabel, f.periodInferred),
                f.amount == null ? null : new AmountInput(f.amount.stripTrailingZeros(), f.unit, f.scale, f.qualifier),
                f.changeValue == null ? null : new ChangeInput(f.changeKind, f.changeValue.stripTrailingZeros(), f.changeQualifier),
                new Citation(f.sourceId, f.locator), f.note,
                f.provider == null ? null : new Provenance(f.provider, f.dataflow, f.seriesKey, f.requestUrl, f.retrievedAt));
    }
}
