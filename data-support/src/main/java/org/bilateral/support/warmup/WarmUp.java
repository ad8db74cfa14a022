package org.bilateral.support.warmup;

import io.quarkus.vertx.http.HttpServer;
import io.quarkus.vertx.http.HttpServerStart;
import io.quarkus.vertx.http.HttpsServerStart;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Before a service reports ready it sends itself {@code bilateral.warm-up.duration} of GETs on its own HTTP port, a
 * few in flight at once, so the request path is compiled by the JIT before a client's first request (a JVM otherwise
 * serves its first ten seconds at a quarter of its steady rate). Readiness stays down while it runs; liveness and
 * start-up do not wait for it. The requests are ordinary ones: they show in the HTTP metrics and the access log
 * (User-Agent {@value #USER_AGENT}).
 */
@ApplicationScoped
@Readiness
public class WarmUp implements HealthCheck {

    static final String USER_AGENT = "bilateral-warm-up";
    private static final Logger LOG = Logger.getLogger(WarmUp.class);
    /** After a refused or failed request: the server is not taking requests yet, or is stopping. */
    private static final long RETRY_MILLIS = 100;

    enum State {
        OFF, WAITING, RUNNING, DONE
    }

    private final Vertx vertx;
    private final Instance<HttpServer> httpServer;
    private final WarmUpConfig config;
    private final String insecureRequests;
    private final List<String> paths;
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile State state;
    private final AtomicLong next = new AtomicLong();
    private final LongAdder ok = new LongAdder();
    private final LongAdder notFound = new LongAdder();
    private final LongAdder otherAnswers = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private volatile long tookMillis;

    WarmUp(Vertx vertx, Instance<HttpServer> httpServer, WarmUpConfig config,
            @ConfigProperty(name = "quarkus.http.insecure-requests", defaultValue = "enabled") String insecureRequests) {
        this.vertx = vertx;
        this.insecureRequests = insecureRequests;
        this.httpServer = httpServer;
        this.config = config;
        this.paths = config.paths().orElse(List.of());
        this.state = config.duration().isZero() || config.duration().isNegative() || paths.isEmpty() ? State.OFF : State.WAITING;
    }

    void onHttpServerStart(@ObservesAsync HttpServerStart start) {
        if (state == State.WAITING && started.compareAndSet(false, true)) {
            String host = start.options().getHost();
            try {
                // the port bound, which differs from the options' when they ask for a random one (0, as tests do)
                run(host == null || host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host, httpServer.get().getPort());
            } catch (RuntimeException e) {
                // a warm-up that cannot run must not keep the service out of its load balancer
                LOG.warn("Warm-up could not start; reporting ready without it", e);
                state = State.DONE;
            }
        }
    }

    /**
     * A service that serves HTTPS alone never sees {@link HttpServerStart}: the warm-up speaks plain HTTP, so it stands
     * aside rather than keep readiness down.
     */
    void onHttpsServerStart(@ObservesAsync HttpsServerStart start) {
        if (!"enabled".equals(insecureRequests) && state == State.WAITING && started.compareAndSet(false, true)) {
            LOG.warn("Warm-up skipped: it sends plain HTTP, and this service takes HTTPS only (quarkus.http.insecure-requests)");
            state = State.DONE;
        }
    }

    /** Loads host:port for the configured duration; readiness reports up when the last request has answered. */
    void run(String host, int port) {
        state = State.RUNNING;
        long begun = System.nanoTime();
        long deadline = begun + config.duration().toNanos();
        int connections = Math.max(1, config.connections());
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost(host).setDefaultPort(port),
                new PoolOptions().setHttp1MaxSize(connections));
        try {
            start(client, begun, deadline, connections);
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }

    private void start(HttpClient client, long begun, long deadline, int connections) {
        AtomicInteger running = new AtomicInteger(connections);
        Runnable finished = () -> {
            if (running.decrementAndGet() == 0) {
                tookMillis = (System.nanoTime() - begun) / 1_000_000;
                client.close();
                state = State.DONE;
                LOG.infof("Warm-up done: %d requests in %d ms (%d 2xx, %d 404, %d other answers, %d failed)", requests(), tookMillis,
                        ok.sum(), notFound.sum(), otherAnswers.sum(), failed.sum());
            }
        };
        for (int i = 0; i < connections; i++) {
            send(client, deadline, finished);
        }
    }

    private void send(HttpClient client, long deadline, Runnable finished) {
        if (System.nanoTime() - deadline >= 0) {
            finished.run();
            return;
        }
        long k = next.getAndIncrement();
        // every path in turn, and {n} moves on once per round, so each path meets every n
        String path = paths.get((int) (k % paths.size())).replace("{n}", Long.toString(1 + (k / paths.size()) % Math.max(1, config.ids())));
        // a request that hangs fails after a while rather than holding readiness down
        long timeout = config.requestTimeout().toMillis();
        client.request(new RequestOptions().setMethod(HttpMethod.GET).setURI(path).setConnectTimeout(timeout).setIdleTimeout(timeout))
                .compose(request -> request.putHeader("User-Agent", USER_AGENT).send())
                .compose(response -> response.body().map(body -> response.statusCode()))
                .onComplete(answer -> {
                    if (answer.succeeded()) {
                        int status = answer.result();
                        (status / 100 == 2 ? ok : status == 404 ? notFound : otherAnswers).increment();
                        send(client, deadline, finished);
                    } else {
                        failed.increment();
                        vertx.setTimer(RETRY_MILLIS, t -> send(client, deadline, finished));
                    }
                });
    }

    long requests() {
        return ok.sum() + notFound.sum() + otherAnswers.sum() + failed.sum();
    }

    State state() {
        return state;
    }

    @Override
    public HealthCheckResponse call() {
        State now = state;
        var response = HealthCheckResponse.named("warm-up").status(now == State.OFF || now == State.DONE).withData("state",
                now.name().toLowerCase());
        if (now != State.OFF) {
            response.withData("requests", requests()).withData("2xx", ok.sum()).withData("404", notFound.sum())
                    .withData("other answers", otherAnswers.sum()).withData("failed", failed.sum());
        }
        if (now == State.DONE) {
            response.withData("took ms", tookMillis);
        }
        return response.build();
    }
}
