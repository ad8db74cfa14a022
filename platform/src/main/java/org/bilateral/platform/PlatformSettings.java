package org.bilateral.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the launcher needs to know, read from environment variables with local defaults, so the
 * same names work in a shell, in CI and in the end-to-end tests.
 */
public record PlatformSettings(
        Path root,
        Path dataDirectory,
        int postgresPort,
        String externalJdbcUrl,
        String externalUser,
        String externalPassword,
        int gatewayPort,
        int tradePort,
        int agreementsPort,
        int venturesPort,
        int gatewayManagementPort,
        int tradeManagementPort,
        int agreementsManagementPort,
        int venturesManagementPort,
        String jwtPublicKeyLocation,
        String jwtIssuer,
        Duration readyTimeout,
        /** BILATERAL_JAVA_OPTS, or null for the defaults ({@link #javaOptionsFor}). */
        String javaOptions,
        String javaHome,
        String javaHomeFallback,
        boolean aotCache,
        Path aotDirectory,
        /** BILATERAL_JIT_NICE: how many nice steps the applications' C2 compiler threads go below while they start, 0 for none. */
        int jitNice) {

    public static final String DEV_ISSUER = "https://dev.bilateral.example/issuer";

    /**
     * The JVM options of each process unless BILATERAL_JAVA_OPTS says otherwise, sized by bench/scenario-5.sh. The heap
     * free ratios are the ones the images' run-java.sh sets (10/20): a full collection gives back heap beyond a fifth
     * free, where the JVM's defaults keep up to 70 % free. The smaller heap would shrink SerialGC's young generation
     * (a third of the heap) and collect it a third more often; 16 MB keeps it where it was (bench/README.md).
     */
    public static final String DEFAULT_JAVA_OPTIONS = "-Xmx256m -Xms32m -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:NewSize=16m";

    /**
     * Hands the C heap the JVM has freed (the JIT compilers' arenas, mostly) back to the system every 2 s; glibc keeps
     * it otherwise. 20-40 MB less RSS after load in bench/ (Performance II, sixth pass). Added to the defaults only where
     * the JVM knows the option (JDK 17 and 21 only in their later updates).
     */
    public static final String TRIM_NATIVE_HEAP = "-XX:TrimNativeHeapInterval=2000";

    public static PlatformSettings fromEnvironment(Map<String, String> env) {
        Path root = Path.of(env.getOrDefault("BILATERAL_HOME", ".")).toAbsolutePath().normalize();
        return new PlatformSettings(
                root,
                Path.of(env.getOrDefault("BILATERAL_DATA_DIR", root.resolve(".bilateral/postgres").toString())).toAbsolutePath(),
                port(env, "BILATERAL_POSTGRES_PORT", 15432),
                blankToNull(env.get("QUARKUS_DATASOURCE_JDBC_URL")),
                env.getOrDefault("QUARKUS_DATASOURCE_USERNAME", "postgres"),
                env.getOrDefault("QUARKUS_DATASOURCE_PASSWORD", "postgres"),
                port(env, "BILATERAL_GATEWAY_PORT", 8080),
                port(env, "BILATERAL_TRADE_PORT", 8081),
                port(env, "BILATERAL_AGREEMENTS_PORT", 8082),
                port(env, "BILATERAL_VENTURES_PORT", 8083),
                // health and metrics: each process's management interface, on a port of its own
                port(env, "BILATERAL_GATEWAY_MANAGEMENT_PORT", 9080),
                port(env, "BILATERAL_TRADE_MANAGEMENT_PORT", 9081),
                port(env, "BILATERAL_AGREEMENTS_MANAGEMENT_PORT", 9082),
                port(env, "BILATERAL_VENTURES_MANAGEMENT_PORT", 9083),
                env.getOrDefault("MP_JWT_VERIFY_PUBLICKEY_LOCATION", root.resolve("dev/jwt/publicKey.pem").toString()),
                env.getOrDefault("MP_JWT_VERIFY_ISSUER", DEV_ISSUER),
                Duration.ofSeconds(Long.parseLong(env.getOrDefault("BILATERAL_READY_TIMEOUT_SECONDS", "240"))),
                blankToNull(env.get("BILATERAL_JAVA_OPTS")),
                blankToNull(env.get("BILATERAL_JAVA_HOME")),
                blankToNull(env.get("JAVA_HOME")),
                switch (env.getOrDefault("BILATERAL_AOT_CACHE", "on").trim().toLowerCase(Locale.ROOT)) {
                    case "on", "true", "" -> true;
                    case "off", "false" -> false;
                    default -> throw new IllegalArgumentException("BILATERAL_AOT_CACHE must be on or off, not '" + env.get("BILATERAL_AOT_CACHE") + "'");
                },
                root.resolve(".bilateral/aot"),
                niceValue(env, "BILATERAL_JIT_NICE", 10));
    }

    /**
     * The JDK that runs the applications: BILATERAL_JAVA_HOME when set; else the first that takes an AOT cache (JDK 25+)
     * of the launcher's own JVM, JAVA_HOME and the newest JDK under /usr/lib/jvm (or macOS's JavaVirtualMachines); else
     * the launcher's own JVM.
     */
    public JavaRuntime jdk() {
        Map<String, String> env = new HashMap<>();
        if (javaHome != null) {
            env.put("BILATERAL_JAVA_HOME", javaHome);
        }
        if (javaHomeFallback != null) {
            env.put("JAVA_HOME", javaHomeFallback);
        }
        return JavaRuntime.choose(env, JavaRuntime.running(), JavaRuntime.INSTALL_ROOTS);
    }

    /** BILATERAL_JAVA_OPTS as given, else the defaults with the native-heap trim where this JVM takes it. */
    public String javaOptionsFor(JavaRuntime jdk) {
        if (javaOptions != null) {
            return javaOptions;
        }
        // every release from 22 has it; of 17 and 21 only later updates, so those are asked
        boolean trims = jdk.feature() >= 22 || jdk.accepts(TRIM_NATIVE_HEAP);
        return trims ? DEFAULT_JAVA_OPTIONS + " " + TRIM_NATIVE_HEAP : DEFAULT_JAVA_OPTIONS;
    }

    public boolean embeddedDatabase() {
        return externalJdbcUrl == null;
    }

    public boolean trustsDevKey() {
        return DEV_ISSUER.equals(jwtIssuer);
    }

    /** 0 (unchanged) to 19 (to the lowest priority). */
    private static int niceValue(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int nice;
        try {
            nice = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            nice = -1;
        }
        if (nice < 0 || nice > 19) {
            throw new IllegalArgumentException(name + " must be a number of nice steps from 0 (leave the compiler threads as they are) to 19, not '" + value + "'");
        }
        return nice;
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number between 1 and 65535, not '" + value + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
