package org.bilateral.gateway.config;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The dashboard's page must be revalidated on every visit: it names the bundle files, whose names carry a content hash,
 * so a new build gets new names and the files themselves may be cached for a year in every profile. Without the
 * no-cache page, a browser could keep an old page that points at bundle files a newer gateway no longer has.
 */
@ApplicationScoped
public class DashboardCaching {

    /** Where the Web Bundler serves the bundle (quarkus.web-bundler.bundle-path, default static/bundle). */
    static final String BUNDLE = "/static/bundle/";

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String path = rc.request().path();
            if (path.equals("/") || path.equals("/index.html")) {
                rc.addHeadersEndHandler(v -> rc.response().headers().set("Cache-Control", "no-cache"));
            } else if (path.startsWith(BUNDLE)) {
                rc.addHeadersEndHandler(v -> {
                    if (rc.response().getStatusCode() == 200) {
                        rc.response().headers().set("Cache-Control", "public, max-age=31536000, immutable");
                    }
                });
            }
            rc.next();
        }, 900);
    }
}
