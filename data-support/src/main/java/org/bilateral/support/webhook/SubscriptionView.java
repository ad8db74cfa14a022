package org.bilateral.support.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription as its owner sees it; the secret only in the answer that created it. */
@Schema(name = "Subscription", description = "A webhook subscription")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(
        @Schema(examples = "1") long id,
        @Schema(examples = "https://partner.example/webhooks/bilateral") String url,
        @Schema(description = "Entities sent; empty for all") List<String> entities,
        @Schema(description = "Kinds of change sent; empty for all") List<String> kinds,
        @Schema(description = "ACTIVE, or PAUSED after too many failed attempts (see pausedReason)", examples = "ACTIVE") String status,
        @Schema(description = "Feed cursor of the last change delivered or skipped", examples = "17") long cursor,
        @Schema(description = "Consecutive failed attempts", examples = "0") int failures,
        @Schema(description = "Why deliveries stopped, when paused") String pausedReason,
        @Schema(description = "When the next attempt is due") Instant nextAttemptAt,
        Instant createdAt,
        @Schema(description = "Signing secret (Standard Webhooks whsec_ format); shown once, at creation") String secret) {
}
