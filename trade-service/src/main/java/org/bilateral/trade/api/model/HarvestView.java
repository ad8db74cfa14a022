package org.bilateral.trade.api.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.bilateral.trade.domain.Harvest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Harvest", description = "One run of a provider. Nothing is written to figures unless it SUCCEEDED (all or nothing).")
public record HarvestView(
        @Schema(examples = "7") long id,
        @Schema(examples = "imf-dot") String provider,
        @Schema(description = "QUEUED, RUNNING, SUCCEEDED or FAILED", examples = "SUCCEEDED") Harvest.State state,
        @Schema(description = "API (an admin asked) or SCHEDULE (the provider's cron)", examples = "API") Harvest.Trigger trigger,
        @Schema(examples = "admin@bilateral.example") String requestedBy,
        Instant queuedAt,
        Instant startedAt,
        Instant endedAt,
        @Schema(description = "Progress: when the runner last reported (every batch of observations) while RUNNING") Instant lastProgressAt,
        @Schema(description = "The provider was asked only for changes since this instant (the start of the last successful harvest)")
        Instant updatedAfter,
        @Schema(description = "Requests made, in order (structure, then data)") List<String> requestUrls,
        Counts counts,
        @Schema(description = "The first rejected observations with the reason (all are counted)") List<Harvest.Rejection> rejections,
        @Schema(description = "Why a FAILED harvest failed", examples = "provider answered 503 after 3 attempts") String failure) {

    @Schema(name = "HarvestCounts", description = "observationsRead grows while the harvest runs; the figure counts are set when it succeeds")
    public record Counts(
            @Schema(examples = "120") long observationsRead,
            @Schema(examples = "100") long figuresCreated,
            @Schema(examples = "2") long figuresRevised,
            @Schema(examples = "16") long figuresUnchanged,
            @Schema(examples = "2") long rejected) {
    }

    public static HarvestView of(Harvest h, String providerCode) {
        return new HarvestView(h.id, providerCode, h.state, h.trigger, h.requestedBy, h.queuedAt, h.startedAt, h.endedAt,
                h.state == Harvest.State.RUNNING ? h.heartbeatAt : null, h.updatedAfter,
                h.requestUrls == null ? List.of() : Arrays.asList(h.requestUrls),
                new Counts(h.observationsRead, h.figuresCreated, h.figuresRevised, h.figuresUnchanged, h.rejected),
                h.rejections == null ? List.of() : h.rejections, h.failure);
    }
}
