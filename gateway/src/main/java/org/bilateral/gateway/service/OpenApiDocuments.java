package org.bilateral.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.bilateral.gateway.config.GatewayConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The services' OpenAPI documents, fetched from their /q/openapi and kept for the refresh period,
 * and the merged document built from them and the gateway's own. A service that cannot be reached
 * is served from its last good copy (marked stale) or left out (marked unavailable in
 * x-bilateral-services); while anything is missing the merged document is rebuilt sooner.
 */
@ApplicationScoped
public class OpenApiDocuments {

    private static final Logger LOG = Logger.getLogger(OpenApiDocuments.class);
    /** While a service is missing, try again after at most this long. */
    private static final Duration DEGRADED_REFRESH = Duration.ofSeconds(15);

    private record Fetched(JsonNode document, Instant fetchedAt, Instant freshUntil, String error) {
    }

    private record Merged(ObjectNode document, Instant freshUntil) {
    }

    private final Downstreams downstreams;
    private final ObjectMapper mapper;
    private final Duration refresh;
    private final Duration fetchTimeout;
    private final String ownPath;
    private final HttpClient self;
    private final Map<String, Fetched> documents = new ConcurrentHashMap<>();
    private volatile Merged merged;
    private CompletableFuture<ObjectNode> building;

    OpenApiDocuments(Downstreams downstreams, ObjectMapper mapper, GatewayConfig config, Vertx vertx,
            @ConfigProperty(name = "quarkus.smallrye-openapi.path") String ownPath) {
        this.downstreams = downstreams;
        this.mapper = mapper;
        this.refresh = config.openapi().refresh();
        this.fetchTimeout = config.openapi().fetchTimeout();
        this.ownPath = ownPath;
        this.self = vertx.createHttpClient();
    }

    /** The merged document; host and port say where the gateway's own document is served (the address the caller reached). */
    public synchronized CompletionStage<ObjectNode> merged(String host, int port) {
        Merged current = merged;
        if (current != null && Instant.now().isBefore(current.freshUntil())) {
            return CompletableFuture.completedFuture(current.document());
        }
        if (building != null) {
            return building;
        }
        CompletableFuture<JsonNode> own = own(host, port);
        List<CompletableFuture<OpenApiMerger.Part>> parts = new ArrayList<>();
        for (Downstream d : downstreams.all()) {
            parts.add(part(d));
        }
        CompletableFuture<ObjectNode> build = CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).thenCombine(own, (done, ownDoc) -> {
            List<OpenApiMerger.Part> all = parts.stream().map(CompletableFuture::join).toList();
            ObjectNode doc = OpenApiMerger.merge(ownDoc, all);
            boolean complete = all.stream().allMatch(p -> p.document() != null && !p.stale());
            Duration keep = complete ? refresh : (refresh.compareTo(DEGRADED_REFRESH) < 0 ? refresh : DEGRADED_REFRESH);
            merged = new Merged(doc, Instant.now().plus(keep));
            return doc;
        });
        building = build;
        build.whenComplete((doc, failure) -> {
            synchronized (this) {
                building = null;
            }
        });
        return build;
    }

    /** One service's own document, from the cache while fresh. */
    public CompletionStage<JsonNode> service(Downstream d) {
        return part(d).thenApply(part -> {
            if (part.document() == null) {
                throw new CompletionException(new IllegalStateException(part.error()));
            }
            return part.document();
        });
    }

    private CompletableFuture<OpenApiMerger.Part> part(Downstream d) {
        Fetched known = documents.get(d.name());
        Instant now = Instant.now();
        if (known != null && known.document() != null && now.isBefore(known.freshUntil())) {
            return CompletableFuture.completedFuture(new OpenApiMerger.Part(d.name(), known.document(), false, known.fetchedAt(), null));
        }
        return d.getJson("/q/openapi?format=json", null, fetchTimeout, mapper).toCompletableFuture()
                .orTimeout(fetchTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .thenApply(doc -> {
                    Instant at = Instant.now();
                    documents.put(d.name(), new Fetched(doc, at, at.plus(refresh), null));
                    return new OpenApiMerger.Part(d.name(), doc, false, at, null);
                })
                .exceptionally(failure -> {
                    String reason = "OpenAPI document of " + d.serviceName() + " unavailable: " + DownstreamProblems.reason(d, failure);
                    LOG.warn(reason);
                    Fetched last = documents.get(d.name());
                    if (last != null && last.document() != null) {
                        return new OpenApiMerger.Part(d.name(), last.document(), true, last.fetchedAt(), reason);
                    }
                    return new OpenApiMerger.Part(d.name(), null, false, null, reason);
                });
    }

    private CompletableFuture<JsonNode> own(String host, int port) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(host).setPort(port)
                .setURI(ownPath + "?format=json").setIdleTimeout(fetchTimeout.toMillis());
        return self.request(options).compose(r -> r.putHeader("Accept", "application/json").send()).compose(r -> r.body())
                .map(body -> {
                    try {
                        return mapper.readTree(body.getBytes());
                    } catch (IOException e) {
                        throw new IllegalStateException("the gateway's own OpenAPI document is not JSON", e);
                    }
                }).toCompletionStage().toCompletableFuture();
    }

    @PreDestroy
    void close() {
        self.close();
    }
}
