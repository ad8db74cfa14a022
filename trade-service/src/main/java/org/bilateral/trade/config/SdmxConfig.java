package org.bilateral.trade.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the SDMX REST interface. */
@ConfigMapping(prefix = "bilateral.sdmx")
public interface SdmxConfig {

    /** Most observations one data message carries; a larger answer is SDMX error 510 (HTTP 413): narrow the key or period. */
    @WithDefault("50000")
    int maxObservations();
}
