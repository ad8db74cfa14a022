package org.bilateral.support.stream;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits and timing of the live change stream ({@code GET .../changes/stream}). */
@ConfigMapping(prefix = "bilateral.stream")
public interface StreamConfig {

    /** How often the one poller per process reads new revisions for all open streams. */
    @WithDefault("100ms")
    Duration pollInterval();

    /** A comment line is sent on a stream idle this long, so proxies and clients see it alive. */
    @WithDefault("15s")
    Duration heartbeat();

    /** Revisions read per SQL page, while replaying and while polling. */
    @WithDefault("500")
    int pageSize();

    /** Events written to one connection and not yet flushed to its socket; beyond it the consumer is cut off. */
    @WithDefault("2000")
    int bufferSize();

    /** While replaying, how long a consumer may keep its buffer full before it is cut off. */
    @WithDefault("10s")
    Duration slowConsumerTimeout();

    /** How long a cut-off consumer has to take its final event before its connection is dropped regardless. */
    @WithDefault("2s")
    Duration cutoffGrace();

    /** Open streams per client (token subject, else remote address); one more is a 429. */
    @WithDefault("5")
    int maxPerClient();

    /** Open streams per process; one more is a 503. */
    @WithDefault("1000")
    int maxTotal();
}
