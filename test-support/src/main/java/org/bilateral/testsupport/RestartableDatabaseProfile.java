package org.bilateral.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Runs a service on {@link RestartablePostgres}, which the test may stop or kill and start again.
 * Everything else (pool, timeouts, validation) is the service's own configuration, as in production.
 */
public class RestartableDatabaseProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", RestartablePostgres.jdbcUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }
}
