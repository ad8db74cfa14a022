package org.bilateral.support.query;

import io.vertx.core.net.PemTrustOptions;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;

/**
 * The reactive client's connection, taken from the JDBC datasource's settings, so a deployment configures one
 * database with the standard names (QUARKUS_DATASOURCE_JDBC_URL, _USERNAME, _PASSWORD) and both clients follow it,
 * test profiles that move the URL or the schema included. Of the URL's parameters, {@code sslmode}, {@code ssl} and
 * {@code sslrootcert} are read as pgjdbc reads them; pgjdbc's other ones are left out.
 */
public final class PgOptions {

    private PgOptions() {
    }

    /**
     * The TimeZone setting pgjdbc gives its sessions for a Java zone id: the id itself, except that the sign of a
     * {@code GMT+hh:mm} id is turned around, since PostgreSQL reads such an offset the POSIX way (west of Greenwich).
     */
    static String postgresTimeZone(String javaId) {
        if (javaId.length() <= 3 || !javaId.startsWith("GMT")) {
            return javaId;
        }
        return switch (javaId.charAt(3)) {
            case '+' -> "GMT-" + javaId.substring(4);
            case '-' -> "GMT+" + javaId.substring(4);
            default -> javaId;
        };
    }

    /**
     * @param jdbcUrl {@code jdbc:postgresql://host[:port]/database[?parameters]}
     * @param schema the JDBC {@code currentSchema}, or null: becomes the connection's {@code search_path}
     */
    public static PgConnectOptions of(String jdbcUrl, String user, String password, String schema) {
        // the messages name the URL without its parameters, which may hold a password
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("point reads need a jdbc:postgresql:// URL, not " + withoutParameters(jdbcUrl));
        }
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("point reads need one host in the JDBC URL " + withoutParameters(jdbcUrl));
        }
        Map<String, String> params = parameters(uri.getRawQuery());
        PgConnectOptions options = new PgConnectOptions().setHost(uri.getHost()).setPort(uri.getPort() > 0 ? uri.getPort() : 5432)
                .setDatabase(uri.getPath().replaceFirst("^/", ""));
        String login = user != null ? user : params.get("user");
        String secret = password != null ? password : params.get("password");
        if (login != null) {
            options.setUser(login);
        }
        if (secret != null) {
            options.setPassword(secret);
        }
        Map<String, String> properties = new LinkedHashMap<>(options.getProperties());
        // as in pgjdbc, a parameter of the URL wins over the datasource's additional properties
        String searchPath = params.containsKey("currentSchema") ? params.get("currentSchema") : schema;
        if (searchPath != null && !searchPath.isBlank()) {
            properties.put("search_path", searchPath);
        }
        // the session runs in the JVM's zone, as pgjdbc's do: CURRENT_DATE is then the same day on both kinds of connection
        properties.put("TimeZone", postgresTimeZone(TimeZone.getDefault().getID()));
        options.setProperties(properties);
        // TLS as pgjdbc reads the same URL: no sslmode is prefer (ssl=true alone is verify-full); prefer and require
        // encrypt without checking the certificate; verify-ca and verify-full check it against sslrootcert
        SslMode mode = params.containsKey("sslmode") ? SslMode.of(params.get("sslmode"))
                : "true".equals(params.get("ssl")) ? SslMode.VERIFY_FULL : SslMode.PREFER;
        options.setSslMode(mode);
        if (mode == SslMode.VERIFY_CA || mode == SslMode.VERIFY_FULL) {
            if (params.containsKey("sslrootcert")) {
                options.setPemTrustOptions(new PemTrustOptions().addCertPath(params.get("sslrootcert")));
            }
            if (mode == SslMode.VERIFY_FULL) {
                options.setHostnameVerificationAlgorithm("HTTPS");
            }
        } else if (mode != SslMode.DISABLE) {
            options.setTrustAll(true);
        }
        return options;
    }

    private static String withoutParameters(String url) {
        return url == null ? null : url.replaceFirst("\\?.*", "");
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }
}
