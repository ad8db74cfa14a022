package org.bilateral.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the gateway is tuned by. The downstream base URLs come from TRADE_SERVICE_URL,
 * AGREEMENTS_SERVICE_URL and VENTURES_SERVICE_URL (see application.properties).
 */
@ConfigMapping(prefix = "bilateral.gateway")
public interface GatewayConfig {

    /** trade-service, routed at /api/v1/trade. */
    Downstream trade();

    /** agreements-service, routed at /api/v1/agreements. */
    Downstream agreements();

    /** ventures-service, routed at /api/v1/ventures. */
    Downstream ventures();

    Overview overview();

    RateLimit rateLimit();

    OpenApi openapi();

    /**
     * Reads that need a valid token with the editor (or admin) group, like a write: the paths under each service's
     * prefix that start with one of these. The services document them with a security requirement (a webhook
     * subscription belongs to the subject that created it); the gateway refuses them before they reach a service.
     */
    @WithDefault("/subscriptions")
    Set<String> protectedReads();

    interface Downstream {
        /** Base URL (scheme, host, port) of the service; set per service in application.properties from its *_SERVICE_URL. */
        URI url();

        /**
         * Base URL of the service's management interface (its own port: health and metrics are not on the public
         * one), where the gateway's readiness reads the service's readiness; set from *_SERVICE_MANAGEMENT_URL.
         */
        URI managementUrl();

        /** Longest a proxied call may wait for the service (response start, then between body chunks); then 504. */
        @WithDefault("10S")
        Duration timeout();

        /**
         * Exact paths whose answer legitimately comes late (a bulk import answers once its whole body is
         * stored); they wait up to {@link #slowTimeout()} instead of {@link #timeout()}.
         */
        Optional<Set<String>> slowPaths();

        /**
         * Change streams (.../changes/stream) pass through without the route timeout: a stream lives as long as
         * its client; only this long a silence (services send a heartbeat every 15 s) ends it.
         */
        @WithDefault("60S")
        Duration streamIdleTimeout();

        /** Route timeout of the slow paths. */
        @WithDefault("10M")
        Duration slowTimeout();

        /** Longest to wait for a TCP connection; then 502. */
        @WithDefault("2S")
        Duration connectTimeout();

        /** Most pooled connections to this service per event loop. */
        @WithDefault("50")
        int maxConnections();

        Breaker breaker();
    }

    /** Circuit breaker per downstream: after enough failures in the rolling window it opens and calls fail at once with 503. */
    interface Breaker {
        /** Size of the rolling window of calls the failure ratio is taken over. */
        @WithDefault("20")
        int requestVolumeThreshold();

        /** Failure ratio in the window that opens the breaker. */
        @WithDefault("0.5")
        double failureRatio();

        /** How long it stays open before letting a trial call through. */
        @WithDefault("10S")
        Duration delay();

        /** Successful trial calls needed to close it again. */
        @WithDefault("1")
        int successThreshold();
    }

    interface Overview {
        /** Each section of GET /api/v1/overview waits this long for its service, then is answered as degraded. */
        @WithDefault("3S")
        Duration timeout();

        @WithDefault("BY")
        String defaultReporter();

        @WithDefault("KZ")
        String defaultPartner();

        Cache cache();
    }

    /**
     * The overview's sections are kept per pair and day and served again until the gateway sees a change in the
     * service's change feed (it follows each service's /changes/stream); while it does not follow a service's feed
     * (not yet connected, cut off, service down) that service's section is fetched on every request. No timer expires them.
     */
    interface Cache {
        @WithDefault("true")
        boolean enabled();

        /** Pairs (and days) kept at most; past it the cache starts over. */
        @WithDefault("1000")
        int maxEntries();

        /** Wait before following a service's feed again after the stream ended or could not be opened. */
        @WithDefault("1S")
        Duration reconnectDelay();
    }

    /**
     * Token bucket per client (the verified token's subject, else the client address), IN MEMORY
     * PER REPLICA: with N replicas behind a load balancer a client gets up to N times the limit.
     */
    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Requests a client may make per period; also the burst size. */
        @WithDefault("300")
        int requests();

        @WithDefault("1M")
        Duration period();

        /** Clients tracked at most; idle buckets are dropped first. */
        @WithDefault("100000")
        int maxClients();
    }

    interface OpenApi {
        /** How long a fetched service document is served before it is fetched again. */
        @WithDefault("5M")
        Duration refresh();

        /** How long to wait for one service's document. */
        @WithDefault("3S")
        Duration fetchTimeout();
    }
}
