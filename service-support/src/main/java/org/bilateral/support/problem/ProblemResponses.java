package org.bilateral.support.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.bilateral.support.request.RequestIds;

/** The one way a problem becomes an HTTP response: problem+json with the path and the request id. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response respond(ApiException e, UriInfo uri, HttpHeaders headers) {
        Problem body = Problem.of(e, uri == null ? null : uri.getPath(), RequestIds.of(headers));
        return Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** Seconds a client should wait before retrying a 503 caused by an unreachable dependency. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** Like {@link #respond}, adding Retry-After when the failure is temporary (503). */
    public static Response respondRetryable(ApiException e, UriInfo uri, HttpHeaders headers) {
        Response r = respond(e, uri, headers);
        return e.status() == 503 ? Response.fromResponse(r).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build() : r;
    }
}
