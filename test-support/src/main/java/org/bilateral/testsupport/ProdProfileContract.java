package org.bilateral.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dev key pair is never active in production: the application's own application.properties with the shared
 * settings beneath it, resolved for the prod profile (as the packaged jar is), trusts no dev key and no dev issuer,
 * holds no signing key, requires an audience, and the built application contains no private key.
 * A plain JUnit test (no application start): a module extends it.
 */
public abstract class ProdProfileContract {

    /**
     * The module's application.properties (250) over every META-INF/microprofile-config.properties on the class path
     * (100), where the settings all processes share live, as the packaged application resolves them.
     */
    private static SmallRyeConfig prod() throws IOException {
        URL properties = Path.of("src/main/resources/application.properties").toUri().toURL();
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder().withProfile("prod")
                .withSources(new PropertiesConfigSource(properties, 250));
        for (URL shared : Collections.list(ProdProfileContract.class.getClassLoader().getResources("META-INF/microprofile-config.properties"))) {
            builder.withSources(new PropertiesConfigSource(shared, 100));
        }
        return builder.build();
    }

    @Test
    void theProdProfileTrustsNoDevKeyAndNoDevIssuer() throws IOException {
        SmallRyeConfig config = prod();
        for (String name : List.of("mp.jwt.verify.publickey.location", "mp.jwt.verify.publickey", "smallrye.jwt.verify.key.location",
                "mp.jwt.decrypt.key.location")) {
            config.getOptionalValue(name, String.class).ifPresent(value -> assertFalse(
                    value.contains("dev-jwt") || value.contains("dev/jwt") || value.contains("BEGIN PUBLIC KEY"),
                    name + " points at the dev key in prod: " + value));
        }
        assertFalse(config.getOptionalValue("mp.jwt.verify.issuer", String.class).orElse("").contains("dev."),
                "the prod issuer is not the dev issuer");
        assertEquals("bilateral-api", config.getOptionalValue("mp.jwt.verify.audiences", String.class).orElse(null),
                "prod requires the audience");
    }

    @Test
    void noSigningKeyOrPasswordIsConfiguredInTheApplication() throws IOException {
        SmallRyeConfig config = prod();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("smallrye.jwt.sign") || name.startsWith("smallrye.jwt.encrypt") || name.endsWith(".password")
                    || name.endsWith("secret") || name.endsWith(".private-key")) {
                throw new AssertionError(name + " is set in the application's configuration; secrets come from the environment");
            }
        }
    }

    @Test
    void theBuiltApplicationHoldsNoPrivateKey() throws IOException {
        Path classes = Path.of("target/classes");
        assertTrue(Files.isDirectory(classes), "run after compile");
        try (Stream<Path> files = Files.walk(classes)) {
            List<Path> keys = files.filter(p -> p.getFileName().toString().toLowerCase().contains("private")
                    || p.getFileName().toString().endsWith(".key") || p.getFileName().toString().endsWith(".p12")
                    || p.getFileName().toString().endsWith(".jks")).toList();
            assertEquals(List.of(), keys, "key material in the application's classes");
        }
        assertEquals(null, ProdProfileContract.class.getClassLoader().getResource("META-INF/resources/privateKey.pem"));
    }
}
