package org.bilateral.ventures.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "bilateral")
public interface VenturesConfig {

    Seed seed();

    Ventures ventures();

    interface Seed {
        /** Import the packaged seed facts at start-up when the tables are empty. */
        @WithDefault("true")
        boolean enabled();
    }

    interface Ventures {
        /** Largest radius, in km, a 'near' search may ask for; larger is a 400. */
        @WithDefault("2000")
        double maxRadiusKm();
    }
}
