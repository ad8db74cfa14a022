package org.bilateral.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The platform's PostgreSQL: an embedded server whose data directory survives restarts, with one
 * database per service, or an external server given by QUARKUS_DATASOURCE_* (the services then
 * share it, each in its own schema).
 */
final class Database implements AutoCloseable {

    private final PlatformSettings settings;
    private EmbeddedPostgres embedded;

    Database(PlatformSettings settings) {
        this.settings = settings;
    }

    void start(List<String> databases) throws IOException, SQLException {
        if (!settings.embeddedDatabase()) {
            return;
        }
        Files.createDirectories(settings.dataDirectory());
        // keep the data directory: a second run must find yesterday's data
        embedded = EmbeddedPostgres.builder()
                .setDataDirectory(settings.dataDirectory())
                .setCleanDataDirectory(false)
                .setPort(settings.postgresPort())
                // zonky turns synchronous commit off; a crashed server would then lose writes it had acknowledged
                .setServerConfig("synchronous_commit", "on")
                // three services, each with a JDBC pool (20) and the point reads' pool (16): 108 at most, over the default 100
                .setServerConfig("max_connections", "150")
                // zonky's own shutdown hook would stop the server the moment the launcher is told to stop, beside the
                // launcher's hook that stops the applications first: their last transactions met a closed connection
                .setRegisterShutdownHook(false)
                .start();
        try (Connection c = embedded.getPostgresDatabase().getConnection()) {
            for (String name : databases) {
                createIfMissing(c, name);
            }
        }
    }

    private static void createIfMissing(Connection c, String name) throws SQLException {
        try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (Statement create = c.createStatement()) {
            // names are the launcher's own constants, never user input
            create.execute("CREATE DATABASE " + name);
        }
    }

    String jdbcUrl(String database) {
        return settings.embeddedDatabase()
                ? "jdbc:postgresql://localhost:" + settings.postgresPort() + "/" + database
                : settings.externalJdbcUrl();
    }

    String user() {
        return settings.embeddedDatabase() ? "postgres" : settings.externalUser();
    }

    String password() {
        return settings.embeddedDatabase() ? "postgres" : settings.externalPassword();
    }

    String describe() {
        return settings.embeddedDatabase()
                ? "embedded PostgreSQL on port " + settings.postgresPort() + ", data in " + settings.dataDirectory()
                : "external PostgreSQL " + settings.externalJdbcUrl();
    }

    /** Stops the embedded server with a fast, clean shutdown (pg_ctl stop -m fast). */
    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }
}
