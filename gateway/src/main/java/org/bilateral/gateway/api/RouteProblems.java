package org.bilateral.gateway.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;
import org.bilateral.support.http.VertxProblems;
import org.bilateral.support.problem.ApiException;

/**
 * problem+json answers for Vert.x routes (the proxy, the rate limit and token checks, the merged
 * OpenAPI), which run outside JAX-RS and so cannot use ProblemMappers; the shared
 * {@link VertxProblems} writes the same body ProblemMappers produces.
 */
final class RouteProblems {

    private RouteProblems() {
    }

    static void send(RoutingContext rc, ObjectMapper mapper, ApiException e) {
        VertxProblems.send(rc, mapper, e);
    }
}
