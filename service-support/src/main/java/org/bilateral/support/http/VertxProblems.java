package org.bilateral.support.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.Problem;
import org.bilateral.support.request.RequestIds;

/**
 * problem+json answers for plain Vert.x routes and filters, which run outside JAX-RS and so cannot
 * use ProblemMappers. Same body as ProblemResponses writes: same type URIs, instance = path, the request id.
 */
public final class VertxProblems {

    private VertxProblems() {
    }

    public static void send(RoutingContext rc, ObjectMapper mapper, ApiException e) {
        send(rc, mapper, e, rc.request().path());
    }

    /** Like {@link #send(RoutingContext, ObjectMapper, ApiException)} with the problem's instance given (null: none). */
    public static void send(RoutingContext rc, ObjectMapper mapper, ApiException e, String instance) {
        if (rc.response().ended()) {
            return;
        }
        if (rc.response().headWritten()) {
            rc.response().reset();
            return;
        }
        Problem body = Problem.of(e, instance, rc.request().getHeader(RequestIds.HEADER));
        String json;
        try {
            json = mapper.writeValueAsString(body);
        } catch (JsonProcessingException ex) {
            json = "{\"status\":" + e.status() + "}";
        }
        rc.response().setStatusCode(e.status()).putHeader("Content-Type", Problem.MEDIA_TYPE).end(json);
    }
}
