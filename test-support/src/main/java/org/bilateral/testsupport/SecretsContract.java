package org.bilateral.testsupport;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.http.ContentType;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Secrets never reach the logs: while requests carry bearer tokens (good and bad ones, so the
 * failure paths log too) and the database is connected to, every log record, with the security,
 * HTTP, JDBC and application loggers turned up to DEBUG, is captured and searched for the token and the
 * database password. A module's {@code @QuarkusTest} extends this with a write path and a read path.
 */
public abstract class SecretsContract {

    /** The management interface (health, metrics): its own port, not the API's. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    /** The JWT libraries quote rejected tokens at DEBUG; the application compiles that out (min-level), checked below. */
    private static final List<String> PINNED = List.of("io.smallrye.jwt", "io.quarkus.smallrye.jwt");
    private static final List<String> NOISY = List.of("io.quarkus.security",
            "io.quarkus.vertx.http", "io.agroal", "org.postgresql", "io.quarkus.agroal", "org.bilateral");

    private final String writePath;
    private final String readPath;

    protected SecretsContract(String writePath, String readPath) {
        this.writePath = writePath;
        this.readPath = readPath;
    }

    @Test
    void tokensAndPasswordsNeverAppearInTheLogs() {
        List<String> lines = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                StringBuilder line = new StringBuilder(String.valueOf(record.getMessage()));
                if (record.getParameters() != null) {
                    for (Object p : record.getParameters()) {
                        line.append(' ').append(p);
                    }
                }
                for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                    line.append(' ').append(t);
                }
                synchronized (lines) {
                    lines.add(line.toString());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        Map<String, Level> before = new HashMap<>();
        for (String name : NOISY) {
            before.put(name, Logger.getLogger(name).getLevel());
            Logger.getLogger(name).setLevel(Level.FINE);
        }
        root.addHandler(capture);
        String editor = DevTokens.editor();
        String tampered = DevTokens.tampered();
        String expired = DevTokens.expired();
        try {
            for (String token : List.of(editor, tampered, expired, DevTokens.algNone())) {
                given().header("Authorization", DevTokens.bearer(token)).contentType(ContentType.JSON).body("{\"x\":")
                        .when().post(writePath).then().statusCode(org.hamcrest.Matchers.lessThan(500));
                given().header("Authorization", DevTokens.bearer(token)).when().get(readPath).then().statusCode(200);
            }
            // readiness opens a database connection
            Management.given(management).when().get("/q/health/ready");
        } finally {
            root.removeHandler(capture);
            before.forEach((name, level) -> Logger.getLogger(name).setLevel(level));
        }
        List<String> secrets = new ArrayList<>();
        for (String token : List.of(editor, tampered, expired)) {
            secrets.add(token);
            secrets.add(token.substring(token.lastIndexOf('.') + 1)); // the signature alone
        }
        var config = ConfigProvider.getConfig();
        config.getOptionalValue("quarkus.datasource.password", String.class)
                .filter(p -> !p.equals(config.getOptionalValue("quarkus.datasource.username", String.class).orElse("")))
                .ifPresent(secrets::add);
        assertFalse(lines.isEmpty(), "the loggers were turned up, something must have been logged");
        for (String line : lines) {
            for (String secret : secrets) {
                assertFalse(line.contains(secret), "a secret in the log: " + line);
            }
            assertFalse(line.matches("(?s).*[Pp]assword=[^*\\s,;]+.*"), "a password in the log: " + line);
        }
    }

    @Test
    void theJwtLibrariesDebugOutputIsCompiledOut() {
        var config = ConfigProvider.getConfig();
        for (String category : PINNED) {
            String level = config.getOptionalValue("quarkus.log.category.\"" + category + "\".min-level", String.class).orElse("DEBUG");
            assertTrue(List.of("INFO", "WARN", "ERROR", "FATAL", "OFF").contains(level), category + " min-level is " + level);
        }
    }

    @Test
    void theAccessLogIfEnabledNeverRecordsTheAuthorizationHeader() {
        var config = ConfigProvider.getConfig();
        String pattern = config.getOptionalValue("quarkus.http.access-log.pattern", String.class).orElse("common");
        assertFalse(pattern.toLowerCase().contains("authorization"), "access log pattern records Authorization: " + pattern);
        assertTrue(List.of("common", "combined", "long").contains(pattern) || !pattern.contains("%{ALL_REQUEST_HEADERS}"),
                "access log pattern records every request header: " + pattern);
    }
}
