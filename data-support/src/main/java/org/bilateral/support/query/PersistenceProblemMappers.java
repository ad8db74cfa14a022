package org.bilateral.support.query;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.bilateral.support.problem.ProblemResponses;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Exact-type mappers for the persistence failures JAX-RS sees unwrapped; the meaning is {@link PersistenceProblems}'. */
public class PersistenceProblemMappers {

    private static final PersistenceProblems PROBLEMS = new PersistenceProblems();

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri, HttpHeaders headers) {
        return ProblemResponses.respondRetryable(PROBLEMS.translate(e), uri, headers);
    }

    @ServerExceptionMapper
    public Response databaseUnreachable(JDBCConnectionException e, UriInfo uri, HttpHeaders headers) {
        return ProblemResponses.respondRetryable(PROBLEMS.translate(e), uri, headers);
    }
}
