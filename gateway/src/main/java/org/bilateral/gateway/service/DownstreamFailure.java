package org.bilateral.gateway.service;

import io.vertx.httpproxy.ProxyResponse;

/**
 * A service answered, but not with success: a 5xx counts against its circuit breaker, a 4xx does
 * not. A proxied 5xx that is already problem+json travels inside so it can still be passed on.
 */
public class DownstreamFailure extends RuntimeException {

    private final transient Downstream downstream;
    private final int status;
    private final transient ProxyResponse passThrough;

    public DownstreamFailure(Downstream downstream, int status, String message, ProxyResponse passThrough) {
        super(message, null, false, false);
        this.downstream = downstream;
        this.status = status;
        this.passThrough = passThrough;
    }

    public Downstream downstream() {
        return downstream;
    }

    public int status() {
        return status;
    }

    public boolean serverSide() {
        return status >= 500;
    }

    /** The service's own problem+json answer to relay unchanged, or null when it must be replaced. */
    public ProxyResponse passThrough() {
        return passThrough;
    }
}
