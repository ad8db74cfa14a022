package org.bilateral.gateway.service;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.bilateral.gateway.config.GatewayConfig;

/** The three services behind the gateway, each with its own connection pool and circuit breaker. */
@ApplicationScoped
public class Downstreams {

    private final Downstream trade;
    private final Downstream agreements;
    private final Downstream ventures;

    Downstreams(Vertx vertx, GatewayConfig config) {
        this.trade = create(vertx, "trade", config.trade());
        this.agreements = create(vertx, "agreements", config.agreements());
        this.ventures = create(vertx, "ventures", config.ventures());
    }

    private static Downstream create(Vertx vertx, String name, GatewayConfig.Downstream config) {
        HttpClientOptions options = new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxPoolSize(config.maxConnections())
                .setKeepAlive(true)
                .setKeepAliveTimeout(30)
                .setDecompressionSupported(false)
                .setName("gateway-" + name);
        return new Downstream(name, () -> vertx.createHttpClient(options), config);
    }

    public Downstream trade() {
        return trade;
    }

    public Downstream agreements() {
        return agreements;
    }

    public Downstream ventures() {
        return ventures;
    }

    public List<Downstream> all() {
        return List.of(trade, agreements, ventures);
    }

    public Optional<Downstream> named(String name) {
        return all().stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** Closes every breaker (operations and tests). */
    public void resetBreakers() {
        all().forEach(Downstream::resetBreaker);
    }

    @PreDestroy
    void close() {
        all().forEach(Downstream::close);
    }
}
