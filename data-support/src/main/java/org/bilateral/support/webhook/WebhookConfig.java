package org.bilateral.support.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Webhook subscriptions and their delivery worker. */
@ConfigMapping(prefix = "bilateral.webhooks")
public interface WebhookConfig {

    /** Whether this process runs delivery workers (the API works either way). */
    @WithDefault("true")
    boolean deliver();

    /** Delivery threads per process; each holds one subscription (and one database connection) while it calls. */
    @WithDefault("2")
    int workers();

    /** How long an idle worker waits before it looks for due subscriptions again. */
    @WithDefault("500ms")
    Duration pollInterval();

    /** Whole time one delivery may take (connect, send, answer). */
    @WithDefault("10s")
    Duration timeout();

    @WithDefault("5s")
    Duration connectTimeout();

    /** Consecutive failed attempts after which a subscription is paused. */
    @WithDefault("8")
    int maxFailures();

    /** First retry delay; it doubles per failure (with jitter) up to backoff-max. */
    @WithDefault("1s")
    Duration backoffBase();

    @WithDefault("10m")
    Duration backoffMax();

    /** A change whose JSON is larger is not sent: the subscription pauses with that reason. */
    @WithDefault("262144")
    int maxBodyBytes();

    /** How much of a receiver's answer is read (and kept in the error of a failed attempt). */
    @WithDefault("1024")
    int maxResponseBytes();

    /** Attempts kept per subscription for GET .../deliveries. */
    @WithDefault("100")
    int attemptsKept();

    @WithDefault("20")
    int maxPerOwner();

    /**
     * Dev and test only: callbacks may be plain http to a loopback address, and https to any address.
     * Off, a callback must be https to a host that resolves only to public addresses.
     */
    @WithDefault("false")
    boolean allowLocalCallbacks();
}
