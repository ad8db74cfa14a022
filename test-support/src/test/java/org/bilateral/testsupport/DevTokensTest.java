package org.bilateral.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.jwt.util.KeyUtils;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jose4j.json.JsonUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hostile tokens are hostile in exactly the one way each promises, and the good ones verify. */
class DevTokensTest {

    private static PublicKey devPublicKey;

    @BeforeAll
    static void readKey() throws Exception {
        devPublicKey = KeyUtils.readPublicKey("dev-jwt/publicKey.pem");
    }

    private static Map<String, Object> part(String token, int index) throws Exception {
        return JsonUtil.parseJson(new String(Base64.getUrlDecoder().decode(token.split("\\.", -1)[index]), StandardCharsets.UTF_8));
    }

    private static Map<String, Object> claims(String token) throws Exception {
        return part(token, 1);
    }

    private static boolean signedByDevKey(String token) throws Exception {
        String[] parts = token.split("\\.", -1);
        if (parts[2].isEmpty()) {
            return false;
        }
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(devPublicKey);
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return rs256.verify(Base64.getUrlDecoder().decode(parts[2]));
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    private static long seconds(Object claim) {
        return ((Number) claim).longValue();
    }

    @Test
    void editorTokenIsValidForTheApiAndCarriesTheEditorGroup() throws Exception {
        String token = DevTokens.editor();
        assertTrue(signedByDevKey(token));
        assertEquals("RS256", part(token, 0).get("alg"));
        Map<String, Object> c = claims(token);
        assertEquals(DevTokens.ISSUER, c.get("iss"));
        assertEquals(DevTokens.AUDIENCE, c.get("aud") instanceof List<?> l ? l.get(0) : c.get("aud"));
        assertEquals(List.of("editor"), c.get("groups"));
        assertTrue(seconds(c.get("exp")) > now() + 3000);
    }

    @Test
    void adminTokenAlsoCarriesTheEditorGroup() throws Exception {
        @SuppressWarnings("unchecked")
        List<String> groups = (List<String>) claims(DevTokens.admin()).get("groups");
        assertEquals(List.of("admin", "editor"), groups.stream().sorted().toList());
    }

    @Test
    void readerTokenHasNoWritingGroup() throws Exception {
        assertEquals(List.of("reader"), claims(DevTokens.reader()).get("groups"));
    }

    @Test
    void expiredTokenEndedBeyondAnyClockSkew() throws Exception {
        String token = DevTokens.expired();
        assertTrue(signedByDevKey(token));
        assertTrue(seconds(claims(token).get("exp")) <= now() - 3000);
    }

    @Test
    void notYetValidTokenStartsInTheFuture() throws Exception {
        String token = DevTokens.notYetValid();
        assertTrue(signedByDevKey(token));
        assertTrue(seconds(claims(token).get("nbf")) >= now() + 3000);
        assertTrue(seconds(claims(token).get("exp")) > seconds(claims(token).get("nbf")));
    }

    @Test
    void wrongIssuerAndAudienceTokensDifferOnlyThere() throws Exception {
        String issuer = DevTokens.wrongIssuer();
        assertTrue(signedByDevKey(issuer));
        assertFalse(DevTokens.ISSUER.equals(claims(issuer).get("iss")));
        String audience = DevTokens.wrongAudience();
        assertTrue(signedByDevKey(audience));
        assertEquals(DevTokens.ISSUER, claims(audience).get("iss"));
        assertFalse(String.valueOf(claims(audience).get("aud")).contains(DevTokens.AUDIENCE));
        String none = DevTokens.noAudience();
        assertTrue(signedByDevKey(none));
        assertFalse(claims(none).containsKey("aud"));
    }

    @Test
    void algNoneTokenIsUnsignedWithEditorClaims() throws Exception {
        String token = DevTokens.algNone();
        assertEquals("none", part(token, 0).get("alg"));
        assertTrue(token.endsWith("."));
        assertEquals(List.of("editor"), claims(token).get("groups"));
    }

    @Test
    void tamperedTokenClaimsAdminButItsSignatureNoLongerFits() throws Exception {
        String token = DevTokens.tampered();
        assertEquals(List.of("editor", "admin"), claims(token).get("groups"));
        assertFalse(signedByDevKey(token));
    }

    @Test
    void foreignKeyTokenIsWellFormedButNotSignedByTheDevKey() throws Exception {
        String token = DevTokens.foreignKey();
        assertEquals(List.of("editor"), claims(token).get("groups"));
        assertFalse(signedByDevKey(token));
    }

    @Test
    void bearerPrefixesTheScheme() {
        assertEquals("Bearer abc", DevTokens.bearer("abc"));
    }
}
