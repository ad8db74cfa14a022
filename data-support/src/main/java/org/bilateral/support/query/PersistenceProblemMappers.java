package org.bilateral.support.query;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A concurrent writer won the race: the client's version is stale, so 412 like a stale If-Match. */
public class PersistenceProblemMappers {

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri, HttpHeaders headers) {
        return ProblemMappers.respond(ApiException.preconditionFailed("(changed concurrently)"), uri, headers);
    }
}
