package org.bilateral.support.query;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.bilateral.support.problem.ApiException;
import org.hibernate.exception.JDBCConnectionException;
import org.bilateral.support.problem.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Persistence failures that have a meaning for the client, rather than a 500. */
public class PersistenceProblemMappers {

    /** A concurrent writer won the race: the client's version is stale, so 412 like a stale If-Match. */
    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri, HttpHeaders headers) {
        return ProblemMappers.respond(ApiException.preconditionFailed("(changed concurrently)"), uri, headers);
    }

    /** The database is unreachable: the request may succeed later, so 503 with Retry-After, not a 500. */
    @ServerExceptionMapper
    public Response databaseUnreachable(JDBCConnectionException e, UriInfo uri, HttpHeaders headers) {
        return ProblemMappers.respondRetryable(ApiException.unavailable("The database cannot be reached; retry later"), uri, headers);
    }
}
