package org.bilateral.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a start uses, trains or skips the AOT cache, and what makes a cache stale. */
class AotCacheTest {

    static final JavaRuntime JDK25 = new JavaRuntime(Path.of("/usr/lib/jvm/temurin-25"), "25.0.3+9-LTS");
    static final JavaRuntime JDK17 = new JavaRuntime(Path.of("/usr/lib/jvm/java-17"), "17.0.15+6");
    static final String OPTS = "-Xmx256m -Xms32m -XX:+UseSerialGC";

    @TempDir
    Path dir;

    @Test
    void jdk17AndASwitchedOffCacheStartPlainWhetherOrNotACacheExists() {
        assertEquals(AotCache.Mode.OFF, AotCache.decide(true, JDK17, true));
        assertEquals(AotCache.Mode.OFF, AotCache.decide(true, JDK17, false));
        assertEquals(AotCache.Mode.OFF, AotCache.decide(false, JDK25, true));
    }

    @Test
    void jdk25UsesAPresentCacheAndTrainsAMissingOne() {
        assertEquals(AotCache.Mode.USE, AotCache.decide(true, JDK25, true));
        assertEquals(AotCache.Mode.TRAIN, AotCache.decide(true, JDK25, false));
    }

    @Test
    void theKeyIsStableForTheSameBuildJdkAndOptions() throws IOException {
        Path app = app();
        assertEquals(AotCache.key(JDK25, OPTS, app), AotCache.key(JDK25, " -Xmx256m  -Xms32m -XX:+UseSerialGC ", app));
    }

    @Test
    void aRebuiltJarOfTheSameSizeAnotherJdkOrOtherOptionsChangeTheKey() throws IOException {
        Path app = app();
        String key = AotCache.key(JDK25, OPTS, app);
        assertNotEquals(key, AotCache.key(new JavaRuntime(JDK25.home(), "25.0.4+7-LTS"), OPTS, app), "a JDK update");
        assertNotEquals(key, AotCache.key(new JavaRuntime(Path.of("/opt/other-25"), JDK25.version()), OPTS, app), "another JDK of that version");
        assertNotEquals(key, AotCache.key(JDK25, "-Xmx256m -XX:+UseG1GC", app), "other JVM options");
        Files.writeString(app.resolve("lib/main/org.bilateral.data-support.jar"), "support v2");
        assertNotEquals(key, AotCache.key(JDK25, OPTS, app), "a library of the same name and size, rebuilt");
    }

    @Test
    void aCacheIsPresentOnlyOnceATrainingRunHasFinishedAndPublishedIt() throws IOException {
        AotCache cache = new AotCache("trade", dir, "0123456789abcdef");
        assertFalse(cache.present());
        Files.write(cache.trainingFile(), new byte[0]);
        assertFalse(cache.publish(), "an empty training output is no cache");
        assertFalse(cache.present());
        Files.writeString(cache.trainingFile(), "cache");
        assertFalse(cache.present(), "a training run still writing is not used");
        assertTrue(cache.publish());
        assertTrue(cache.present());
        assertFalse(Files.exists(cache.trainingFile()));
        assertEquals(AotCache.Mode.USE, cache.mode(true, JDK25));
    }

    @Test
    void publishingDeletesTheApplicationsCachesOfOtherKeysAndKeepsOtherApplications() throws IOException {
        AotCache old = new AotCache("trade", dir, "aaaaaaaaaaaaaaaa");
        Files.writeString(old.file(), "old");
        AotCache gateway = new AotCache("gateway", dir, "bbbbbbbbbbbbbbbb");
        Files.writeString(gateway.file(), "gateway");
        Files.writeString(dir.resolve("trade-notes.txt"), "not a cache");
        AotCache fresh = new AotCache("trade", dir, "cccccccccccccccc");
        Files.writeString(fresh.trainingFile(), "new");
        assertTrue(fresh.publish());
        assertFalse(Files.exists(old.file()));
        assertTrue(Files.exists(gateway.file()));
        assertTrue(Files.exists(dir.resolve("trade-notes.txt")));
        assertEquals("new", Files.readString(fresh.file()));
    }

    @Test
    void aRefusedCacheIsDiscardedSoTheNextStartTrainsAgain() throws IOException {
        AotCache cache = new AotCache("trade", dir, "0123456789abcdef");
        Files.writeString(cache.file(), "cache");
        cache.discard();
        assertEquals(AotCache.Mode.TRAIN, cache.mode(true, JDK25));
    }

    @Test
    void theJvmsAotErrorsAreRecognisedAndItsOtherOutputIsNot() {
        assertTrue(ServiceProcess.isAotCacheError("[0.014s][error][aot] An error has occurred while processing the AOT cache. Run with -Xlog:aot for details."));
        assertTrue(ServiceProcess.isAotCacheError("[0.014s][error][aot] Unable to map shared spaces"));
        assertFalse(ServiceProcess.isAotCacheError("[1.497s][warning][aot] Preload Warning: Verification failed for io.netty.handler.ssl.OpenSslClientContext"),
                "a class left out of a cache the JVM uses");
        assertFalse(ServiceProcess.isAotCacheError("2026-12-07 00:10:00,000 INFO  [io.quarkus] (main) trade-service started in 4.1s"));
        assertFalse(ServiceProcess.isAotCacheError("[0.100s][info][aot] Using AOT-linked classes: true"));
    }

    @Test
    void aTrainingRunGetsOtherPortsNoDatabaseAndNoServicesBehindTheGateway() {
        Map<String, String> service = AotTraining.trainingEnvironment(Map.of("QUARKUS_HTTP_PORT", "8081", "QUARKUS_MANAGEMENT_PORT", "9081",
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:15432/trade", "MP_JWT_VERIFY_ISSUER", "issuer"), 40001, 40002);
        assertEquals("40001", service.get("QUARKUS_HTTP_PORT"));
        assertEquals("40002", service.get("QUARKUS_MANAGEMENT_PORT"));
        assertEquals(AotTraining.NO_DATABASE, service.get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals("false", service.get("QUARKUS_FLYWAY_MIGRATE_AT_START"));
        assertEquals("false", service.get("BILATERAL_SEED_ENABLED"));
        assertEquals("issuer", service.get("MP_JWT_VERIFY_ISSUER"));

        Map<String, String> gateway = AotTraining.trainingEnvironment(Map.of("QUARKUS_HTTP_PORT", "8080",
                "TRADE_SERVICE_URL", "http://localhost:8081", "TRADE_SERVICE_MANAGEMENT_URL", "http://localhost:9081"), 40003, 40004);
        assertEquals("http://127.0.0.1:1", gateway.get("TRADE_SERVICE_URL"));
        assertEquals("http://127.0.0.1:1", gateway.get("TRADE_SERVICE_MANAGEMENT_URL"));
        assertFalse(gateway.containsKey("QUARKUS_DATASOURCE_JDBC_URL"));
    }

    private Path app() throws IOException {
        Path app = dir.resolve("quarkus-app");
        Files.createDirectories(app.resolve("lib/main"));
        Files.writeString(app.resolve("quarkus-run.jar"), "runner");
        Files.writeString(app.resolve("lib/main/org.bilateral.data-support.jar"), "support v1");
        return app;
    }
}
