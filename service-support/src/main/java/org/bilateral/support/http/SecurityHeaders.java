package org.bilateral.support.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every response a service or the gateway sends, its own and (at the gateway)
 * proxied ones alike: set just before the headers go out, so they also replace any copy a
 * downstream sent. {@code nosniff} keeps a browser from reading JSON (which may carry stored
 * {@code <script>} text verbatim) as HTML.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** An API answers data, never a page: nothing may be loaded or framed. Swagger UI needs its own scripts and styles. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /**
     * The dashboard (/, its bundled assets under /static/): scripts and styles only from the gateway's own bundle files
     * (no 'unsafe-inline', no eval), data only from the gateway's own API, nothing framed or posted elsewhere.
     */
    static final String DASHBOARD_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    static final String UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; frame-ancestors 'none'";

    /** First of all filters, so answers other filters end early (413, 401, 429) carry the headers too. */
    static final int PRIORITY = 1010;

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            rc.addHeadersEndHandler(v -> {
                var headers = rc.response().headers();
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("X-Frame-Options", "DENY");
                headers.set("Referrer-Policy", "no-referrer");
                headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
                headers.set("Content-Security-Policy", policy(rc.request().path()));
            });
            rc.next();
        }, PRIORITY);
    }

    static String policy(String path) {
        if (path.startsWith("/q/swagger-ui")) {
            return UI_POLICY;
        }
        if (path.equals("/") || path.equals("/index.html") || path.startsWith("/static/")) {
            return DASHBOARD_POLICY;
        }
        return API_POLICY;
    }
}
