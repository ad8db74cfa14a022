package org.bilateral.support.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The request body limit the API applies itself, so a too-large body is a 413 problem+json. The
 * hard ceiling for everything, large-body paths included, is {@code quarkus.http.limits.max-body-size},
 * which Vert.x answers with an empty 413.
 */
@ConfigMapping(prefix = "bilateral.http")
public interface HttpLimitsConfig {

    /** Largest body (by Content-Length) any request may carry, except on {@link #largeBodyPaths()}. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /** Exact request paths (e.g. a bulk import) allowed bodies up to quarkus.http.limits.max-body-size. */
    Optional<List<String>> largeBodyPaths();

    /**
     * Connection idle timeout while a request on {@link #largeBodyPaths()} is under way (its final
     * database work can outlast quarkus.http.idle-timeout with no byte on the wire).
     */
    @WithDefault("30M")
    Duration largeBodyIdleTimeout();
}
