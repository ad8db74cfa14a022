package org.bilateral.support.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One delivery attempt. */
@Schema(name = "DeliveryAttempt", description = "One attempt to deliver a change to a subscription")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryView(
        @Schema(examples = "12") long id,
        @Schema(description = "The webhook-id header, the same on every retry of this change", examples = "msg_1_17") String messageId,
        @Schema(description = "Feed cursor of the change", examples = "17") long cursor,
        Instant attemptedAt,
        @Schema(description = "The receiver's HTTP status, absent when none came", examples = "200") Integer statusCode,
        @Schema(description = "Time until the answer (or the failure)", examples = "35") long latencyMs,
        @Schema(description = "What went wrong, when it did") String error,
        @Schema(description = "Whether the receiver accepted it (2xx)") boolean delivered) {
}
