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

    /**
     * The request example of every service's create: a receiver on the machine that runs the platform, which
     * ./bilateral and the dev profile accept; anywhere else a callback is https to a public address.
     */
    public static final String EXAMPLE_SUMMARY = "Every change, to a receiver on the machine running the platform";
    public static final String EXAMPLE = "{\"url\":\"http://127.0.0.1:8099/webhooks/bilateral\",\"kinds\":[\"create\",\"update\",\"delete\"]}";
}
