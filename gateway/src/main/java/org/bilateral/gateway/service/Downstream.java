package org.bilateral.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.bilateral.gateway.config.GatewayConfig;
import org.bilateral.support.request.RequestIds;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * One service behind the gateway: its base URL, its connection pool and its circuit breaker.
 * Every outbound call (proxied request, overview section, OpenAPI fetch) goes through
 * {@link #guarded}, so a dead service trips one breaker and then costs nothing.
 */
public final class Downstream {

    private final String name;
    private final String prefix;
    private final URI base;
    private final Supplier<HttpClient> clients;
    /**
     * One client per event loop. A pooled connection lives on the event loop that opened it; with one client shared by
     * all loops, a call made on one loop over a connection of another hands every write and every answer across
     * threads (a task queue and a wake-up each way). Each loop's own client opens its connections on that loop, so a
     * proxied call stays on the thread of the request it serves: about a fifth less CPU per proxied call in bench/
     * scenario 4 (see bench/README.md, Performance II).
     */
    private final Map<Thread, HttpClient> perEventLoop = new ConcurrentHashMap<>();
    /** For calls made off the event loops (health probes on worker threads, start-up). */
    private final HttpClient offLoop;
    private final GatewayConfig.Downstream config;
    private final Breaker breaker;

    Downstream(String name, Supplier<HttpClient> clients, GatewayConfig.Downstream config) {
        this.name = name;
        this.prefix = "/api/v1/" + name;
        this.base = config.url();
        this.clients = clients;
        this.offLoop = clients.get();
        this.config = config;
        this.breaker = new Breaker(config.breaker(), System::nanoTime);
    }

    /** Short name, also the path segment: trade, agreements, ventures. */
    public String name() {
        return name;
    }

    /** The service's name as operators know it, e.g. trade-service. */
    public String serviceName() {
        return name + "-service";
    }

    /** The path prefix routed to this service, e.g. /api/v1/trade. */
    public String prefix() {
        return prefix;
    }

    public URI base() {
        return base;
    }

    public String host() {
        return base.getHost();
    }

    public int port() {
        int port = base.getPort();
        return port > 0 ? port : ("https".equalsIgnoreCase(base.getScheme()) ? 443 : 80);
    }

    public boolean ssl() {
        return "https".equalsIgnoreCase(base.getScheme());
    }

    public Duration timeout() {
        return config.timeout();
    }

    /** Longest silence on a change stream (the services send a heartbeat well within it). */
    public Duration streamIdleTimeout() {
        return config.streamIdleTimeout();
    }

    /** The route timeout for one path: the stream idle timeout on change streams, the slow timeout on the configured slow paths. */
    public Duration timeout(String path) {
        if (path.endsWith("/changes/stream")) {
            return config.streamIdleTimeout();
        }
        return config.slowPaths().filter(paths -> paths.contains(path)).map(paths -> config.slowTimeout())
                .orElse(config.timeout());
    }

    public Duration breakerDelay() {
        return config.breaker().delay();
    }

    /** The client of the calling event loop (see {@link #perEventLoop}), or the one for other threads. */
    public HttpClient client() {
        if (!Context.isOnEventLoopThread()) {
            return offLoop;
        }
        return perEventLoop.computeIfAbsent(Thread.currentThread(), loop -> clients.get());
    }

    void close() {
        offLoop.close();
        perEventLoop.values().forEach(HttpClient::close);
    }

    public Breaker.State breakerState() {
        return breaker.state();
    }

    /** Closes the breaker and forgets its window (operations and tests). */
    public void resetBreaker() {
        breaker.reset();
    }

    /** Options for one request to this service; the timeout applies to the wait for each response chunk. */
    public RequestOptions options(HttpMethod method, String uri, Duration timeout) {
        return new RequestOptions().setMethod(method).setHost(host()).setPort(port()).setSsl(ssl()).setURI(uri)
                .setConnectTimeout(config.connectTimeout().toMillis()).setIdleTimeout(timeout.toMillis());
    }

    /** Options for one request to the service's management interface (health), outside the proxied routes. */
    public RequestOptions managementOptions(String uri, Duration timeout) {
        URI management = config.managementUrl();
        boolean tls = "https".equalsIgnoreCase(management.getScheme());
        int port = management.getPort() > 0 ? management.getPort() : (tls ? 443 : 80);
        return new RequestOptions().setMethod(HttpMethod.GET).setHost(management.getHost()).setPort(port).setSsl(tls).setURI(uri)
                .setConnectTimeout(config.connectTimeout().toMillis()).setIdleTimeout(timeout.toMillis());
    }

    /** Runs an asynchronous call through this service's circuit breaker. */
    public <T> CompletionStage<T> guarded(Supplier<CompletionStage<T>> call) {
        Breaker.Ticket ticket = breaker.admit();
        if (!ticket.admitted()) {
            return CompletableFuture.failedStage(new CircuitBreakerOpenException(serviceName() + " calls are suspended"));
        }
        CompletionStage<T> stage;
        try {
            stage = call.get();
        } catch (RuntimeException e) {
            breaker.record(ticket, countsAgainst(e));
            return CompletableFuture.failedStage(e);
        }
        // the outcome is recorded before the caller sees it, so the call after a failure already finds the breaker updated
        CompletableFuture<T> outcome = new CompletableFuture<>();
        stage.whenComplete((value, failure) -> {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            breaker.record(ticket, cause != null && countsAgainst(cause));
            if (cause == null) {
                outcome.complete(value);
            } else {
                outcome.completeExceptionally(cause);
            }
        });
        return outcome;
    }

    /**
     * A 4xx is the caller's fault, not the service's, and a caller who hung up says nothing about the service either:
     * neither counts against the breaker.
     */
    private static boolean countsAgainst(Throwable failure) {
        return !(failure instanceof CallerGone) && (!(failure instanceof DownstreamFailure f) || f.serverSide());
    }

    /** A call abandoned because the gateway's own caller closed its connection (the proxy then resets the call). */
    public static final class CallerGone extends RuntimeException {
        public CallerGone(Throwable cause) {
            super("the caller closed its connection", cause, false, false);
        }
    }

    /** GET a JSON document from this service, through the breaker; a non-2xx answer fails with {@link DownstreamFailure}. */
    public CompletionStage<JsonNode> getJson(String uri, String requestId, Duration timeout, ObjectMapper mapper) {
        return get(uri, requestId, timeout, mapper.readerFor(JsonNode.class));
    }

    /**
     * GET a JSON document from this service read as the reader's type, through the breaker; a non-2xx answer fails with
     * {@link DownstreamFailure}, an answer that does not read as that type with a 502 one (the service broke its contract).
     */
    public <T> CompletionStage<T> get(String uri, String requestId, Duration timeout, ObjectReader reader) {
        return guarded(() -> {
            Future<T> answer = client().request(options(HttpMethod.GET, uri, timeout)).compose(request -> {
                request.putHeader("Accept", "application/json");
                if (requestId != null) {
                    request.putHeader(RequestIds.HEADER, requestId);
                }
                return request.send();
            }).compose(response -> body(response, uri, reader));
            return answer.toCompletionStage();
        });
    }

    private <T> Future<T> body(HttpClientResponse response, String uri, ObjectReader reader) {
        return response.body().compose(buffer -> {
            int status = response.statusCode();
            if (status < 200 || status > 299) {
                return Future.failedFuture(new DownstreamFailure(this, status, "GET " + uri + " answered " + status, null));
            }
            try {
                return Future.succeededFuture(reader.readValue(buffer.getBytes()));
            } catch (IOException e) {
                return Future.failedFuture(new DownstreamFailure(this, 502, "GET " + uri + " did not answer the JSON it documents", null));
            }
        });
    }
}
