package org.bilateral.e2e;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.bilateral.platform.Platform;
import org.bilateral.platform.PlatformSettings;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole platform, started ONCE for every test class of this module exactly as {@code ./bilateral}
 * starts it (the launcher's own {@link Platform}, the applications' built jars, embedded PostgreSQL),
 * on ports of its own so it never meets a platform a developer is running on 8080-8083.
 *
 * The data directory is under target/ and wiped first, so every run starts from the seed data.
 * It stops when JUnit closes its root store at the end of the run, or by the JVM shutdown hook if the run
 * is cut short. The launcher's output (every process's log lines, prefixed) goes to target/e2e-platform.log.
 */
public final class RunningPlatform implements BeforeAllCallback {

    public static final int GATEWAY_PORT = 18080;
    public static final int TRADE_PORT = 18081;
    public static final int AGREEMENTS_PORT = 18082;
    public static final int VENTURES_PORT = 18083;
    public static final int POSTGRES_PORT = 25432;
    /** Management interfaces (health, metrics) of the gateway and the three services. */
    public static final int GATEWAY_MANAGEMENT_PORT = 19080;
    public static final int TRADE_MANAGEMENT_PORT = 19081;
    public static final int AGREEMENTS_MANAGEMENT_PORT = 19082;
    public static final int VENTURES_MANAGEMENT_PORT = 19083;

    private static Platform platform;
    private static RuntimeException failedStart;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningPlatform.class, key -> start(), Stopper.class);
        if (failedStart != null) {
            throw failedStart;
        }
    }

    public static String gatewayUrl() {
        return url(GATEWAY_PORT);
    }

    /** The base URL of one service called directly: trade, agreements or ventures. */
    public static String serviceUrl(String service) {
        return url(platform.port(service));
    }

    private static String url(int port) {
        return "http://localhost:" + port;
    }

    public static Path buildDirectory() {
        return Path.of(System.getProperty("e2e.build.directory", "target")).toAbsolutePath().normalize();
    }

    public static Path repositoryRoot() {
        return Path.of(System.getProperty("e2e.repository.root", "..")).toAbsolutePath().normalize();
    }

    public static Path logFile() {
        return buildDirectory().resolve("e2e-platform.log");
    }

    private static synchronized Stopper start() {
        Path dataDirectory = buildDirectory().resolve("e2e-postgres");
        Map<String, String> env = Map.ofEntries(
                Map.entry("BILATERAL_HOME", repositoryRoot().toString()),
                Map.entry("BILATERAL_DATA_DIR", dataDirectory.toString()),
                Map.entry("BILATERAL_POSTGRES_PORT", Integer.toString(POSTGRES_PORT)),
                Map.entry("BILATERAL_GATEWAY_PORT", Integer.toString(GATEWAY_PORT)),
                Map.entry("BILATERAL_TRADE_PORT", Integer.toString(TRADE_PORT)),
                Map.entry("BILATERAL_AGREEMENTS_PORT", Integer.toString(AGREEMENTS_PORT)),
                Map.entry("BILATERAL_VENTURES_PORT", Integer.toString(VENTURES_PORT)),
                Map.entry("BILATERAL_GATEWAY_MANAGEMENT_PORT", Integer.toString(GATEWAY_MANAGEMENT_PORT)),
                Map.entry("BILATERAL_TRADE_MANAGEMENT_PORT", Integer.toString(TRADE_MANAGEMENT_PORT)),
                Map.entry("BILATERAL_AGREEMENTS_MANAGEMENT_PORT", Integer.toString(AGREEMENTS_MANAGEMENT_PORT)),
                Map.entry("BILATERAL_VENTURES_MANAGEMENT_PORT", Integer.toString(VENTURES_MANAGEMENT_PORT)),
                Map.entry("BILATERAL_READY_TIMEOUT_SECONDS", "180"),
                // the jars are new on every build, so there is never a cache to use; a background training run would
                // only take CPU from the tests (the launcher's cache decisions have unit tests in platform)
                Map.entry("BILATERAL_AOT_CACHE", "off"));
        try {
            deleteRecursively(dataDirectory);
            Files.createDirectories(buildDirectory());
            PrintStream log = new PrintStream(Files.newOutputStream(logFile()), true, StandardCharsets.UTF_8);
            platform = new Platform(PlatformSettings.fromEnvironment(env), log);
            Runtime.getRuntime().addShutdownHook(new Thread(RunningPlatform::stop, "e2e-platform-stop"));
            long started = System.nanoTime();
            platform.start();
            System.out.printf("[e2e] platform ready on gateway port %d after %d s (log: %s)%n",
                    GATEWAY_PORT, (System.nanoTime() - started) / 1_000_000_000L, logFile());
        } catch (Exception e) {
            stop();
            failedStart = new IllegalStateException("the platform did not start: " + e.getMessage() + " (see " + logFile() + ")", e);
        }
        return new Stopper();
    }

    private static synchronized void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Closed by JUnit when the whole run ends. */
    static final class Stopper implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            stop();
        }
    }
}
