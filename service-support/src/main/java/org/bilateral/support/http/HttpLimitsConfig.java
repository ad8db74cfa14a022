package org.bilateral.support.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The request limits the API applies itself, so a request over one is a 413, 414 or 431
 * problem+json. The hard ceilings, which Vert.x answers with an empty 413, 414 or 431, are
 * {@code quarkus.http.limits.max-body-size} (large-body paths included),
 * {@code max-initial-line-length} and {@code max-header-size}: keep them above these.
 */
@ConfigMapping(prefix = "bilateral.http")
public interface HttpLimitsConfig {

    /** Largest body (by Content-Length) any request may carry, except on {@link #largeBodyPaths()}. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /** Longest request line (method, target and version) answered; a longer one is a 414 problem+json. */
    @WithDefault("8192")
    int maxRequestLineLength();

    /** Largest header block ("name: value" lines summed) answered; a larger one is a 431 problem+json. */
    @WithDefault("16K")
    MemorySize maxHeaderSize();

    /** Exact request paths (e.g. a bulk import) allowed bodies up to quarkus.http.limits.max-body-size. */
    Optional<List<String>> largeBodyPaths();

    /**
     * Connection idle timeout while a request on {@link #largeBodyPaths()} is under way (its final
     * database work can outlast quarkus.http.idle-timeout with no byte on the wire).
     */
    @WithDefault("30M")
    Duration largeBodyIdleTimeout();
}
