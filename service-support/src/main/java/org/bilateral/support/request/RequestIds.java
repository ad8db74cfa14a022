package org.bilateral.support.request;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is sane, else a new UUID.
 * Runs as an HTTP filter ahead of authentication and routing, so even a 401 or 404 carries it,
 * and puts it in the logging MDC as {@code requestId}.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String given = rc.request().getHeader(HEADER);
            String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
            // Rewritten on the request too, so exception mappers and proxies see the same id.
            rc.request().headers().set(HEADER, id);
            rc.response().headers().set(HEADER, id);
            MDC.put(MDC_KEY, id);
            rc.addEndHandler(done -> MDC.remove(MDC_KEY));
            rc.next();
        }, 1000);
    }

    /** The id of the request these headers belong to. */
    public static String of(HttpHeaders headers) {
        String id = headers == null ? null : headers.getHeaderString(HEADER);
        if (id == null) {
            Object fromMdc = MDC.get(MDC_KEY);
            id = fromMdc == null ? null : fromMdc.toString();
        }
        return id;
    }
}
