package org.bilateral.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Starts a service whose database cannot be reached: port 9 has no PostgreSQL, and nothing touches it at start-up. */
public class UnreachableDatabaseProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:9/none",
                "quarkus.datasource.jdbc.acquisition-timeout", "1S",
                "quarkus.flyway.migrate-at-start", "false",
                "bilateral.seed.enabled", "false");
    }
}
