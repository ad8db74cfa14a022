package org.bilateral.support.webhook;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a partner asks to be sent. */
@Schema(name = "SubscriptionInput", description = "A webhook subscription to create")
public record SubscriptionInput(
        @Schema(description = "Where deliveries are POSTed: https (plain http to loopback only in dev)", required = true,
                examples = "https://partner.example/webhooks/bilateral") String url,
        @Schema(description = "Entities wanted; empty or absent for all", examples = "[\"figures\"]") List<String> entities,
        @Schema(description = "Kinds of change wanted (create, update, delete); empty or absent for all",
                examples = "[\"create\", \"update\"]") List<String> kinds) {
}
