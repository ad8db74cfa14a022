package org.bilateral.platform;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Writes the missing AOT caches after the platform is ready, one application at a time, below the running services'
 * CPU priority, so a start never waits for a training run. Each training run starts the application on free ports
 * against no database (so its workers touch no data), waits until it is live, and stops it; the JVM writes the cache as it
 * exits, and the cache is published only once complete. The next start uses it.
 */
final class AotTraining implements AutoCloseable {

    /** The application's own start, then the JVM assembling the cache (a minute or more on a busy two-core machine). */
    private static final Duration LIVE_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration WRITE_TIMEOUT = Duration.ofMinutes(5);
    /** Nothing listens on port 1: the connection is refused at once. */
    static final String NO_DATABASE = "jdbc:postgresql://127.0.0.1:1/aot-training";

    /** One application to train: its cache and how to start it. */
    record Job(String name, Path jar, AotCache cache, Map<String, String> environment) {
    }

    private final JavaRuntime jdk;
    private final List<String> javaOptions;
    private final PrintStream out;
    private final List<Job> jobs;
    private volatile boolean closed;
    private volatile ServiceProcess current;
    private Thread thread;

    AotTraining(JavaRuntime jdk, List<String> javaOptions, List<Job> jobs, PrintStream out) {
        this.jdk = jdk;
        this.javaOptions = List.copyOf(javaOptions);
        this.jobs = List.copyOf(jobs);
        this.out = out;
    }

    /**
     * The environment of a training run: the application's own, on other ports, without a database, its migrations
     * and seed import off (they need one).
     */
    static Map<String, String> trainingEnvironment(Map<String, String> environment, int port, int managementPort) {
        Map<String, String> env = new HashMap<>(environment);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        if (env.containsKey("QUARKUS_DATASOURCE_JDBC_URL")) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", NO_DATABASE);
            env.put("QUARKUS_FLYWAY_MIGRATE_AT_START", "false");
            env.put("BILATERAL_SEED_ENABLED", "false");
        }
        // the gateway's services: unreachable too, so the training run forwards nothing
        env.replaceAll((k, v) -> k.endsWith("_SERVICE_URL") || k.endsWith("_SERVICE_MANAGEMENT_URL") ? "http://127.0.0.1:1" : v);
        return env;
    }

    void startInBackground() {
        if (jobs.isEmpty()) {
            return;
        }
        thread = new Thread(this::trainAll, "aot-training");
        thread.setDaemon(true);
        thread.start();
    }

    private void trainAll() {
        out.println("bilateral | writing AOT caches for the next start (" + jdk + ", in the background, below the services' priority)");
        for (Job job : jobs) {
            if (closed) {
                return;
            }
            try {
                train(job);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                out.println("bilateral | AOT cache of " + job.name() + " not written: " + e.getMessage() + " (see " + job.cache().trainingLog() + ")");
            } finally {
                job.cache().discardTraining();
            }
        }
    }

    private void train(Job job) throws Exception {
        AotCache cache = job.cache();
        Files.createDirectories(cache.file().getParent());
        cache.discardTraining();
        List<String> options = new ArrayList<>(javaOptions);
        options.add("-XX:AOTCacheOutput=" + cache.trainingFile());
        int port = freePort();
        int managementPort = freePort();
        int exitCode;
        try (PrintStream log = new PrintStream(Files.newOutputStream(cache.trainingLog()), true, StandardCharsets.UTF_8)) {
            ServiceProcess p = new ServiceProcess(job.name() + "-aot", port, managementPort, job.jar(),
                    trainingEnvironment(job.environment(), port, managementPort), jdk.java(), options, log).lowPriority();
            current = p;
            if (closed) {
                return;
            }
            p.start();
            p.await("/q/health/live", Instant.now().plus(LIVE_TIMEOUT));
            // SIGTERM: the application shuts down and the JVM writes the cache on its way out
            p.terminate();
            if (!p.process().waitFor(WRITE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                p.process().descendants().forEach(ProcessHandle::destroyForcibly);
                p.process().destroyForcibly();
                throw new IllegalStateException("the training run did not finish writing within " + WRITE_TIMEOUT.toMinutes() + " min");
            }
            p.awaitOutput(Duration.ofSeconds(10));
            exitCode = p.process().exitValue();
        } finally {
            current = null;
        }
        if (closed) {
            return;
        }
        if (!cache.publish()) {
            throw new IllegalStateException("the training run wrote no cache (exit code " + exitCode + ")");
        }
        out.println("bilateral | AOT cache of " + job.name() + " written (" + Files.size(cache.file()) / (1024 * 1024) + " MB); the next start uses it");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Stops a training run in progress; its partial cache is never published. */
    @Override
    public void close() {
        closed = true;
        ServiceProcess p = current;
        if (p != null && p.process() != null) {
            // the JVM assembles the cache in a child JVM of its own
            p.process().descendants().forEach(ProcessHandle::destroyForcibly);
            p.process().destroyForcibly();
        }
        if (thread != null) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
