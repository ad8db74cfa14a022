package org.bilateral.support.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.bilateral.support.history.Change;

/**
 * One open stream. It remembers how far it has read the feed ({@link #position}), counts the
 * events written but not yet flushed to its socket, and is cut off, with a final {@code cutoff}
 * event naming where to resume, once that count passes the configured buffer.
 */
final class StreamConnection {

    private final SseEventSink sink;
    private final Sse sse;
    private final ObjectMapper mapper;
    private final Predicate<Change> filter;
    private final int bufferSize;
    final String client;
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Runnable onClose;
    private final HttpServerRequest request;
    private final Consumer<Runnable> timer;
    /** Every change up to this cursor has been read from the feed and, when it passed the filter, sent. */
    private volatile long position;
    private volatile long lastWriteNanos = System.nanoTime();

    StreamConnection(SseEventSink sink, Sse sse, ObjectMapper mapper, Predicate<Change> filter, int bufferSize,
            long position, String client, Runnable onClose, HttpServerRequest request, Consumer<Runnable> timer) {
        this.request = request;
        this.timer = timer;
        this.sink = sink;
        this.sse = sse;
        this.mapper = mapper;
        this.filter = filter;
        this.bufferSize = bufferSize;
        this.position = position;
        this.client = client;
        this.onClose = onClose;
    }

    long position() {
        return position;
    }

    int pending() {
        return pending.get();
    }

    boolean closed() {
        if (!closed.get() && sink.isClosed()) {
            close();
        }
        return closed.get();
    }

    /**
     * Sends the changes after this connection's position that pass its filter, in order. Called by
     * one thread at a time (the replaying request, then the hub's poller). A full buffer cuts the
     * consumer off at once when live (the poller serves everyone and waits for no one); while
     * replaying ({@code patience} > 0) the request's own thread waits that long for it to drain first.
     * False once cut off or closed.
     */
    boolean offer(List<Change> changes, long patienceNanos) {
        for (Change c : changes) {
            if (closed()) {
                return false;
            }
            if (c.cursor() <= position) {
                continue;
            }
            if (filter.test(c)) {
                if (pending.get() >= bufferSize && !drained(patienceNanos)) {
                    cutOff("the consumer read too slowly: " + bufferSize + " events waited to be sent");
                    return false;
                }
                write(sse.newEventBuilder().id(Long.toString(c.cursor()))
                        .name(c.resource() + "." + c.operation().name().toLowerCase(Locale.ROOT))
                        .data(String.class, json(c)).build());
            }
            position = c.cursor();
        }
        return true;
    }

    /** Waits up to the patience for the buffer to empty to half; false when it did not. */
    private boolean drained(long patienceNanos) {
        long deadline = System.nanoTime() + patienceNanos;
        while (pending.get() > bufferSize / 2) {
            if (patienceNanos <= 0 || System.nanoTime() > deadline || closed()) {
                return false;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    void heartbeatIfIdle(long idleNanos) {
        if (!closed() && System.nanoTime() - lastWriteNanos >= idleNanos && pending.get() < bufferSize) {
            write(sse.newEventBuilder().comment("heartbeat").build());
        }
    }

    /**
     * Ends the stream with a last event carrying the position as its id (what EventSource sends back as
     * Last-Event-ID), so the consumer resumes exactly after what it received.
     */
    void cutOff(String reason) {
        if (closed.get()) {
            return;
        }
        String body;
        try {
            body = mapper.writeValueAsString(Map.of("reason", reason, "resumeFrom", position));
        } catch (JsonProcessingException e) {
            body = "{}";
        }
        sink.send(sse.newEventBuilder().id(Long.toString(position)).name("cutoff")
                .data(String.class, body).build()).whenComplete((ok, failure) -> hangUp());
        closed.set(true);
        onClose.run();
        // a consumer that reads nothing at all never lets the last event through: its connection goes anyway
        if (timer != null) {
            timer.accept(this::hangUp);
        }
    }

    /** Ends the response and drops the connection: a consumer cut off reconnects anew. */
    private void hangUp() {
        close();
        if (request != null && !request.response().closed()) {
            request.connection().close();
        }
    }

    void close() {
        if (closed.compareAndSet(false, true)) {
            onClose.run();
        }
        try {
            sink.close();
        } catch (RuntimeException ignored) {
            // already gone
        }
    }

    private void write(OutboundSseEvent event) {
        pending.incrementAndGet();
        lastWriteNanos = System.nanoTime();
        sink.send(event).whenComplete((ok, failure) -> {
            pending.decrementAndGet();
            if (failure != null) {
                close();
            }
        });
    }

    private String json(Change c) {
        try {
            return mapper.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("change " + c.cursor() + " cannot be written as JSON", e);
        }
    }
}
