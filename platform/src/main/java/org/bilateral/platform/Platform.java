package org.bilateral.platform;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The whole platform on one machine: PostgreSQL first, then the three services (in parallel), then
 * the gateway once they are ready. Ctrl-C or SIGTERM stops everything in reverse order and
 * PostgreSQL last, cleanly. Usable as a main program and from the end-to-end tests.
 */
public final class Platform implements AutoCloseable {

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final String[] SERVICES = {"trade", "agreements", "ventures"};

    private final PlatformSettings settings;
    private final PrintStream out;
    private final Database database;
    private final List<ServiceProcess> started = new ArrayList<>();
    private final Map<ServiceProcess, AotCache> cacheUsed = new HashMap<>();
    private final List<AotTraining.Job> untrained = new ArrayList<>();
    private JavaRuntime jdk;
    /** The JVM options of every process on that JDK. */
    private String javaOptions;
    private AotTraining training;
    private volatile boolean closing;
    /** Set once the gateway is ready: the services' C2 threads stay below until then, so their deferred compiling does not slow the gateway's start. */
    private volatile boolean allReady;
    /** BILATERAL_JIT_NICE where this system lets the launcher set the threads back, else 0; decided once per start. */
    private int jitNice;

    public Platform(PlatformSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
        this.database = new Database(settings);
    }

    public static void main(String[] args) throws Exception {
        PlatformSettings settings;
        try {
            settings = PlatformSettings.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("bilateral: " + e.getMessage());
            System.exit(2);
            return;
        }
        Platform platform = new Platform(settings, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            platform.close();
            stopped.countDown();
        }, "platform-shutdown"));
        try {
            platform.start();
        } catch (Exception e) {
            System.err.println("bilateral: " + e.getMessage());
            System.exit(1);
        }
        platform.printAddresses();
        platform.exitWhenAChildDies();
        platform.trainAotCachesInBackground();
        stopped.await();
    }

    /** Starts everything and returns once the gateway is ready; fails fast with a clear message. */
    public void start() throws Exception {
        checkPortsAreFree();
        jdk = settings.jdk();
        javaOptions = settings.javaOptionsFor(jdk);
        jitNice = settings.jitNice() > 0 && CompilerThreads.supported() ? settings.jitNice() : 0;
        out.println("bilateral | applications run on " + jdk + " (" + javaOptions + "); " + describeAotCache() + describeJitPriority());
        out.println("bilateral | starting " + database.describe());
        database.start(List.of(SERVICES));
        Instant deadline = Instant.now().plus(settings.readyTimeout());
        List<ServiceProcess> services = new ArrayList<>();
        for (String service : SERVICES) {
            ServiceProcess p = process(service, servicePort(service), managementPort(service), serviceEnvironment(service));
            p.start();
            started.add(p);
            services.add(p);
        }
        for (ServiceProcess p : services) {
            p.awaitReady(deadline);
            out.println("bilateral | " + p.name + " ready on port " + p.port);
        }
        ServiceProcess gateway = process("gateway", settings.gatewayPort(), settings.gatewayManagementPort(), gatewayEnvironment());
        gateway.start();
        started.add(gateway);
        gateway.awaitReady(deadline);
        allReady = true;
        // back to full speed before anyone is told to send load
        Instant restoredBy = Instant.now().plusSeconds(5);
        for (ServiceProcess p : started) {
            p.awaitJitPriorityRestored(Duration.between(Instant.now(), restoredBy));
        }
        forgetRefusedCaches();
    }

    private String describeAotCache() {
        if (!settings.aotCache()) {
            return "AOT cache off (BILATERAL_AOT_CACHE=off)";
        }
        if (!jdk.takesAotCache()) {
            return "no AOT cache (it needs JDK " + JavaRuntime.AOT_CACHE_FEATURE + "+; set BILATERAL_JAVA_HOME to use one)";
        }
        return "AOT caches in " + settings.aotDirectory();
    }

    private String describeJitPriority() {
        if (settings.jitNice() == 0) {
            return "";
        }
        return jitNice > 0
                ? "; C2 compiler threads " + settings.jitNice() + " nice steps below until all are ready (BILATERAL_JIT_NICE)"
                : "; C2 compiler threads as they are (BILATERAL_JIT_NICE needs Linux and the right to undo it: CAP_SYS_NICE, e.g. root, or RLIMIT_NICE 20)";
    }

    /** A cache the JVM refused (it then started without) is deleted, so the next start trains a new one. */
    private void forgetRefusedCaches() {
        cacheUsed.forEach((p, cache) -> {
            if (p.aotCacheRefused()) {
                out.println("bilateral | " + p.name + " could not use its AOT cache; it is deleted and written anew after this start");
                cache.discard();
                untrained.add(new AotTraining.Job(p.name, jar(p.name), cache, trainingEnvironmentOf(p.name)));
            }
        });
    }

    /**
     * Writes the AOT caches this start found missing, in the background (JDK 25+ only). Called by the command-line
     * launcher once everything is ready; the end-to-end tests leave it out and start with the caches that exist.
     */
    public void trainAotCachesInBackground() {
        if (untrained.isEmpty() || closing) {
            return;
        }
        training = new AotTraining(jdk, ServiceProcess.options(javaOptions), untrained, out);
        training.startInBackground();
    }

    public void printAddresses() {
        String base = "http://localhost:" + settings.gatewayPort();
        out.println();
        out.println("bilateral | all ready.");
        out.println("bilateral |   Swagger UI:  " + base + "/q/swagger-ui");
        out.println("bilateral |   API:         " + base + "/api/v1/  (trade, agreements, ventures, overview)");
        out.println("bilateral |   OpenAPI:     " + base + "/q/openapi");
        out.println("bilateral |   services:    trade :" + settings.tradePort() + ", agreements :" + settings.agreementsPort()
                + ", ventures :" + settings.venturesPort());
        if (settings.trustsDevKey()) {
            out.println("bilateral |   writes trust the DEV key: TOKEN=$(java dev/DevToken.java editor)");
        }
        out.println("bilateral | Ctrl-C stops everything.");
    }

    public int port(String name) {
        return "gateway".equals(name) ? settings.gatewayPort() : servicePort(name);
    }

    private void exitWhenAChildDies() {
        Thread watcher = new Thread(() -> {
            for (ServiceProcess p : List.copyOf(started)) {
                p.process().onExit().thenAccept(done -> {
                    if (!closing) {
                        out.println("bilateral | " + p.name + " exited unexpectedly (code " + done.exitValue() + "); stopping the platform");
                        System.exit(1);
                    }
                });
            }
        }, "platform-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private void checkPortsAreFree() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        if (settings.embeddedDatabase()) {
            ports.put("PostgreSQL (BILATERAL_POSTGRES_PORT)", settings.postgresPort());
        }
        ports.put("gateway (BILATERAL_GATEWAY_PORT)", settings.gatewayPort());
        ports.put("trade-service (BILATERAL_TRADE_PORT)", settings.tradePort());
        ports.put("agreements-service (BILATERAL_AGREEMENTS_PORT)", settings.agreementsPort());
        ports.put("ventures-service (BILATERAL_VENTURES_PORT)", settings.venturesPort());
        ports.put("gateway management (BILATERAL_GATEWAY_MANAGEMENT_PORT)", settings.gatewayManagementPort());
        ports.put("trade-service management (BILATERAL_TRADE_MANAGEMENT_PORT)", settings.tradeManagementPort());
        ports.put("agreements-service management (BILATERAL_AGREEMENTS_MANAGEMENT_PORT)", settings.agreementsManagementPort());
        ports.put("ventures-service management (BILATERAL_VENTURES_MANAGEMENT_PORT)", settings.venturesManagementPort());
        if (ports.values().stream().distinct().count() < ports.size()) {
            throw new IllegalArgumentException("two components are configured on the same port: " + ports);
        }
        for (Map.Entry<String, Integer> e : ports.entrySet()) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(e.getValue()));
            } catch (BindException taken) {
                throw new IllegalStateException("port " + e.getValue() + " for " + e.getKey()
                        + " is already in use; stop what holds it or choose another port with that variable");
            } catch (IOException other) {
                throw new IllegalStateException("cannot check port " + e.getValue() + ": " + other.getMessage());
            }
        }
    }

    private int servicePort(String service) {
        return switch (service) {
            case "trade" -> settings.tradePort();
            case "agreements" -> settings.agreementsPort();
            case "ventures" -> settings.venturesPort();
            default -> throw new IllegalArgumentException(service);
        };
    }

    private int managementPort(String service) {
        return switch (service) {
            case "gateway" -> settings.gatewayManagementPort();
            case "trade" -> settings.tradeManagementPort();
            case "agreements" -> settings.agreementsManagementPort();
            case "ventures" -> settings.venturesManagementPort();
            default -> throw new IllegalArgumentException(service);
        };
    }

    private Map<String, String> serviceEnvironment(String service) {
        Map<String, String> env = commonEnvironment(servicePort(service), managementPort(service));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(service));
        env.put("QUARKUS_DATASOURCE_USERNAME", database.user());
        env.put("QUARKUS_DATASOURCE_PASSWORD", database.password());
        // a platform on one's own machine: webhook receivers there are plain http on loopback
        env.put("BILATERAL_WEBHOOKS_ALLOW_LOCAL_CALLBACKS", "true");
        return env;
    }

    private Map<String, String> gatewayEnvironment() {
        Map<String, String> env = commonEnvironment(settings.gatewayPort(), settings.gatewayManagementPort());
        env.put("TRADE_SERVICE_URL", "http://localhost:" + settings.tradePort());
        env.put("AGREEMENTS_SERVICE_URL", "http://localhost:" + settings.agreementsPort());
        env.put("VENTURES_SERVICE_URL", "http://localhost:" + settings.venturesPort());
        // the gateway's readiness reads each service's readiness on its management port
        env.put("TRADE_SERVICE_MANAGEMENT_URL", "http://localhost:" + settings.tradeManagementPort());
        env.put("AGREEMENTS_SERVICE_MANAGEMENT_URL", "http://localhost:" + settings.agreementsManagementPort());
        env.put("VENTURES_SERVICE_MANAGEMENT_URL", "http://localhost:" + settings.venturesManagementPort());
        return env;
    }

    private Map<String, String> commonEnvironment(int port, int managementPort) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", settings.jwtPublicKeyLocation());
        env.put("MP_JWT_VERIFY_ISSUER", settings.jwtIssuer());
        return env;
    }

    private Path jar(String name) {
        String module = "gateway".equals(name) ? "gateway" : name + "-service";
        return settings.root().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private Map<String, String> trainingEnvironmentOf(String name) {
        return "gateway".equals(name) ? gatewayEnvironment() : serviceEnvironment(name);
    }

    /** The process on the chosen JDK, with its AOT cache when there is one; a missing one is trained after the start. */
    private ServiceProcess process(String name, int port, int managementPort, Map<String, String> env) {
        Path jar = jar(name);
        List<String> options = ServiceProcess.options(javaOptions);
        AotCache cache = null;
        AotCache.Mode mode = AotCache.Mode.OFF;
        if (Files.isRegularFile(jar)) {
            cache = AotCache.of(name, settings.aotDirectory(), jar.getParent(), jdk, javaOptions);
            mode = cache.mode(settings.aotCache(), jdk);
        }
        if (mode == AotCache.Mode.USE) {
            options.add("-XX:AOTCache=" + cache.file());
        } else if (mode == AotCache.Mode.TRAIN) {
            untrained.add(new AotTraining.Job(name, jar, cache, env));
        }
        ServiceProcess p = new ServiceProcess(name, port, managementPort, jar, env, jdk.java(), options, out).jitNice(jitNice, () -> allReady || closing);
        if (mode == AotCache.Mode.USE) {
            cacheUsed.put(p, cache);
        }
        return p;
    }

    /** Gateway first, so no request reaches a stopping service through it; then the services; PostgreSQL last. */
    @Override
    public synchronized void close() {
        if (closing) {
            return;
        }
        closing = true;
        if (training != null) {
            training.close();
        }
        List<ServiceProcess> reverse = new ArrayList<>(started);
        Collections.reverse(reverse);
        List<ServiceProcess> services = new ArrayList<>();
        for (ServiceProcess p : reverse) {
            if ("gateway".equals(p.name)) {
                p.stop(STOP_GRACE);
            } else {
                services.add(p);
            }
        }
        // the services side by side, under one grace period: PostgreSQL waits for the slowest, not for their sum
        services.stream().filter(ServiceProcess::isAlive).forEach(ServiceProcess::terminate);
        Instant deadline = Instant.now().plus(STOP_GRACE);
        services.forEach(p -> p.awaitStop(deadline, STOP_GRACE));
        try {
            database.close();
            out.println("bilateral | stopped" + (settings.embeddedDatabase() ? "; PostgreSQL shut down cleanly" : ""));
        } catch (IOException e) {
            out.println("bilateral | PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
