import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Mints a bearer token signed with the DEV key pair, which only the dev and test profiles trust.
 * JDK only, so it runs on a fresh machine:  java dev/DevToken.java [group ...] [--ttl=seconds] [--sub=name]
 * Default groups: editor. Example: java dev/DevToken.java editor admin
 */
public class DevToken {

    static final String ISSUER = "https://dev.bilateral.example/issuer";
    /** The audience every service and the gateway require (mp.jwt.verify.audiences). */
    static final String AUDIENCE = "bilateral-api";

    public static void main(String[] args) throws Exception {
        List<String> groups = new java.util.ArrayList<>();
        long ttl = 3600;
        String subject = "dev";
        for (String arg : args) {
            if (arg.startsWith("--ttl=")) {
                ttl = Long.parseLong(arg.substring(6));
            } else if (arg.startsWith("--sub=")) {
                subject = arg.substring(6);
            } else {
                groups.add(arg);
            }
        }
        if (groups.isEmpty()) {
            groups.add("editor");
        }
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject
                + "@dev.bilateral.example\",\"groups\":["
                + groups.stream().map(g -> "\"" + g + "\"").collect(Collectors.joining(","))
                + "],\"iat\":" + now + ",\"exp\":" + (now + ttl) + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        String signingInput = b64(header.getBytes(StandardCharsets.UTF_8)) + "." + b64(claims.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(privateKeyDer())));
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        System.out.println(signingInput + "." + b64(rsa.sign()));
    }

    /** Run from the project root; DEV_JWT_PRIVATE_KEY points elsewhere. */
    private static byte[] privateKeyDer() throws Exception {
        Path pem = Path.of(System.getenv().getOrDefault("DEV_JWT_PRIVATE_KEY", "dev/jwt/privateKey.pem"));
        String body = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
