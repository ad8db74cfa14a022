package org.bilateral.support.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Tunables every service's API shares. */
@ConfigMapping(prefix = "bilateral.api")
public interface ApiConfig {

    /** Page size when a list request names none. */
    @WithDefault("20")
    int defaultPageSize();

    /** Largest page size a client may ask for; larger is a 400, not a silent cap. */
    @WithDefault("200")
    int maxPageSize();

    /** Change-feed entries per call when the client names no limit. */
    @WithDefault("100")
    int defaultFeedLimit();

    /** Largest change-feed batch a client may ask for. */
    @WithDefault("1000")
    int maxFeedLimit();
}
