package org.bilateral.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A real PostgreSQL for tests: embedded binaries from Maven Central, started once per test JVM.
 * When QUARKUS_DATASOURCE_JDBC_URL is set, that server is used instead and nothing is returned
 * here, because properties a resource returns would override the environment.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres postgres;

    @Override
    public synchronized Map<String, String> start() {
        if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null) {
            return Map.of();
        }
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "100")
                        .setServerConfig("fsync", "off")
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresResource::shutdown));
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    /** The running server, for tests that need to reach it directly. */
    public static EmbeddedPostgres server() {
        return postgres;
    }

    @Override
    public void stop() {
        // Kept for the JVM's lifetime: test classes with other profiles reuse it; a shutdown hook stops it.
    }

    private static synchronized void shutdown() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the JVM is exiting
            }
            postgres = null;
        }
    }
}
