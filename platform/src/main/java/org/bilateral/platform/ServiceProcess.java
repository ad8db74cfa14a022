package org.bilateral.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One Quarkus application run from its built jar as a child process, its output prefixed with its name. Public for
 * the end-to-end tests that start (and kill) one service of their own.
 */
public final class ServiceProcess {

    private static final Path NICE = Path.of("/usr/bin/nice");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    /** The management interface's port, where readiness is polled (health is not on the API port). */
    final int managementPort;
    private final Path jar;
    private final Map<String, String> environment;
    private final Path java;
    private final List<String> javaOptions;
    private final PrintStream out;
    private Process process;
    private volatile boolean aotCacheRefused;
    private boolean lowPriority;
    /** How many nice steps its C2 compiler threads go below until {@link #jitNiceUntil} says stop, 0 for none ({@link CompilerThreads}). */
    private int jitNice;
    private BooleanSupplier jitNiceUntil;
    private Thread jitWatcher;
    private Thread pump;

    /** Runs on the launcher's own JVM. */
    public ServiceProcess(String name, int port, int managementPort, Path jar, Map<String, String> environment, String javaOptions, PrintStream out) {
        this(name, port, managementPort, jar, environment, JavaRuntime.running().java(), options(javaOptions), out);
    }

    ServiceProcess(String name, int port, int managementPort, Path jar, Map<String, String> environment, Path java, List<String> javaOptions,
            PrintStream out) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.jar = jar;
        this.environment = environment;
        this.java = java;
        this.javaOptions = List.copyOf(javaOptions);
        this.out = out;
    }

    /** Runs the process below the others' CPU priority (nice 10) where the system has nice: for work nobody waits for. */
    ServiceProcess lowPriority() {
        this.lowPriority = true;
        return this;
    }

    /**
     * Puts the JVM's C2 compiler threads {@code nice} steps below its other threads until {@code until} (0: leaves them);
     * only where {@link CompilerThreads#supported()}, which the caller asks once.
     */
    ServiceProcess jitNice(int nice, BooleanSupplier until) {
        this.jitNice = nice;
        this.jitNiceUntil = until;
        return this;
    }

    /** Waits until its C2 threads are back (after {@link #jitNiceUntil} said stop), at most {@code timeout}. */
    void awaitJitPriorityRestored(Duration timeout) throws InterruptedException {
        if (jitWatcher != null) {
            jitWatcher.join(Math.max(1, timeout.toMillis()));
        }
    }

    /** JVM options as one string (BILATERAL_JAVA_OPTS), split at white space. */
    static List<String> options(String javaOptions) {
        List<String> options = new ArrayList<>();
        for (String option : javaOptions.trim().split("\\s+")) {
            if (!option.isEmpty()) {
                options.add(option);
            }
        }
        return options;
    }

    public void start() throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(name + " is not built: " + jar + " is missing. Build with ./mvnw -B package -DskipTests"
                    + " (./bilateral does that for you)");
        }
        List<String> command = new ArrayList<>();
        if (lowPriority && Files.isExecutable(NICE)) {
            command.addAll(List.of(NICE.toString(), "-n", "10"));
        }
        command.add(java.toString());
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(jar.getParent().toFile());
        builder.environment().putAll(environment);
        process = builder.start();
        pump = new Thread(this::pumpOutput, name + "-log");
        pump.setDaemon(true);
        pump.start();
        if (jitNice > 0) {
            jitWatcher = CompilerThreads.watch(process, jitNice, jitNiceUntil, () -> out.println(String.format(
                    "%-10s| could not set its C2 compiler threads back to its own priority; they stay below (BILATERAL_JIT_NICE=0 leaves them alone)",
                    name)), name);
        }
    }

    private void pumpOutput() {
        String prefix = String.format("%-10s| ", name);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (isAotCacheError(line)) {
                    aotCacheRefused = true;
                }
                out.println(prefix + line);
            }
        } catch (IOException e) {
            // the process ended; its exit is reported by whoever waits for it
        }
    }

    /**
     * The JVM's own line when it cannot use the AOT cache it was given, e.g. {@code [0.014s][error][aot] An error has occurred
     * while processing the AOT cache}; it then carries on without one.
     */
    static boolean isAotCacheError(String line) {
        // errors only: the JVM also warns about single classes it leaves out (e.g. "Preload Warning: Verification failed for
        // ..."), and still uses the rest of the cache
        return line.startsWith("[") && line.contains("][aot]") && line.contains("][error");
    }

    /** Whether the JVM said it could not use the AOT cache it was given (it then started without). */
    boolean aotCacheRefused() {
        return aotCacheRefused;
    }

    /** Polls readiness until it is UP, the process dies, or the deadline passes. */
    public void awaitReady(Instant deadline) throws InterruptedException {
        await("/q/health/ready", deadline);
    }

    /** Polls a health path on the management port until it answers 200, the process dies, or the deadline passes. */
    void await(String healthPath, Instant deadline) throws InterruptedException {
        URI ready = URI.create("http://localhost:" + managementPort + healthPath);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + " before it was ready; see its log above");
            }
            try {
                HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep polling
            }
            // short: the gateway starts once the services are ready, so every poll interval adds to the platform's start
            Thread.sleep(100);
        }
        throw new IllegalStateException(name + " was not ready on " + ready + " in time");
    }

    /**
     * SIGTERM through the process handle, which leaves the output pipe open: {@link Process#destroy()} closes it, and a
     * JVM still writing (the AOT cache's assembly runs as a child JVM writing to the same output) would die of SIGPIPE.
     */
    void terminate() {
        process.toHandle().destroy();
    }

    /** Waits until the process's output has been copied out (after its exit), at most {@code timeout}. */
    void awaitOutput(Duration timeout) throws InterruptedException {
        if (pump != null) {
            pump.join(timeout.toMillis());
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public Process process() {
        return process;
    }

    /** SIGTERM, so Quarkus shuts down gracefully; forcibly only after the grace period. */
    public void stop(Duration grace) {
        if (process == null || !process.isAlive()) {
            return;
        }
        terminate();
        awaitStop(Instant.now().plus(grace), grace);
    }

    /** After {@link #terminate}: waits until the deadline, then stops the process forcibly (grace: what it was given). */
    void awaitStop(Instant deadline, Duration grace) {
        if (process == null) {
            return;
        }
        try {
            long left = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
            if (!process.waitFor(left, TimeUnit.MILLISECONDS)) {
                out.println(String.format("%-10s| did not stop within %ds, killing it", name, grace.toSeconds()));
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
