package org.bilateral.platform;

import java.nio.file.Path;
import java.time.Duration;
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
        String javaOptions) {

    public static final String DEV_ISSUER = "https://dev.bilateral.example/issuer";

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
                env.getOrDefault("BILATERAL_JAVA_OPTS", "-Xmx256m -Xms32m -XX:+UseSerialGC"));
    }

    public boolean embeddedDatabase() {
        return externalJdbcUrl == null;
    }

    public boolean trustsDevKey() {
        return DEV_ISSUER.equals(jwtIssuer);
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
