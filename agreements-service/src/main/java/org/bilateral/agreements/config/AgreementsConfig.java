package org.bilateral.agreements.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "bilateral")
public interface AgreementsConfig {

    Seed seed();

    interface Seed {
        /** Import the packaged seed facts at start-up when the tables are empty. */
        @WithDefault("true")
        boolean enabled();
    }
}
