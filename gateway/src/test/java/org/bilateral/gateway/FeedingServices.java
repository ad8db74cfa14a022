package org.bilateral.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Three small HTTP servers standing in for the services where a test needs what WireMock cannot do: a change stream
 * that stays open and carries an event when the test says a change happened. Each answers GETs with the JSON
 * documents the test put (by path and query, else by path), counts them, accepts writes, streams
 * /api/v1/{service}/changes/stream like the services (an opening comment naming the cursor, then one event per
 * change) and can go down (streams closed, every request answered 503).
 */
public class FeedingServices implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, Service> SERVICES = new ConcurrentHashMap<>();

    static Service service(String name) {
        return SERVICES.get(name);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        for (String name : List.of("trade", "agreements", "ventures")) {
            Service service = new Service(name);
            SERVICES.put(name, service);
            String url = "http://127.0.0.1:" + service.port();
            config.put("bilateral.gateway." + name + ".url", url);
            config.put("bilateral.gateway." + name + ".management-url", url);
        }
        config.put("bilateral.gateway.overview.cache.enabled", "true");
        return config;
    }

    @Override
    public void stop() {
        SERVICES.values().forEach(Service::stop);
        SERVICES.clear();
    }

    static final class Service {
        final String name;
        private final HttpServer server;
        private final ExecutorService threads = Executors.newCachedThreadPool();
        private final Map<String, String> documents = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
        private final List<OutputStream> streams = new CopyOnWriteArrayList<>();
        private final AtomicLong cursor = new AtomicLong(100);
        private volatile boolean down;

        Service(String name) {
            this.name = name;
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.setExecutor(threads);
            server.createContext("/", this::handle);
            server.start();
        }

        int port() {
            return server.getAddress().getPort();
        }

        /** The JSON the service answers a GET of this path (optionally with ?query, matched first) with. */
        void put(String pathAndQuery, String json) {
            documents.put(pathAndQuery, json);
        }

        /** GETs of this path so far. */
        int reads(String path) {
            return reads.computeIfAbsent(path, p -> new AtomicInteger()).get();
        }

        int openStreams() {
            return streams.size();
        }

        long cursor() {
            return cursor.get();
        }

        /** A change recorded in the service: one event on every open change stream; returns its cursor. */
        long change(String resource, long id) {
            long at = cursor.incrementAndGet();
            String event = "id: " + at + "\nevent: " + resource + ".update\ndata: {\"cursor\":" + at + ",\"resource\":\"" + resource
                    + "\",\"id\":" + id + ",\"version\":2,\"operation\":\"UPDATE\"}\n\n";
            for (OutputStream out : streams) {
                try {
                    out.write(event.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                } catch (IOException e) {
                    streams.remove(out);
                }
            }
            return at;
        }

        /** Down: open streams end, every request is answered 503 until {@link #up()}. */
        void down() {
            down = true;
            for (OutputStream out : streams) {
                try {
                    out.close();
                } catch (IOException e) {
                    // already gone
                }
            }
            streams.clear();
        }

        void up() {
            down = false;
        }

        void reset() {
            up();
            documents.clear();
            reads.clear();
        }

        void stop() {
            down();
            server.stop(0);
            threads.shutdownNow();
        }

        private void handle(HttpExchange exchange) throws IOException {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            if (down) {
                answer(exchange, 503, "application/problem+json", "{\"status\":503,\"title\":\"Service Unavailable\"}");
                return;
            }
            if (path.equals("/q/health/ready")) {
                answer(exchange, 200, "application/json", "{\"status\":\"UP\",\"checks\":[]}");
                return;
            }
            if (path.equals("/api/v1/" + name + "/changes/stream")) {
                exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                OutputStream out = exchange.getResponseBody();
                out.write((": stream of " + name + " changes after " + cursor.get() + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                streams.add(out);
                return;
            }
            if (!exchange.getRequestMethod().equals("GET")) {
                exchange.getRequestBody().readAllBytes();
                answer(exchange, 200, "application/json", "{}");
                return;
            }
            reads.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            String json = documents.getOrDefault(query == null ? path : path + "?" + query, documents.get(path));
            if (json == null) {
                answer(exchange, 404, "application/problem+json", "{\"status\":404,\"title\":\"Not Found\"}");
            } else {
                answer(exchange, 200, "application/json", json);
            }
        }

        private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
