package org.bilateral.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The platform's PostgreSQL: an embedded server whose data directory survives restarts, with one
 * database per service, or an external server given by QUARKUS_DATASOURCE_* (the services then
 * share it, each in its own schema).
 */
final class Database implements AutoCloseable {

    /** initdb on a first start, crash recovery after an unclean stop: both can take a while on a busy machine. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final PlatformSettings settings;
    private EmbeddedPostgres embedded;
    /** Whether this launcher set a server going. */
    private boolean launched;
    /** The server the data directory's postmaster.pid named before this launcher started one, if any. */
    private long serverBefore = -1;

    Database(PlatformSettings settings) {
        this.settings = settings;
    }

    /** Synchronized with {@link #close}: a stop asked for while the server starts waits for it, then stops it. */
    synchronized void start(List<String> databases) throws IOException, SQLException {
        if (!settings.embeddedDatabase()) {
            return;
        }
        Files.createDirectories(settings.dataDirectory());
        serverBefore = postmasterPid(settings.dataDirectory());
        launched = true;
        try {
            // keep the data directory: a second run must find yesterday's data
            embedded = EmbeddedPostgres.builder()
                    .setDataDirectory(settings.dataDirectory())
                    .setCleanDataDirectory(false)
                    .setPort(settings.postgresPort())
                    .setPGStartupWait(STARTUP_WAIT)
                    // zonky turns synchronous commit off; a crashed server would then lose writes it had acknowledged
                    .setServerConfig("synchronous_commit", "on")
                    // three services, each with a JDBC pool (20) and the point reads' pool (16): 108 at most, over the default 100
                    .setServerConfig("max_connections", "150")
                    // zonky's own shutdown hook would stop the server the moment the launcher is told to stop, beside the
                    // launcher's hook that stops the applications first: their last transactions met a closed connection
                    .setRegisterShutdownHook(false)
                    .start();
        } catch (IOException | RuntimeException e) {
            // zonky set the server going and then gave up waiting for it: without its hook, nothing else would stop it
            try {
                stopServerLaunchedHere();
            } catch (IOException | RuntimeException notStopped) {
                e.addSuppressed(notStopped);
            }
            throw e;
        }
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
    public synchronized void close() throws IOException {
        if (embedded != null) {
            embedded.close();
            embedded = null;
        } else if (launched) {
            stopServerLaunchedHere();
        }
        launched = false;
    }

    /**
     * Stops the server of the data directory's postmaster.pid when this launcher started it: one that was there before
     * (another launcher's, on the same directory) is never touched. SIGTERM: PostgreSQL's smart shutdown, which nothing
     * connected holds up here.
     */
    private void stopServerLaunchedHere() throws IOException {
        long pid = postmasterPid(settings.dataDirectory());
        if (pid < 0 || pid == serverBefore) {
            return;
        }
        Optional<ProcessHandle> server = ProcessHandle.of(pid);
        if (server.isPresent()) {
            server.get().destroy();
            try {
                server.get().onExit().get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                throw new IOException("PostgreSQL (pid " + pid + ") did not stop within " + STOP_WAIT.toSeconds() + " s");
            }
        }
    }

    /** The pid in a data directory's postmaster.pid (its first line), or -1 when there is none. */
    static long postmasterPid(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return -1;
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException | NoSuchFileException e) {
            return -1;
        }
    }
}
