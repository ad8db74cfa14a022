package org.bilateral.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The services' OpenAPI documents, which the gateway's tests answer with (merged document, authorization matrix) and
 * check their stubs against (overview). The services generate their documents at build time
 * (target/openapi/openapi.json, earlier in the reactor than the gateway); a copy of each is kept in
 * src/test/resources/downstream so the gateway's tests also run when only the gateway is built, and
 * {@link DownstreamDocumentsTest} fails when a copy and a freshly generated document differ.
 */
final class ServiceDocuments {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The services whose documents the gateway merges, in the order it lists them. */
    static final List<String> SERVICES = List.of("trade", "agreements", "ventures");
    /** Per service, the paths whose GET the overview calls. */
    static final Map<String, List<String>> READ_BY_THE_OVERVIEW = Map.of(
            "trade", List.of("/api/v1/trade/series", "/api/v1/trade/targets"),
            "agreements", List.of("/api/v1/agreements"),
            "ventures", List.of("/api/v1/ventures/statistics"));
    private static final Pattern REF = Pattern.compile("\"#/components/schemas/([^\"]+)\"");

    private ServiceDocuments() {
    }

    /** The service's own document as its last build generated it, when that build ran in this checkout. */
    static Optional<JsonNode> generated(String service) {
        Path file = generatedFile(service);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path generatedFile(String service) {
        return Path.of("..", service + "-service", "target", "openapi", "openapi.json");
    }

    static Path snapshotFile(String service) {
        return Path.of("src", "test", "resources", snapshotResource(service));
    }

    /** The kept copy of the service's document as text, as the service serves it at /q/openapi?format=json. */
    static String snapshotText(String service) {
        return Stubs.resource(snapshotResource(service));
    }

    /** The kept copy of the service's document. */
    static JsonNode snapshot(String service) {
        try {
            return JSON.readTree(snapshotText(service));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the overview reads from the service: from the generated document when there is one, else from the kept copy. */
    static JsonNode readByTheOverview(String service) {
        return extract(generated(service).orElseGet(() -> snapshot(service)), READ_BY_THE_OVERVIEW.get(service));
    }

    private static String snapshotResource(String service) {
        return "downstream/" + service + "-openapi.json";
    }

    /** The GET operations of these paths and, transitively, every schema they reference. */
    static JsonNode extract(JsonNode document, List<String> paths) {
        ObjectNode out = JSON.createObjectNode();
        out.put("openapi", document.path("openapi").asText());
        ObjectNode outPaths = out.putObject("paths");
        for (String path : paths) {
            JsonNode get = document.path("paths").path(path).path("get");
            if (get.isMissingNode()) {
                throw new AssertionError("the service's document has no GET " + path);
            }
            outPaths.putObject(path).set("get", get.deepCopy());
        }
        JsonNode schemas = document.path("components").path("schemas");
        Set<String> names = new TreeSet<>();
        Deque<JsonNode> todo = new ArrayDeque<>(List.of(outPaths));
        while (!todo.isEmpty()) {
            Matcher ref = REF.matcher(todo.pop().toString());
            while (ref.find()) {
                if (names.add(ref.group(1))) {
                    todo.push(schemas.path(ref.group(1)));
                }
            }
        }
        Map<String, JsonNode> kept = new TreeMap<>();
        names.forEach(name -> kept.put(name, schemas.path(name).deepCopy()));
        out.putObject("components").putObject("schemas").setAll(kept);
        return out;
    }

    /**
     * The JSON schema of the operation's 200 application/json answer, strict: an object schema that lists its
     * properties admits no others, so a stub carrying a field the service does not send is caught too.
     */
    static JsonSchema answerSchema(JsonNode document, String path) {
        ObjectNode root = document.deepCopy();
        forbidUndocumentedProperties(root.path("components").path("schemas"));
        forbidUndocumentedProperties(root.path("paths"));
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/paths/" + path.replace("~", "~0").replace("/", "~1") + "/get/responses/200/content/application~1json/schema");
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
    }

    /** Validation errors of a body against the operation's answer schema; empty when it conforms. */
    static Set<ValidationMessage> check(JsonNode document, String path, String body) {
        try {
            return answerSchema(document, path).validate(JSON.readTree(body));
        } catch (IOException e) {
            throw new AssertionError("stub body for " + path + " is not JSON", e);
        }
    }

    private static void forbidUndocumentedProperties(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties") && !object.has("unevaluatedProperties")) {
                object.put("additionalProperties", false);
            }
            object.elements().forEachRemaining(ServiceDocuments::forbidUndocumentedProperties);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(ServiceDocuments::forbidUndocumentedProperties);
        }
    }
}
