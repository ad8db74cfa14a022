package org.bilateral.support.seed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The seed import every data service runs through {@link SeedRunner}. */
@ConfigMapping(prefix = "bilateral.seed")
public interface SeedConfig {

    /** Import the packaged seed facts at start-up, each kind only while none of it is stored. */
    @WithDefault("true")
    boolean enabled();
}
