package org.bilateral.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.bilateral.gateway.service.Downstream;
import org.bilateral.gateway.service.DownstreamProblems;
import org.bilateral.gateway.service.Downstreams;
import org.bilateral.gateway.service.OpenApiDocuments;
import org.bilateral.support.http.VertxProblems;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.ProblemType;
import org.jboss.logging.Logger;

/**
 * /q/openapi: the merged document (the gateway's own operations plus every service's), and
 * /q/openapi/{trade,agreements,ventures}: each service's own document as it serves it, so Swagger
 * UI can list them although the services are not reachable from outside. YAML by default, JSON
 * with ?format=json or Accept: application/json, like SmallRye's endpoint.
 */
@ApplicationScoped
public class OpenApiRoutes {

    private static final Logger LOG = Logger.getLogger(OpenApiRoutes.class);
    private static final YAMLMapper YAML = new YAMLMapper();

    private final OpenApiDocuments documents;
    private final Downstreams downstreams;
    private final ObjectMapper mapper;

    OpenApiRoutes(OpenApiDocuments documents, Downstreams downstreams, ObjectMapper mapper) {
        this.documents = documents;
        this.downstreams = downstreams;
        this.mapper = mapper;
    }

    void routes(@Observes Router router) {
        router.get("/q/openapi").handler(rc -> serve(rc, () -> documents.merged(rc.request().localAddress().host(),
                rc.request().localAddress().port()).thenApply(doc -> (JsonNode) doc), null));
        for (Downstream d : downstreams.all()) {
            router.get("/q/openapi/" + d.name()).handler(rc -> serve(rc, () -> documents.service(d), d));
        }
    }

    private void serve(RoutingContext rc, Supplier<CompletionStage<JsonNode>> document, Downstream d) {
        Context context = Vertx.currentContext();
        document.get().whenComplete((doc, failure) -> context.runOnContext(v -> {
            if (failure != null) {
                if (d == null) {
                    LOG.error("Building the merged OpenAPI document failed", failure);
                    VertxProblems.send(rc, mapper, new ApiException(ProblemType.INTERNAL,
                            "The merged OpenAPI document could not be built", null));
                } else {
                    VertxProblems.send(rc, mapper, new ApiException(ProblemType.SERVICE_UNAVAILABLE,
                            "The OpenAPI document of " + d.serviceName() + " is unavailable: "
                                    + DownstreamProblems.unwrap(failure).getMessage(), null));
                }
                return;
            }
            try {
                if (json(rc)) {
                    rc.response().putHeader("Content-Type", "application/json;charset=UTF-8").end(mapper.writeValueAsString(doc));
                } else {
                    rc.response().putHeader("Content-Type", "application/yaml;charset=UTF-8").end(YAML.writeValueAsString(doc));
                }
            } catch (Exception e) {
                rc.fail(e);
            }
        }));
    }

    private static boolean json(RoutingContext rc) {
        String format = rc.request().getParam("format");
        if (format != null) {
            return format.equalsIgnoreCase("json");
        }
        String accept = rc.request().getHeader("Accept");
        return accept != null && accept.contains("json");
    }
}
