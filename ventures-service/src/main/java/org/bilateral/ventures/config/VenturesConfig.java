package org.bilateral.ventures.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "bilateral")
public interface VenturesConfig {

    Ventures ventures();

    interface Ventures {
        /** Largest radius, in km, a 'near' search may ask for; larger is a 400. */
        @WithDefault("2000")
        double maxRadiusKm();
    }
}
