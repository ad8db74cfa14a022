package org.bilateral.support.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.ProblemType;

/**
 * Refuses a request whose declared body is larger than {@code bilateral.http.max-body-size} with a
 * 413 problem+json before any of it is read. Runs as an HTTP filter, ahead of Quarkus's own
 * ceiling check (which would answer an empty 413), so clients learn what the limit is. The paths
 * in {@code bilateral.http.large-body-paths} are left to that ceiling. The connection is closed
 * after the answer: the unread body must not be taken for the next request.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** After RequestIds (1000), so the problem carries the request id; before authentication and routing. */
    static final int PRIORITY = 990;

    private final long limit;
    private final Set<String> largeBodyPaths;
    private final ObjectMapper mapper;

    BodySizeLimit(HttpLimitsConfig config, ObjectMapper mapper) {
        this.limit = config.maxBodySize().asLongValue();
        this.largeBodyPaths = Set.copyOf(config.largeBodyPaths().orElse(List.of()));
        this.mapper = mapper;
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String declared = rc.request().getHeader("Content-Length");
            if (declared != null && tooLarge(declared) && !largeBodyPaths.contains(rc.request().path())) {
                rc.response().putHeader("Connection", "close");
                VertxProblems.send(rc, mapper, new ApiException(ProblemType.PAYLOAD_TOO_LARGE,
                        "The request body is larger than the limit of " + limit + " bytes", null));
                return;
            }
            rc.next();
        }, PRIORITY);
    }

    private boolean tooLarge(String declared) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            // Vert.x's HTTP codec refuses a malformed Content-Length itself
            return false;
        }
    }
}
