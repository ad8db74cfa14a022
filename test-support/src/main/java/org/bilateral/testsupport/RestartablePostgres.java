package org.bilateral.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * A real PostgreSQL that a test may stop, kill and start again while a service uses it: a fixed
 * data directory and a fixed port, so a restarted server has the same data at the same address.
 * Separate from {@link EmbeddedPostgresResource}, whose shared server the other tests keep using.
 * Started lazily by {@link RestartableDatabaseProfile}; one per test JVM.
 */
public final class RestartablePostgres {

    private static Path dataDirectory;
    private static int port;
    private static EmbeddedPostgres server;

    private RestartablePostgres() {
    }

    /** The JDBC URL of the server, starting it the first time. */
    public static synchronized String jdbcUrl() {
        if (dataDirectory == null) {
            try {
                dataDirectory = Files.createTempDirectory("bilateral-restartable-pg");
                port = freePort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            start();
            Runtime.getRuntime().addShutdownHook(new Thread(RestartablePostgres::discard));
        }
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** Starts the server on its data directory and port; retries while a killed server's processes still hold them. */
    public static synchronized void start() {
        if (server != null) {
            return;
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                server = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .setPort(port)
                        // acknowledged means on disk: zonky turns synchronous commit off by default
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("max_connections", "100")
                        .setPGStartupWait(Duration.ofSeconds(30))
                        .start();
                return;
            } catch (IOException | RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("restartable PostgreSQL did not start again", e);
                }
                sleep(200);
            }
        }
    }

    /** Stops the server cleanly (fast shutdown: open sessions are ended, data is kept). */
    public static synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // close logs its own failures; the data directory is kept either way
            }
            server = null;
        }
    }

    /**
     * Kills the server abruptly, as a crash would: SIGKILL to the postmaster (its pid from
     * postmaster.pid) and to every process it forked, with no shutdown checkpoint. The next
     * {@link #start()} runs crash recovery from the write-ahead log.
     */
    public static synchronized void kill() {
        if (server == null) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no postmaster " + pid));
            List<ProcessHandle> children = postmaster.children().toList();
            postmaster.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
            postmaster.onExit().get();
            for (ProcessHandle child : children) {
                child.onExit().get();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not kill PostgreSQL", e);
        }
        // releases zonky's directory lock; its pg_ctl stop finds no server, which it only logs
        stop();
    }

    /** At JVM exit: the server stopped and its data directory removed. */
    private static synchronized void discard() {
        stop();
        try (var files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // a temporary directory; the JVM is exiting
        }
    }

    /** A direct connection to the server, for checks behind the service's back. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
