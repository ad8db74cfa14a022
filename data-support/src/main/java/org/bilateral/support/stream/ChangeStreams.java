package org.bilateral.support.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.bilateral.support.history.Change;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.ProblemType;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Opens live change streams: checks the request and the limits, replays what the consumer missed
 * from the revision table in SQL pages (waiting for it to drain between pages), then hands the
 * connection to the {@link ChangeHub} for live changes, without a gap or a duplicate between the two.
 */
@ApplicationScoped
public class ChangeStreams {

    private final ChangeHub hub;
    private final StreamConfig config;
    private final ObjectMapper mapper;
    private final SecurityIdentity identity;
    private final CurrentVertxRequest request;
    private final io.vertx.core.Vertx vertx;
    private final ConcurrentHashMap<String, Integer> perClient = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();

    ChangeStreams(ChangeHub hub, StreamConfig config, ObjectMapper mapper, SecurityIdentity identity, CurrentVertxRequest request,
            io.vertx.core.Vertx vertx) {
        this.vertx = vertx;
        this.hub = hub;
        this.config = config;
        this.mapper = mapper;
        this.identity = identity;
        this.request = request;
    }

    /** What the consumer asked for: where to start and which changes it wants. */
    public record Request(String lastEventId, Long since, List<String> entities, Predicate<Change> filter) {
    }

    /** The entity names a stream of this service may be filtered by, for validation and docs. */
    public List<String> entities() {
        return hub.source().feed().entities();
    }

    /**
     * Streams changes into the sink until the consumer leaves or is cut off. Throws (before anything is
     * written, so it becomes problem+json) on a bad cursor or entity (400) or a limit reached (429, 503).
     */
    public void open(SseEventSink sink, Sse sse, Request wanted) {
        long start = start(wanted);
        Set<String> entities = entities(wanted.entities());
        Predicate<Change> filter = c -> (entities.isEmpty() || entities.contains(c.resource()))
                && (wanted.filter() == null || wanted.filter().test(c));
        String client = client();
        reserve(client);
        StreamConnection connection;
        try {
            var current = request.getCurrent();
            connection = new StreamConnection(sink, sse, mapper, filter, config.bufferSize(), start, client, () -> release(client),
                    current == null ? null : current.request(),
                    hangUp -> vertx.setTimer(config.cutoffGrace().toMillis(), id -> hangUp.run()));
        } catch (RuntimeException e) {
            release(client);
            throw e;
        }
        try {
            // the headers go out now, so the consumer knows it is connected before the first change
            sink.send(sse.newEventBuilder().comment("stream of " + hub.source().service() + " changes after " + start).build());
            replayThenJoin(connection);
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private void replayThenJoin(StreamConnection connection) {
        long waitLimit = config.slowConsumerTimeout().toNanos();
        while (!connection.closed()) {
            long from = connection.position();
            List<Change> page = QuarkusTransaction.requiringNew()
                    .call(() -> hub.source().feed().after(from, config.pageSize()));
            if (page.isEmpty()) {
                if (hub.join(connection)) {
                    return;
                }
                pause(Math.max(5, config.pollInterval().toMillis() / 4));
                continue;
            }
            if (!connection.offer(page, waitLimit)) {
                return;
            }
        }
    }

    private long start(Request wanted) {
        String id = wanted.lastEventId();
        if (id != null && !id.isBlank()) {
            try {
                long cursor = Long.parseLong(id.trim());
                if (cursor >= 0) {
                    return cursor;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw ApiException.badRequest("Last-Event-ID", "must be the id of an event of this stream (a cursor, 0 or more)");
        }
        if (wanted.since() != null) {
            if (wanted.since() < 0) {
                throw ApiException.badRequest("since", "must be 0 or a cursor returned by this feed");
            }
            return wanted.since();
        }
        // neither: live from now on
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("SELECT coalesce(max(seq), 0) FROM revision").getSingleResult()).longValue());
    }

    private Set<String> entities(List<String> asked) {
        Set<String> out = new LinkedHashSet<>();
        if (asked == null) {
            return out;
        }
        List<String> known = entities();
        List<String> unknown = new ArrayList<>();
        for (String a : asked) {
            for (String name : a.split(",")) {
                String n = name.trim();
                if (n.isEmpty()) {
                    continue;
                }
                if (known.contains(n)) {
                    out.add(n);
                } else {
                    unknown.add(n);
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest("entity", "must be one of " + String.join(", ", known));
        }
        return out;
    }

    /** Whom the per-client limit counts: the token's subject, else the remote address. */
    String client() {
        if (identity != null && !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken jwt
                && jwt.getSubject() != null) {
            return "sub:" + jwt.getSubject();
        }
        var current = request.getCurrent();
        var address = current == null ? null : current.request().remoteAddress();
        return "addr:" + (address == null ? "unknown" : address.hostAddress());
    }

    private void reserve(String client) {
        perClient.compute(client, (c, n) -> {
            int open = n == null ? 0 : n;
            if (open >= config.maxPerClient()) {
                throw new ApiException(ProblemType.TOO_MANY_STREAMS,
                        "This client already has " + config.maxPerClient() + " open change streams; close one first", null);
            }
            return open + 1;
        });
        if (total.incrementAndGet() > config.maxTotal()) {
            total.decrementAndGet();
            perClient.computeIfPresent(client, (c, n) -> n <= 1 ? null : n - 1);
            throw ApiException.unavailable("This service already serves " + config.maxTotal() + " change streams; try again later");
        }
    }

    private void release(String client) {
        total.decrementAndGet();
        perClient.computeIfPresent(client, (c, n) -> n <= 1 ? null : n - 1);
    }

    /** Open streams of one client (tests and metrics). */
    public int openStreams(String client) {
        return perClient.getOrDefault(client, 0);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
