package org.bilateral.gateway.service;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.ProblemType;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * What a failed call to a service means for the client: 503 while its breaker is open, 504 when it
 * was too slow, 502 when it could not be reached or answered with a server error. The detail names
 * the service but never its address or its error body.
 */
public final class DownstreamProblems {

    private DownstreamProblems() {
    }

    public static Throwable unwrap(Throwable t) {
        Throwable e = t;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    public static boolean isTimeout(Throwable t) {
        Throwable e = unwrap(t);
        return e instanceof TimeoutException || e.getClass().getSimpleName().contains("Timeout")
                || (e.getMessage() != null && e.getMessage().contains("timeout") && !(e instanceof ConnectException));
    }

    public static ApiException of(Downstream d, Throwable t) {
        return of(d, t, d.timeout());
    }

    /** The problem for a failed call that waited up to {@code timeout}. */
    public static ApiException of(Downstream d, Throwable t, Duration timeout) {
        Throwable e = unwrap(t);
        String service = d.serviceName();
        if (e instanceof CircuitBreakerOpenException) {
            return new ApiException(ProblemType.SERVICE_UNAVAILABLE, service
                    + " failed repeatedly, so calls to it are suspended for up to " + d.breakerDelay().toSeconds()
                    + " s; retry later", null);
        }
        if (e instanceof DownstreamFailure f) {
            return new ApiException(ProblemType.BAD_GATEWAY, service + " failed to answer the request (status "
                    + f.status() + ")", null);
        }
        if (isTimeout(e)) {
            return new ApiException(ProblemType.GATEWAY_TIMEOUT, service + " did not answer within "
                    + timeout.toMillis() + " ms", null);
        }
        if (e instanceof ConnectException || e instanceof UnknownHostException) {
            return new ApiException(ProblemType.BAD_GATEWAY, service + " could not be reached", null);
        }
        return new ApiException(ProblemType.BAD_GATEWAY, service + " closed the connection without a complete answer", null);
    }

    /** A short reason for a degraded overview section. */
    public static String reason(Downstream d, Throwable t) {
        ApiException problem = of(d, t);
        return problem.getMessage();
    }
}
