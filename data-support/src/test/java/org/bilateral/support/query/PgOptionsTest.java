package org.bilateral.support.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The point reads connect where the JDBC datasource does, with its TLS settings and schema. */
class PgOptionsTest {

    @Test
    void hostPortDatabaseAndCredentialsComeFromTheJdbcSettings() {
        PgConnectOptions o = PgOptions.of("jdbc:postgresql://db.internal:6543/trade?connectTimeout=2", "bilateral", "secret", null);
        assertEquals("db.internal", o.getHost());
        assertEquals(6543, o.getPort());
        assertEquals("trade", o.getDatabase());
        assertEquals("bilateral", o.getUser());
        assertEquals("secret", o.getPassword());
        assertNull(o.getProperties().get("connectTimeout"), "pgjdbc's own parameters are not sent to the server");
        assertEquals(SslMode.PREFER, o.getSslMode(), "no sslmode is pgjdbc's prefer");
        assertTrue(o.isTrustAll(), "prefer encrypts without checking the certificate, as pgjdbc does");
    }

    @Test
    void aUrlWithoutPortUsesPostgresqlsAndAUserInTheUrlIsTakenWhenNoneIsConfigured() {
        PgConnectOptions o = PgOptions.of("jdbc:postgresql://localhost/postgres?user=postgres", null, null, null);
        assertEquals(5432, o.getPort());
        assertEquals("postgres", o.getUser());
    }

    @Test
    void theSchemaBecomesTheSearchPathFromTheSettingOrTheUrl() {
        assertEquals("trade", PgOptions.of("jdbc:postgresql://db/trade", "u", "p", "trade").getProperties().get("search_path"));
        assertEquals("ventures", PgOptions.of("jdbc:postgresql://db/v?currentSchema=ventures", "u", "p", null).getProperties().get("search_path"));
    }

    @Test
    void theSessionRunsInTheJvmsZoneAsPgjdbcSetsIt() {
        assertEquals(PgOptions.postgresTimeZone(java.util.TimeZone.getDefault().getID()),
                PgOptions.of("jdbc:postgresql://db/trade", "u", "p", "trade").getProperties().get("TimeZone"));
        assertEquals("Europe/Minsk", PgOptions.postgresTimeZone("Europe/Minsk"));
        assertEquals("UTC", PgOptions.postgresTimeZone("UTC"));
        assertEquals("GMT", PgOptions.postgresTimeZone("GMT"));
        // PostgreSQL reads the offset of such a name west of Greenwich: pgjdbc turns the sign around, and so do the point reads
        assertEquals("GMT-03:00", PgOptions.postgresTimeZone("GMT+03:00"));
        assertEquals("GMT+05:30", PgOptions.postgresTimeZone("GMT-05:30"));
    }

    @Test
    void verifyFullTrustsTheRootCertificateAndChecksTheHostName() {
        PgConnectOptions o = PgOptions.of(
                "jdbc:postgresql://trade-db-rw:5432/trade?sslmode=verify-full&sslrootcert=/etc/bilateral/db-ca/ca.crt", "u", "p", null);
        assertEquals(SslMode.VERIFY_FULL, o.getSslMode());
        assertEquals(List.of("/etc/bilateral/db-ca/ca.crt"), o.getPemTrustOptions().getCertPaths());
        assertEquals("HTTPS", o.getHostnameVerificationAlgorithm());
    }

    @Test
    void requireEncryptsWithoutCheckingTheCertificateAsPgjdbcDoes() {
        PgConnectOptions o = PgOptions.of("jdbc:postgresql://db/trade?sslmode=require", "u", "p", null);
        assertEquals(SslMode.REQUIRE, o.getSslMode());
        assertTrue(o.isTrustAll());
        assertNull(o.getHostnameVerificationAlgorithm());
    }

    @Test
    void sslTrueAloneIsVerifyFullAndDisableIsPlain() {
        PgConnectOptions full = PgOptions.of("jdbc:postgresql://db/trade?ssl=true", "u", "p", null);
        assertEquals(SslMode.VERIFY_FULL, full.getSslMode());
        assertFalse(full.isTrustAll());
        assertEquals("HTTPS", full.getHostnameVerificationAlgorithm());
        PgConnectOptions plain = PgOptions.of("jdbc:postgresql://db/trade?sslmode=disable", "u", "p", null);
        assertEquals(SslMode.DISABLE, plain.getSslMode());
        assertFalse(plain.isTrustAll());
    }

    @Test
    void aSchemaInTheUrlWinsAsInPgjdbcAndNoMessageRepeatsTheUrlsParameters() {
        assertEquals("ventures", PgOptions.of("jdbc:postgresql://db/v?currentSchema=ventures", "u", "p", "other").getProperties().get("search_path"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PgOptions.of("jdbc:postgresql://a:5432,b:5432/trade?password=secret", null, null, null));
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }

    @Test
    void anotherDatabaseOrSeveralHostsAreRefusedByName() {
        assertThrows(IllegalArgumentException.class, () -> PgOptions.of("jdbc:h2:mem:x", "u", "p", null));
        assertThrows(IllegalArgumentException.class, () -> PgOptions.of("jdbc:postgresql://a:5432,b:5432/trade", "u", "p", null));
    }
}
