package org.bilateral.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL stops when the launcher closes it, after the applications, and not before: a launcher told
 * to stop (SIGTERM, or Ctrl-C) runs its shutdown hook, which stops the applications first and the server last. Run in
 * a JVM of its own, since the test sends it SIGTERM.
 */
class DatabaseShutdownTest {

    @Test
    @Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void theServerOutlivesTheStopSignalUntilTheLauncherClosesIt(@TempDir Path data) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                StoppedLauncher.class.getName(), data.toString(), Integer.toString(port)).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
                if (line.equals("started")) {
                    // SIGTERM, as `kill` or a container runtime sends it (Process.destroy would also close this stream)
                    child.toHandle().destroy();
                }
            }
        } finally {
            child.destroyForcibly();
            stopLeftOverServer(data);
        }
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the launcher ended");
        assertTrue(lines.contains("started"), String.join("\n", lines));
        assertTrue(lines.contains("while the applications stop, the server answers: true"), String.join("\n", lines));
        assertTrue(lines.contains("closed"), String.join("\n", lines));
        assertEquals(143, child.exitValue(), "ended by its SIGTERM (128 + 15)");
    }

    @Test
    void aStartThatFailsNeverStopsAServerItDidNotStart(@TempDir Path data) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Map<String, String> env = Map.of("BILATERAL_DATA_DIR", data.toString(), "BILATERAL_POSTGRES_PORT", Integer.toString(port));
        String url = "jdbc:postgresql://localhost:" + port + "/postgres";
        try (Database running = new Database(PlatformSettings.fromEnvironment(env))) {
            running.start(List.of());
            // a second launcher on the same directory and port: its server cannot start, and what it cleans up after
            // its failed start must not be the first launcher's server
            Database second = new Database(PlatformSettings.fromEnvironment(env));
            assertThrows(Exception.class, () -> second.start(List.of()));
            second.close();
            assertTrue(StoppedLauncher.answers(url), "the first launcher's server still answers");
        }
        assertFalse(StoppedLauncher.answers(url), "closed by the launcher that started it");
    }

    /** A server a failed run left behind (it runs in a session of its own, so it outlives the child JVM). */
    private static void stopLeftOverServer(Path data) throws Exception {
        ProcessHandle.of(Database.postmasterPid(data)).ifPresent(server -> {
            server.destroy();
            server.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        });
    }

    /** A launcher in miniature: the embedded server, and a shutdown hook that stops "applications" (a wait) first. */
    public static final class StoppedLauncher {
        public static void main(String[] args) throws Exception {
            String url = "jdbc:postgresql://localhost:" + args[1] + "/postgres";
            Database database = new Database(PlatformSettings.fromEnvironment(Map.of("BILATERAL_DATA_DIR", args[0],
                    "BILATERAL_POSTGRES_PORT", args[1])));
            database.start(List.of());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    // as long as the applications take to stop: any hook that stops the server would have done so by now
                    Thread.sleep(1500);
                    System.out.println("while the applications stop, the server answers: " + answers(url));
                    database.close();
                    System.out.println("closed");
                } catch (InterruptedException | IOException e) {
                    System.out.println("failed: " + e);
                }
            }));
            System.out.println("started");
            Thread.sleep(Long.MAX_VALUE);
        }

        static boolean answers(String url) {
            try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
                return c.isValid(5);
            } catch (SQLException e) {
                return false;
            }
        }
    }
}
