package org.bilateral.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import org.bilateral.gateway.config.GatewayConfig;

/**
 * A token bucket per client key: {@code requests} tokens, refilled evenly over {@code period}.
 * Held in memory, so the limit is per gateway replica (see GatewayConfig.RateLimit).
 */
@ApplicationScoped
public class RateLimiter {

    /** Whether a request may pass; when not, how many whole seconds until it could. */
    public record Decision(boolean allowed, long remaining, long retryAfterSeconds) {
    }

    private final boolean enabled;
    private final int capacity;
    private final double tokensPerNano;
    private final int maxClients;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(GatewayConfig config) {
        GatewayConfig.RateLimit limit = config.rateLimit();
        this.enabled = limit.enabled();
        this.capacity = Math.max(1, limit.requests());
        this.tokensPerNano = (double) capacity / Math.max(1, limit.period().toNanos());
        this.maxClients = Math.max(1, limit.maxClients());
    }

    public boolean enabled() {
        return enabled;
    }

    public int limit() {
        return capacity;
    }

    public Decision acquire(String key) {
        if (!enabled) {
            return new Decision(true, capacity, 0);
        }
        long now = System.nanoTime();
        if (buckets.size() >= maxClients && !buckets.containsKey(key)) {
            evictFull(now);
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.refill(now, capacity, tokensPerNano);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return new Decision(true, (long) Math.floor(bucket.tokens), 0);
            }
            double nanos = (1 - bucket.tokens) / tokensPerNano;
            return new Decision(false, 0, Math.max(1, (long) Math.ceil(nanos / 1_000_000_000d)));
        }
    }

    /** Drops the buckets of clients that have been idle long enough to be full again: forgetting them changes nothing. */
    private void evictFull(long now) {
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                e.getValue().refill(now, capacity, tokensPerNano);
                return e.getValue().tokens >= capacity;
            }
        });
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        void refill(long now, int capacity, double tokensPerNano) {
            tokens = Math.min(capacity, tokens + (now - updated) * tokensPerNano);
            updated = now;
        }
    }
}
