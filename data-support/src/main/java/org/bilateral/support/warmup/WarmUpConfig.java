package org.bilateral.support.warmup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Requests a service sends itself before it reports ready ({@link WarmUp}), so the JIT has compiled the request path
 * when the first client arrives.
 */
@ConfigMapping(prefix = "bilateral.warm-up")
public interface WarmUpConfig {

    /**
     * How long the service loads itself after its HTTP server started; readiness stays down until then. 0 (the
     * default) switches it off: tests and a laptop want the fastest start, a deployment the first request served at
     * speed (scenario 9: about 8 s of this load lift the first 10 s after ready from a quarter of the steady rate to
     * more than half).
     */
    @WithDefault("0s")
    Duration duration();

    /** Requests in flight at once. */
    @WithDefault("8")
    int connections();

    /**
     * The GET paths, asked in turn; {@code {n}} in a path stands for 1, 2, ... {@link #ids()} in turn (ids of stored
     * rows and of none, so the found and the not-found paths are both warmed). None: no warm-up.
     */
    Optional<List<String>> paths();

    /** A warm-up request unanswered this long fails (and the next is sent), so a hang cannot hold readiness down. */
    @WithDefault("5s")
    Duration requestTimeout();

    /** The range {@code {n}} runs through. */
    @WithDefault("100")
    int ids();
}
