package org.bilateral.ventures.api;

import jakarta.ws.rs.Path;
import org.bilateral.support.webhook.SubscriptionEndpoints;
import org.bilateral.support.webhook.Subscriptions;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Webhook subscriptions to this service's change feed; the endpoints and the logic live once in data-support. */
@Path("/api/v1/ventures/subscriptions")
@Tag(name = "Venture webhooks", description = "Signed pushes of every change (Standard Webhooks) for partners who sync")
public class SubscriptionResource extends SubscriptionEndpoints {

    SubscriptionResource(Subscriptions subscriptions) {
        super(subscriptions);
    }
}
