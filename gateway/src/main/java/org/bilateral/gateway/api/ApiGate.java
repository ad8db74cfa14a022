package org.bilateral.gateway.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;
import org.bilateral.gateway.config.GatewayConfig;
import org.bilateral.gateway.service.Downstreams;
import org.bilateral.gateway.service.RateLimiter;
import org.bilateral.support.http.VertxProblems;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.ProblemType;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * In front of every /api route (proxied or the gateway's own): verifies the bearer token with the
 * same smallrye-jwt parser and mp.jwt.verify.* settings the services use, limits the request rate per client (the token's
 * subject, else the client address), and refuses writes (and the protected reads, such as webhook subscriptions)
 * without a valid token carrying the editor (or admin) group. The services check again: defence in depth.
 */
@ApplicationScoped
public class ApiGate {

    static final int ORDER = 1000;
    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final RateLimiter limiter;
    private final ProxyRoutes proxy;
    private final ObjectMapper mapper;
    private final JWTParser parser;
    private final Vertx vertx;
    /** Full path prefixes of the protected reads, e.g. /api/v1/trade/subscriptions. */
    private final List<String> protectedReads;

    ApiGate(RateLimiter limiter, ProxyRoutes proxy, ObjectMapper mapper, JWTParser parser, Vertx vertx, Downstreams downstreams,
            GatewayConfig config) {
        this.limiter = limiter;
        this.proxy = proxy;
        this.mapper = mapper;
        this.parser = parser;
        this.vertx = vertx;
        this.protectedReads = downstreams.all().stream()
                .flatMap(d -> config.protectedReads().stream().map(read -> d.prefix() + read)).toList();
    }

    void routes(@Observes Router router) {
        router.route("/api/*").order(ORDER).handler(this::check);
    }

    private void check(RoutingContext rc) {
        // Hold the body until a route takes it: the checks below may finish on a later tick.
        String authorization = rc.request().getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            decide(rc, null, false);
            return;
        }
        rc.request().pause();
        String token = authorization.substring(7).trim();
        // Verification may fetch keys (JWKS), so it runs off the event loop; the answer comes back on it.
        vertx.<JsonWebToken>executeBlocking(() -> parser.parse(token), false).onComplete(result -> {
            if (result.succeeded()) {
                decide(rc, result.result(), false);
            } else {
                decide(rc, null, true);
            }
        });
    }

    private void decide(RoutingContext rc, JsonWebToken jwt, boolean badToken) {
        String subject = jwt == null ? null : jwt.getSubject();
        // remoteAddress() is the X-Forwarded-For client only when the peer is a trusted proxy (quarkus.http.proxy.*)
        String key = subject != null ? "sub:" + subject : "addr:" + (rc.request().remoteAddress() == null ? "?" : rc.request().remoteAddress().host());
        RateLimiter.Decision decision = limiter.acquire(key);
        if (limiter.enabled()) {
            rc.response().putHeader("RateLimit-Limit", Integer.toString(limiter.limit()));
            rc.response().putHeader("RateLimit-Remaining", Long.toString(decision.remaining()));
        }
        if (!decision.allowed()) {
            refuse(rc, new ApiException(ProblemType.TOO_MANY_REQUESTS,
                    "Request rate limit of " + limiter.limit() + " per client exceeded; retry after "
                            + decision.retryAfterSeconds() + " s", null), "Retry-After", Long.toString(decision.retryAfterSeconds()));
            return;
        }
        boolean needsEditor = WRITES.contains(rc.request().method()) || protectedRead(rc.request().path());
        // Other reads are public, as at the services: a read with a bad token is served as anonymous.
        if (needsEditor && (badToken || jwt == null)) {
            refuse(rc, new ApiException(ProblemType.UNAUTHORIZED, badToken
                    ? "The bearer token is not valid" : "This operation needs a valid bearer token", null), "WWW-Authenticate", "Bearer");
            return;
        }
        if (needsEditor && !jwt.getGroups().contains("editor") && !jwt.getGroups().contains("admin")) {
            refuse(rc, new ApiException(ProblemType.FORBIDDEN,
                    "The bearer token does not carry the group this operation needs", null), null, null);
            return;
        }
        if (!proxy.proxied(rc.request().path())) {
            rc.request().resume();
        }
        rc.next();
    }

    private boolean protectedRead(String path) {
        for (String read : protectedReads) {
            if (path.startsWith(read) && (path.length() == read.length() || path.charAt(read.length()) == '/')) {
                return true;
            }
        }
        return false;
    }

    private void refuse(RoutingContext rc, ApiException problem, String header, String value) {
        if (header != null) {
            rc.response().putHeader(header, value);
        }
        rc.request().resume();
        VertxProblems.send(rc, mapper, problem);
    }
}
