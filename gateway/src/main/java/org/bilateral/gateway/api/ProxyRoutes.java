package org.bilateral.gateway.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.bilateral.gateway.service.ChangeFeeds;
import org.bilateral.gateway.service.Downstream;
import org.bilateral.gateway.service.DownstreamFailure;
import org.bilateral.gateway.service.DownstreamProblems;
import org.bilateral.gateway.service.Downstreams;
import org.bilateral.support.http.VertxProblems;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.Problem;
import org.bilateral.support.request.RequestIds;
import org.jboss.logging.Logger;

/**
 * Pure prefix routing: /api/v1/trade/**, /api/v1/agreements/**, /api/v1/ventures/** go to their
 * service with the same path and query, headers and body streamed both ways by Vert.x's
 * vertx-http-proxy. Each call runs through the service's circuit breaker and answers within the
 * route timeout; failures become problem+json (502 unreachable or 5xx, 503 breaker open, 504 slow).
 */
@ApplicationScoped
public class ProxyRoutes {

    /** Runs after {@link ApiGate} (order 1000) and before Quarkus REST. */
    static final int ORDER = 1100;
    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);
    /** Methods that change nothing in the service; any other one relayed makes the overview re-read that service. */
    private static final Set<HttpMethod> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    /** Set by the gateway itself on every response; the service's copies would duplicate them. */
    private static final List<String> OWN_HEADERS = List.of(RequestIds.HEADER, "Access-Control-Allow-Origin",
            "Access-Control-Allow-Credentials", "Access-Control-Allow-Methods", "Access-Control-Allow-Headers",
            "Access-Control-Expose-Headers", "Access-Control-Max-Age");

    /** Headers of one connection, not of the message (HTTP/1.1's list and Proxy-Connection), besides those a Connection header names. */
    private static final List<String> HOP_BY_HOP = List.of("Connection", "Keep-Alive", "Proxy-Connection", "Proxy-Authenticate",
            "Proxy-Authorization", "TE", "Trailer", "Transfer-Encoding", "Upgrade");

    private final Downstreams downstreams;
    private final ChangeFeeds feeds;
    private final ObjectMapper mapper;

    ProxyRoutes(Downstreams downstreams, ChangeFeeds feeds, ObjectMapper mapper) {
        this.downstreams = downstreams;
        this.feeds = feeds;
        this.mapper = mapper;
    }

    void routes(@Observes Router router) {
        for (Downstream d : downstreams.all()) {
            router.route(d.prefix()).order(ORDER).handler(rc -> proxy(rc, d));
            router.route(d.prefix() + "/*").order(ORDER).handler(rc -> proxy(rc, d));
        }
    }

    /** Whether the path is one the proxy serves (the gate resumes other requests before passing them on). */
    boolean proxied(String path) {
        return downstreams.all().stream().anyMatch(d -> path.equals(d.prefix()) || path.startsWith(d.prefix() + "/"));
    }

    private void proxy(RoutingContext rc, Downstream d) {
        HttpServerRequest request = rc.request();
        Context context = Vertx.currentContext();
        ProxyRequest proxyRequest = ProxyRequest.reverseProxy(request);
        // first, so a Connection header cannot name away what the gateway adds below
        dropHopByHop(proxyRequest.headers());
        String requestId = request.getHeader(RequestIds.HEADER);
        if (requestId != null) {
            proxyRequest.putHeader(RequestIds.HEADER, requestId);
        }
        // The service sees its own host, as if called directly; the gateway's host travels in X-Forwarded-Host.
        proxyRequest.setAuthority(HostAndPort.create(d.host(), d.port()));
        String forwardedFor = proxyRequest.headers().get("X-Forwarded-For");
        // The peer appended is the connection's own (a trusted proxy's address, not the client it forwards for),
        // as X-Forwarded-For chains go; remoteAddress() is already the forwarded client when the peer is trusted.
        String client = request.connection() == null || request.connection().remoteAddress() == null ? null
                : request.connection().remoteAddress().host();
        if (client != null) {
            proxyRequest.putHeader("X-Forwarded-For", forwardedFor == null ? client : forwardedFor + ", " + client);
        }
        proxyRequest.putHeader("X-Forwarded-Proto", request.scheme());
        boolean write = !SAFE_METHODS.contains(request.method());

        d.<ProxyResponse>guarded(() -> d.client().request(d.options(request.method(), request.uri(), d.timeout(request.path())))
                .compose(proxyRequest::send)
                .recover(e -> Future.failedFuture(rc.response().closed() ? new Downstream.CallerGone(e) : e))
                .compose(response -> {
                    if (response.getStatusCode() >= 500) {
                        String type = response.headers().get("Content-Type");
                        boolean problem = type != null && type.startsWith(Problem.MEDIA_TYPE);
                        return Future.failedFuture(new DownstreamFailure(d, response.getStatusCode(),
                                d.serviceName() + " answered " + response.getStatusCode(), problem ? response : null));
                    }
                    return Future.succeededFuture(response);
                }).toCompletionStage())
                .whenComplete((response, failure) -> {
                    if (write) {
                        // the write is done (or its fate unknown): what the gateway keeps from this service is stale now,
                        // before the change feed says so, so the writer's next overview shows the write
                        feeds.changed(d);
                    }
                    if (Vertx.currentContext() == context) {
                        answer(rc, d, proxyRequest, response, failure);
                    } else {
                        context.runOnContext(v -> answer(rc, d, proxyRequest, response, failure));
                    }
                });
    }

    private void answer(RoutingContext rc, Downstream d, ProxyRequest proxyRequest, ProxyResponse response, Throwable failure) {
        if (rc.response().ended() || rc.response().closed()) {
            // the client went away meanwhile: nothing to answer, nothing to report
            proxyRequest.release();
            if (response != null) {
                response.release();
            }
            return;
        }
        if (failure == null) {
            relay(rc, d, response);
        } else {
            fail(rc, d, proxyRequest, failure);
        }
    }

    private void relay(RoutingContext rc, Downstream d, ProxyResponse response) {
        OWN_HEADERS.forEach(response.headers()::remove);
        dropHopByHop(response.headers());
        String location = response.headers().get("Location");
        if (location != null) {
            response.putHeader("Location", publicLocation(location, d, rc.request()));
        }
        response.send().onFailure(e -> LOG.warnf("Relaying the answer of %s to %s failed: %s", d.serviceName(),
                rc.request().path(), e.getMessage()));
    }

    private void fail(RoutingContext rc, Downstream d, ProxyRequest proxyRequest, Throwable failure) {
        Throwable cause = DownstreamProblems.unwrap(failure);
        if (cause instanceof DownstreamFailure f && f.passThrough() != null) {
            // The service's own problem+json (it carries the same request id): relayed unchanged.
            relay(rc, d, f.passThrough());
            return;
        }
        if (cause instanceof DownstreamFailure f && f.passThrough() == null) {
            LOG.warnf("%s answered %s to %s %s without a problem body; answered 502", d.serviceName(), f.status(),
                    rc.request().method(), rc.request().path());
        } else {
            LOG.warnf("%s failed on %s %s: %s", d.serviceName(), rc.request().method(), rc.request().path(), cause.toString());
        }
        proxyRequest.release();
        ApiException problem = DownstreamProblems.of(d, cause, d.timeout(rc.request().path()));
        if (problem.status() == 503) {
            rc.response().putHeader("Retry-After", Long.toString(Math.max(1, d.breakerDelay().toSeconds())));
        }
        VertxProblems.send(rc, mapper, problem);
    }

    /**
     * Drops the hop-by-hop headers: the standard ones and those a Connection header names (RFC 9110, 7.6.1: a proxy
     * removes them). vertx-http-proxy drops the standard ones from requests (and Transfer-Encoding from answers), never
     * the named ones; each of the gateway's own connections carries its own.
     */
    static void dropHopByHop(MultiMap headers) {
        for (String connection : headers.getAll("Connection")) {
            for (String option : connection.split(",")) {
                if (!option.isBlank()) {
                    headers.remove(option.trim());
                }
            }
        }
        HOP_BY_HOP.forEach(headers::remove);
    }

    /** A Location the service built on its own host is moved to the host the client called. */
    static String publicLocation(String location, Downstream d, HttpServerRequest request) {
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException e) {
            return location;
        }
        if (!uri.isAbsolute() || uri.getHost() == null || !uri.getHost().equalsIgnoreCase(d.host())
                || (uri.getPort() > 0 ? uri.getPort() : d.port()) != d.port()) {
            return location;
        }
        String rest = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        return request.scheme() + "://" + request.authority() + rest;
    }
}
