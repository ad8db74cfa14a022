package org.bilateral.support.query;

import io.vertx.core.net.PemTrustOptions;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reactive client's connection, taken from the JDBC datasource's settings, so a deployment configures one
 * database with the standard names (QUARKUS_DATASOURCE_JDBC_URL, _USERNAME, _PASSWORD) and both clients follow it,
 * test profiles that move the URL or the schema included. Of the URL's parameters, {@code sslmode} and
 * {@code sslrootcert} mean the same to both clients (verify-full also checks the host name); pgjdbc's own are left out.
 */
public final class PgOptions {

    private PgOptions() {
    }

    /**
     * @param jdbcUrl {@code jdbc:postgresql://host[:port]/database[?parameters]}
     * @param schema the JDBC {@code currentSchema}, or null: becomes the connection's {@code search_path}
     */
    public static PgConnectOptions of(String jdbcUrl, String user, String password, String schema) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("point reads need a jdbc:postgresql:// URL, not " + jdbcUrl);
        }
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("point reads need one host in the JDBC URL " + jdbcUrl);
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
        String searchPath = schema != null ? schema : params.get("currentSchema");
        if (searchPath != null && !searchPath.isBlank()) {
            Map<String, String> properties = new LinkedHashMap<>(options.getProperties());
            properties.put("search_path", searchPath);
            options.setProperties(properties);
        }
        String sslmode = params.get("sslmode");
        if (sslmode != null) {
            options.setSslMode(SslMode.of(sslmode));
        }
        if (params.containsKey("sslrootcert")) {
            options.setPemTrustOptions(new PemTrustOptions().addCertPath(params.get("sslrootcert")));
        }
        if ("verify-full".equals(sslmode)) {
            options.setHostnameVerificationAlgorithm("HTTPS");
        }
        return options;
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
