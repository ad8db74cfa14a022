package org.bilateral.platform;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the launcher checks before it starts anything, and how it reads its settings. */
class PlatformPreflightTest {

    @Test
    void defaultsAreTheDocumentedPortsAnEmbeddedDatabaseAndTheDevKey() {
        PlatformSettings s = PlatformSettings.fromEnvironment(Map.of("BILATERAL_HOME", "/opt/bilateral"));
        assertEquals(8080, s.gatewayPort());
        assertEquals(8081, s.tradePort());
        assertEquals(8082, s.agreementsPort());
        assertEquals(8083, s.venturesPort());
        // each process's management interface (health, metrics) on its own port, so the four do not clash
        assertEquals(9080, s.gatewayManagementPort());
        assertEquals(9081, s.tradeManagementPort());
        assertEquals(9082, s.agreementsManagementPort());
        assertEquals(9083, s.venturesManagementPort());
        assertTrue(s.embeddedDatabase());
        assertEquals(Path.of("/opt/bilateral/.bilateral/postgres"), s.dataDirectory());
        assertTrue(s.trustsDevKey());
        assertEquals("/opt/bilateral/dev/jwt/publicKey.pem", s.jwtPublicKeyLocation());
    }

    @Test
    void theAotCacheIsOnByDefaultUnderTheDataDirectoryAndCanBeSwitchedOff() {
        PlatformSettings s = PlatformSettings.fromEnvironment(Map.of("BILATERAL_HOME", "/opt/bilateral"));
        assertTrue(s.aotCache());
        assertEquals(Path.of("/opt/bilateral/.bilateral/aot"), s.aotDirectory());
        assertFalse(PlatformSettings.fromEnvironment(Map.of("BILATERAL_AOT_CACHE", "off")).aotCache());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PlatformSettings.fromEnvironment(Map.of("BILATERAL_AOT_CACHE", "sometimes")));
        assertTrue(e.getMessage().contains("BILATERAL_AOT_CACHE"), e.getMessage());
    }

    @Test
    void theCompilerThreadsGoToNiceTenUnlessToldOtherwiseAndANiceValueOutOfRangeIsRefusedByName() {
        assertEquals(10, PlatformSettings.fromEnvironment(Map.of()).jitNice());
        assertEquals(0, PlatformSettings.fromEnvironment(Map.of("BILATERAL_JIT_NICE", "0")).jitNice());
        assertEquals(19, PlatformSettings.fromEnvironment(Map.of("BILATERAL_JIT_NICE", " 19 ")).jitNice());
        for (String bad : List.of("-1", "20", "low")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> PlatformSettings.fromEnvironment(Map.of("BILATERAL_JIT_NICE", bad)));
            assertTrue(e.getMessage().contains("BILATERAL_JIT_NICE") && e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
    }

    @Test
    void anExternalDatabaseUrlReplacesTheEmbeddedOne() {
        PlatformSettings s = PlatformSettings.fromEnvironment(Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db:5432/bilateral",
                "QUARKUS_DATASOURCE_USERNAME", "app"));
        assertFalse(s.embeddedDatabase());
        Database db = new Database(s);
        assertEquals("jdbc:postgresql://db:5432/bilateral", db.jdbcUrl("trade"));
        assertEquals("app", db.user());
    }

    @Test
    void aPortThatIsNotANumberIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PlatformSettings.fromEnvironment(Map.of("BILATERAL_TRADE_PORT", "eighty")));
        assertTrue(e.getMessage().contains("BILATERAL_TRADE_PORT"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PlatformSettings.fromEnvironment(Map.of("BILATERAL_GATEWAY_PORT", "70000")));
    }

    @Test
    void aTakenPortIsReportedWithTheVariableThatMovesItBeforeAnythingStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            // every other component on a port that is free, so only the taken one can be reported
            PlatformSettings s = PlatformSettings.fromEnvironment(Map.of("BILATERAL_TRADE_PORT", Integer.toString(taken.getLocalPort()),
                    "BILATERAL_POSTGRES_PORT", freePort(), "BILATERAL_GATEWAY_PORT", freePort(),
                    "BILATERAL_AGREEMENTS_PORT", freePort(), "BILATERAL_VENTURES_PORT", freePort(),
                    "BILATERAL_DATA_DIR", "target/never-created"));
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            try (Platform platform = new Platform(s, new PrintStream(log))) {
                IllegalStateException e = assertThrows(IllegalStateException.class, platform::start);
                assertTrue(e.getMessage().contains("port " + taken.getLocalPort()), e.getMessage());
                assertTrue(e.getMessage().contains("BILATERAL_TRADE_PORT"), e.getMessage());
            }
            assertFalse(Path.of("target/never-created").toFile().exists(), "nothing was started or created");
        }
    }

    private static String freePort() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return Integer.toString(s.getLocalPort());
        }
    }

    @Test
    void aTakenManagementPortIsReportedWithItsVariable() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            java.util.Map<String, String> env = new java.util.HashMap<>();
            for (String v : new String[] {"POSTGRES", "GATEWAY", "TRADE", "AGREEMENTS", "VENTURES", "GATEWAY_MANAGEMENT",
                    "TRADE_MANAGEMENT", "AGREEMENTS_MANAGEMENT"}) {
                env.put("BILATERAL_" + v + "_PORT", freePort());
            }
            env.put("BILATERAL_VENTURES_MANAGEMENT_PORT", Integer.toString(taken.getLocalPort()));
            env.put("BILATERAL_DATA_DIR", "target/never-created");
            try (Platform platform = new Platform(PlatformSettings.fromEnvironment(env), new PrintStream(new ByteArrayOutputStream()))) {
                IllegalStateException e = assertThrows(IllegalStateException.class, platform::start);
                assertTrue(e.getMessage().contains("BILATERAL_VENTURES_MANAGEMENT_PORT"), e.getMessage());
            }
        }
    }

    @Test
    void aManagementPortOnAnApiPortIsRefused() {
        PlatformSettings s = PlatformSettings.fromEnvironment(Map.of("BILATERAL_GATEWAY_MANAGEMENT_PORT", "8081"));
        try (Platform platform = new Platform(s, new PrintStream(new ByteArrayOutputStream()))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, platform::start);
            assertTrue(e.getMessage().contains("same port"), e.getMessage());
        }
    }

    @Test
    void twoComponentsOnOnePortAreRefused() {
        PlatformSettings s = PlatformSettings.fromEnvironment(Map.of("BILATERAL_TRADE_PORT", "18090", "BILATERAL_VENTURES_PORT", "18090"));
        try (Platform platform = new Platform(s, new PrintStream(new ByteArrayOutputStream()))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, platform::start);
            assertTrue(e.getMessage().contains("same port"), e.getMessage());
        }
    }
}
