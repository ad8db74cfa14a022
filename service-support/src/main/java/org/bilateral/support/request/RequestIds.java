package org.bilateral.support.request;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
            String id = given != null && SANE.matcher(given).matches() ? given : newId();
            // Rewritten on the request too, so exception mappers and proxies see the same id.
            rc.request().headers().set(HEADER, id);
            rc.response().headers().set(HEADER, id);
            MDC.put(MDC_KEY, id);
            rc.addEndHandler(done -> MDC.remove(MDC_KEY));
            rc.next();
        }, 1000);
    }

    /**
     * A random (version 4) UUID from the thread's own generator. An id names a request in logs and
     * problems, it guards nothing, so it needs no SecureRandom: UUID.randomUUID() serialises every
     * request on one shared SecureRandom and hashes with SHA-1 (a visible share of a point read's
     * CPU in bench/profile.sh).
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & ~(0xC000_0000_0000_0000L)) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
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
