package org.bilateral.agreements.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "bilateral")
public interface AgreementsConfig {

    Calendar calendar();

    interface Calendar {
        /** Most agreements one calendar answer holds; a filter matching more is a 400 asking to narrow it. */
        @WithDefault("2000")
        int maxAgreements();

        /** Right-hand side of event UIDs (RFC 5545 §3.8.4.7); keep it stable or subscribed calendars duplicate every event. */
        @WithDefault("bilateral.example")
        String uidDomain();

        /** Cache-Control max-age of the calendar, and the refresh interval it suggests to clients, in seconds. */
        @WithDefault("3600")
        int maxAgeSeconds();
    }
}
