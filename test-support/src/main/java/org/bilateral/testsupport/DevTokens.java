package org.bilateral.testsupport;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.security.PrivateKey;
import java.util.Set;

/** Bearer tokens signed with the dev key pair, as the dev and test profiles accept them. */
public final class DevTokens {

    public static final String ISSUER = "https://dev.bilateral.example/issuer";
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
        return Jwt.issuer(ISSUER).subject("test-" + String.join("-", groups)).upn("test@bilateral.example")
                .groups(Set.of(groups)).expiresIn(3600).sign(privateKey());
    }

    public static String bearer(String token) {
        return "Bearer " + token;
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
