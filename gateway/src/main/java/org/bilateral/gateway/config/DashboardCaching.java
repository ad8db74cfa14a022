package org.bilateral.gateway.config;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The dashboard's page must be revalidated on every visit: it names the bundle files, whose names carry a content hash
 * and so may be cached (Quarkus serves them public and immutable). Without this, a browser could keep an old page that
 * points at bundle files a newer gateway no longer has.
 */
@ApplicationScoped
public class DashboardCaching {

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String path = rc.request().path();
            if (path.equals("/") || path.equals("/index.html")) {
                rc.addHeadersEndHandler(v -> rc.response().headers().set("Cache-Control", "no-cache"));
            }
            rc.next();
        }, 900);
    }
}
