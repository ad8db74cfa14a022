package org.bilateral.trade.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import org.bilateral.support.problem.Problem;
import org.bilateral.support.request.RequestIds;
import org.bilateral.trade.config.TradeConfig;

/**
 * Quarkus has one body-size limit for all routes, raised to the bulk import's ceiling; this keeps
 * every other route (whose JSON bodies are read whole) at a tight limit, answered before any of the
 * body is read. Bodies sent without a Content-Length stay under the global limit only.
 */
@ApplicationScoped
public class BodyLimitFilter {

    static final String IMPORT_PATH = "/api/v1/trade/figures/import";

    void register(@Observes Filters filters, TradeConfig config, ObjectMapper mapper) {
        long limit = config.trade().otherMaxBodySize().asLongValue();
        filters.register(rc -> {
            String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && !IMPORT_PATH.equals(rc.normalizedPath()) && tooLong(length, limit)) {
                String body;
                try {
                    body = mapper.writeValueAsString(new Problem(URI.create("https://bilateral.example/problems/payload-too-large"),
                            "Payload too large", 413, "The body is larger than " + limit + " bytes", rc.normalizedPath(),
                            rc.request().getHeader(RequestIds.HEADER), null));
                } catch (Exception e) {
                    body = "{\"status\":413}";
                }
                rc.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close").end(body);
                return;
            }
            rc.next();
        }, 100);
    }

    private static boolean tooLong(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
