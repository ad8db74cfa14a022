package org.bilateral.gateway.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.parsetools.RecordParser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilateral.gateway.config.GatewayConfig;
import org.bilateral.gateway.service.Downstream;
import org.bilateral.gateway.service.Downstreams;
import org.bilateral.support.http.VertxProblems;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.ProblemType;
import org.jboss.logging.Logger;

/**
 * {@code GET /api/v1/changes/stream}: the three services' live streams merged into one. Each event
 * names its service ({@code event: trade.figures.create}) and carries a composite id
 * ({@code t:123,a:45,v:6}) holding every service's cursor, so {@code Last-Event-ID} resumes all three
 * exactly. Flow control end to end: when the client's socket is full the upstream streams are paused
 * (and the services' own slow-consumer cutoff applies); a service that ends its stream ends this one
 * with a {@code cutoff} event carrying the composite id to resume from.
 */
@ApplicationScoped
public class MergedChangeStream {

    static final String PATH = "/api/v1/changes/stream";
    private static final Logger LOG = Logger.getLogger(MergedChangeStream.class);
    private static final Map<String, String> KEYS = Map.of("trade", "t", "agreements", "a", "ventures", "v");

    private final Downstreams downstreams;
    private final ObjectMapper mapper;
    private final GatewayConfig config;

    MergedChangeStream(Downstreams downstreams, ObjectMapper mapper, GatewayConfig config) {
        this.downstreams = downstreams;
        this.mapper = mapper;
        this.config = config;
    }

    void routes(@Observes Router router) {
        router.get(PATH).order(ProxyRoutes.ORDER).handler(this::stream);
    }

    /** Parses {@code t:123,a:45,v:6}; a service left out starts live. */
    static Map<String, Long> cursors(String composite, String field) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (composite == null || composite.isBlank()) {
            return out;
        }
        for (String part : composite.split(",")) {
            String[] kv = part.trim().split(":");
            String service = kv.length == 2 ? KEYS.entrySet().stream().filter(e -> e.getValue().equals(kv[0].trim()))
                    .map(Map.Entry::getKey).findFirst().orElse(null) : null;
            long cursor;
            try {
                cursor = kv.length == 2 ? Long.parseLong(kv[1].trim()) : -1;
            } catch (NumberFormatException e) {
                cursor = -1;
            }
            if (service == null || cursor < 0 || out.containsKey(service)) {
                throw ApiException.badRequest(field, "must be a composite cursor such as t:123,a:45,v:6 (t trade, a agreements, "
                        + "v ventures; each at most once, 0 or more)");
            }
            out.put(service, cursor);
        }
        return out;
    }

    static String composite(Map<String, Long> cursors) {
        List<String> parts = new ArrayList<>();
        for (String service : List.of("trade", "agreements", "ventures")) {
            Long c = cursors.get(service);
            if (c != null) {
                parts.add(KEYS.get(service) + ":" + c);
            }
        }
        return String.join(",", parts);
    }

    private void stream(RoutingContext rc) {
        Map<String, Long> cursors;
        try {
            String lastEventId = rc.request().getHeader("Last-Event-ID");
            cursors = lastEventId != null && !lastEventId.isBlank() ? cursors(lastEventId, "Last-Event-ID")
                    : cursors(rc.request().getParam("since"), "since");
        } catch (ApiException e) {
            VertxProblems.send(rc, mapper, e);
            return;
        }
        Merge merge = new Merge(rc, new LinkedHashMap<>(cursors));
        List<Future<HttpClientResponse>> opened = new ArrayList<>();
        for (Downstream d : downstreams.all()) {
            Long since = cursors.get(d.name());
            String uri = d.prefix() + "/changes/stream" + (since == null ? "" : "?since=" + since);
            opened.add(d.client().request(d.options(HttpMethod.GET, uri, d.streamIdleTimeout())).compose(request -> {
                merge.upstreams.add(request);
                request.putHeader("Accept", "text/event-stream");
                String authorization = rc.request().getHeader("Authorization");
                if (authorization != null) {
                    request.putHeader("Authorization", authorization);
                }
                String client = rc.request().remoteAddress() == null ? null : rc.request().remoteAddress().host();
                if (client != null) {
                    request.putHeader("X-Forwarded-For", client);
                }
                // held until all three have answered: data arriving before the merge starts must not be dropped
                return request.send().map(answer -> {
                    answer.pause();
                    return answer;
                });
            }));
        }
        rc.response().closeHandler(v -> merge.stop());
        Future.all(opened).onComplete(all -> {
            if (all.failed()) {
                merge.stop();
                // a service's own problem (429, 400) is passed on; an unreachable one is a 502
                for (Future<HttpClientResponse> f : opened) {
                    if (f.succeeded() && f.result().statusCode() != 200) {
                        relayProblem(rc, f.result());
                        return;
                    }
                }
                VertxProblems.send(rc, mapper, new ApiException(ProblemType.BAD_GATEWAY,
                        "A service's change stream could not be opened: " + all.cause().getMessage(), null));
                return;
            }
            for (Future<HttpClientResponse> f : opened) {
                if (f.result().statusCode() != 200) {
                    merge.stop();
                    relayProblem(rc, f.result());
                    return;
                }
            }
            merge.start(downstreams.all(), opened.stream().map(Future::result).toList());
        });
    }

    private void relayProblem(RoutingContext rc, HttpClientResponse upstream) {
        upstream.body().onComplete(body -> {
            if (rc.response().ended() || rc.response().closed()) {
                return;
            }
            HttpServerResponse out = rc.response().setStatusCode(upstream.statusCode());
            String type = upstream.getHeader("Content-Type");
            if (type != null) {
                out.putHeader("Content-Type", type);
            }
            out.end(body.succeeded() ? body.result() : Buffer.buffer());
        });
    }

    /** One merged stream: its upstream requests, the cursor per service, and the client's response. */
    private final class Merge {
        final RoutingContext rc;
        final Map<String, Long> cursors;
        final List<HttpClientRequest> upstreams = new ArrayList<>();
        final List<HttpClientResponse> responses = new ArrayList<>();
        boolean stopped;

        Merge(RoutingContext rc, Map<String, Long> cursors) {
            this.rc = rc;
            this.cursors = cursors;
        }

        void start(List<Downstream> services, List<HttpClientResponse> answers) {
            HttpServerResponse out = rc.response();
            if (out.closed() || stopped) {
                stop();
                return;
            }
            out.setChunked(true).putHeader("Content-Type", "text/event-stream").putHeader("Cache-Control", "no-store")
                    .putHeader("X-Accel-Buffering", "no");
            out.write(": merged stream of trade, agreements and ventures changes\n\n");
            out.drainHandler(v -> responses.forEach(HttpClientResponse::resume));
            for (int i = 0; i < services.size(); i++) {
                Downstream d = services.get(i);
                HttpClientResponse answer = answers.get(i);
                responses.add(answer);
                Event event = new Event();
                RecordParser lines = RecordParser.newDelimited("\n", line -> onLine(d, event, line.toString(StandardCharsets.UTF_8)));
                answer.handler(lines);
                answer.endHandler(v -> cutOff(d.serviceName() + " ended its stream"));
                answer.exceptionHandler(e -> cutOff(d.serviceName() + " stream failed: " + e.getMessage()));
            }
            answers.forEach(HttpClientResponse::resume);
        }

        private void onLine(Downstream d, Event event, String raw) {
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            if (line.isEmpty()) {
                if (event.data != null) {
                    dispatch(d, event);
                }
                event.reset();
                return;
            }
            if (line.startsWith(":")) {
                write(line + "\n\n");
                return;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            switch (field) {
                case "id" -> event.id = value;
                case "event" -> event.name = value;
                case "data" -> event.data = event.data == null ? value : event.data + "\n" + value;
                default -> {
                }
            }
        }

        private void dispatch(Downstream d, Event event) {
            if (event.id != null) {
                try {
                    cursors.put(d.name(), Long.parseLong(event.id));
                } catch (NumberFormatException e) {
                    LOG.warnf("%s sent a non-numeric event id", d.serviceName());
                }
            }
            if ("cutoff".equals(event.name)) {
                cutOff(d.serviceName() + " cut the stream off: " + event.data);
                return;
            }
            StringBuilder sb = new StringBuilder();
            sb.append("id: ").append(composite(cursors)).append('\n');
            sb.append("event: ").append(d.name()).append('.').append(event.name == null ? "message" : event.name).append('\n');
            for (String l : event.data.split("\n", -1)) {
                sb.append("data: ").append(l).append('\n');
            }
            write(sb.append('\n').toString());
        }

        private void write(String text) {
            HttpServerResponse out = rc.response();
            if (stopped || out.closed() || out.ended()) {
                return;
            }
            out.write(text);
            if (out.writeQueueFull()) {
                responses.forEach(HttpClientResponse::pause);
            }
        }

        void cutOff(String reason) {
            if (stopped) {
                return;
            }
            String body;
            try {
                body = mapper.writeValueAsString(Map.of("reason", reason, "resumeFrom", composite(cursors)));
            } catch (Exception e) {
                body = "{}";
            }
            write("id: " + composite(cursors) + "\nevent: cutoff\ndata: " + body + "\n\n");
            stop();
            if (!rc.response().ended() && !rc.response().closed()) {
                rc.response().end();
            }
        }

        void stop() {
            stopped = true;
            upstreams.forEach(r -> r.reset());
        }
    }

    private static final class Event {
        String id;
        String name;
        String data;

        void reset() {
            id = null;
            name = null;
            data = null;
        }
    }
}
