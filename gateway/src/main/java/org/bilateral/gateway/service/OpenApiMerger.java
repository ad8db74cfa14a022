package org.bilateral.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Merges the services' OpenAPI documents into the gateway's own, so one client generator run
 * yields one SDK. Paths are kept as they are (the gateway routes the same paths). A component
 * that two documents define differently under one name is renamed with the service's prefix
 * (e.g. Qualifier from ventures becomes VenturesQualifier) and every $ref to it follows; identical
 * components are shared. An operationId already taken gets the service's prefix.
 */
public final class OpenApiMerger {

    private static final Logger LOG = Logger.getLogger(OpenApiMerger.class);
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** One service's document, or why it is missing. */
    public record Part(String service, JsonNode document, boolean stale, Instant fetchedAt, String error) {
    }

    private OpenApiMerger() {
    }

    public static ObjectNode merge(JsonNode own, List<Part> parts) {
        ObjectNode out = own.deepCopy();
        ObjectNode paths = object(out, "paths");
        ObjectNode components = object(out, "components");
        Set<String> operationIds = new HashSet<>();
        paths.elements().forEachRemaining(item -> operations(item).forEach(op -> {
            if (op.hasNonNull("operationId")) {
                operationIds.add(op.get("operationId").asText());
            }
        }));
        ArrayNode tags = out.has("tags") && out.get("tags").isArray() ? (ArrayNode) out.get("tags") : out.putArray("tags");
        Set<String> tagNames = new HashSet<>();
        tags.forEach(t -> tagNames.add(t.path("name").asText()));
        ArrayNode status = JsonNodeFactory.instance.arrayNode();

        for (Part part : parts) {
            ObjectNode entry = status.addObject().put("service", part.service() + "-service");
            if (part.document() == null) {
                entry.put("included", false).put("reason", part.error());
                continue;
            }
            ObjectNode doc = part.document().deepCopy();
            String prefix = Character.toUpperCase(part.service().charAt(0)) + part.service().substring(1);

            // 1. decide names for this document's components, 2. follow every $ref, 3. copy them over
            Map<String, String> renamedRefs = new HashMap<>();
            Map<String, Map<String, String>> names = new HashMap<>();
            JsonNode theirComponents = doc.path("components");
            theirComponents.fields().forEachRemaining(section -> {
                Map<String, String> sectionNames = new HashMap<>();
                names.put(section.getKey(), sectionNames);
                ObjectNode ours = object(components, section.getKey());
                section.getValue().fields().forEachRemaining(c -> {
                    String name = c.getKey();
                    JsonNode existing = ours.get(name);
                    String target = name;
                    if (existing != null && !existing.equals(c.getValue())) {
                        target = prefix + name;
                        for (int i = 2; ours.has(target) && !ours.get(target).equals(c.getValue()); i++) {
                            target = prefix + name + i;
                        }
                        renamedRefs.put("#/components/" + section.getKey() + "/" + name, "#/components/" + section.getKey() + "/" + target);
                    }
                    sectionNames.put(name, target);
                });
            });
            rewriteRefs(doc, renamedRefs);
            doc.path("components").fields().forEachRemaining(section -> {
                ObjectNode ours = object(components, section.getKey());
                section.getValue().fields().forEachRemaining(c -> {
                    String target = names.get(section.getKey()).get(c.getKey());
                    if (!ours.has(target)) {
                        ours.set(target, c.getValue());
                    }
                });
            });

            int added = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                if (paths.has(path.getKey())) {
                    LOG.warnf("OpenAPI merge: %s defines %s, already defined; kept the first", part.service(), path.getKey());
                    continue;
                }
                for (JsonNode op : operations(path.getValue())) {
                    if (op.hasNonNull("operationId") && !operationIds.add(op.get("operationId").asText())) {
                        String unique = part.service() + capitalized(op.get("operationId").asText());
                        ((ObjectNode) op).put("operationId", unique);
                        operationIds.add(unique);
                    }
                }
                paths.set(path.getKey(), path.getValue());
                added++;
            }
            doc.path("tags").forEach(t -> {
                if (tagNames.add(t.path("name").asText())) {
                    tags.add(t);
                }
            });
            entry.put("included", true).put("paths", added).put("stale", part.stale());
            if (part.fetchedAt() != null) {
                entry.put("fetchedAt", part.fetchedAt().toString());
            }
            if (part.stale() && part.error() != null) {
                entry.put("reason", part.error());
            }
        }
        if (tags.isEmpty()) {
            out.remove("tags");
        }
        out.set("x-bilateral-services", status);
        return out;
    }

    private static List<JsonNode> operations(JsonNode pathItem) {
        List<JsonNode> ops = new ArrayList<>();
        pathItem.fields().forEachRemaining(e -> {
            if (METHODS.contains(e.getKey()) && e.getValue().isObject()) {
                ops.add(e.getValue());
            }
        });
        return ops;
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renamed) {
        if (renamed.isEmpty()) {
            return;
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && renamed.containsKey(ref.asText())) {
                object.set("$ref", TextNode.valueOf(renamed.get(ref.asText())));
            }
            object.elements().forEachRemaining(child -> rewriteRefs(child, renamed));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> rewriteRefs(child, renamed));
        }
    }

    private static ObjectNode object(ObjectNode parent, String name) {
        JsonNode child = parent.get(name);
        if (child instanceof ObjectNode o) {
            return o;
        }
        return parent.putObject(name);
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
