package org.bilateral.testsupport;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * Bearer tokens signed with the dev key pair, as the dev and test profiles accept them, and the
 * hostile variants every write must refuse (expired, not yet valid, wrong issuer or audience,
 * unsigned, tampered, signed by another key).
 */
public final class DevTokens {

    public static final String ISSUER = "https://dev.bilateral.example/issuer";
    /** What mp.jwt.verify.audiences requires in every profile. */
    public static final String AUDIENCE = "bilateral-api";
    private static PrivateKey key;

    private DevTokens() {
    }

    public static String editor() {
        return withGroups("editor");
    }

    public static String admin() {
        return withGroups("editor", "admin");
    }

    /** A valid token without the groups writes need. */
    public static String reader() {
        return withGroups("reader");
    }

    public static String withGroups(String... groups) {
        return claims(groups).sign(privateKey());
    }

    /** An editor token whose lifetime ended an hour ago (beyond any clock-skew allowance). */
    public static String expired() {
        Instant now = Instant.now();
        return claims("editor").issuedAt(now.minusSeconds(7200)).expiresAt(now.minusSeconds(3600)).sign(privateKey());
    }

    /** An editor token whose not-before lies an hour ahead. */
    public static String notYetValid() {
        Instant now = Instant.now();
        return claims("editor").claim("nbf", now.plusSeconds(3600).getEpochSecond()).expiresAt(now.plusSeconds(7200))
                .sign(privateKey());
    }

    public static String wrongIssuer() {
        return claims("editor").issuer("https://attacker.example/issuer").sign(privateKey());
    }

    public static String wrongAudience() {
        return claims("editor").audience("some-other-api").sign(privateKey());
    }

    /** An editor token without any aud claim. */
    public static String noAudience() {
        return Jwt.issuer(ISSUER).subject("test-no-aud").upn("test@bilateral.example").groups(Set.of("editor"))
                .expiresIn(3600).sign(privateKey());
    }

    /** The editor claims with {@code "alg":"none"} and no signature, as an attacker would send them. */
    public static String algNone() {
        String claims = payload(editor());
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        return header + "." + claims + ".";
    }

    /** An editor token whose payload was changed after signing (groups widened to admin). */
    public static String tampered() {
        String[] parts = editor().split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"editor\"", "\"editor\",\"admin\"");
        return parts[0] + "." + b64(claims) + "." + parts[2];
    }

    /** A well-formed editor token signed by a key the services do not trust. */
    public static String foreignKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return claims("editor").sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private static JwtClaimsBuilder claims(String... groups) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("test-" + String.join("-", groups)).upn("test@bilateral.example")
                .groups(Set.of(groups)).expiresIn(3600);
    }

    private static String payload(String token) {
        return token.split("\\.")[1];
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    static synchronized PrivateKey privateKey() {
        if (key == null) {
            try {
                key = KeyUtils.readPrivateKey("dev-jwt/privateKey.pem");
            } catch (Exception e) {
                throw new IllegalStateException("dev private key not on the test classpath", e);
            }
        }
        return key;
    }
}
