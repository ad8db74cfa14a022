package org.bilateral.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The OpenAPI document of the application under test, read as JSON (3.1, with $ref siblings), and
 * a plain HTTP client that can send what REST-assured would tidy up: raw JSON text, invalid
 * percent-encodings, any method and header. Shared by the fuzz and authorization contracts.
 */
final class ApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    final JsonNode api;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** One documented operation. */
    record Operation(String method, String template, JsonNode node, List<JsonNode> params, JsonNode bodySchema) {

        boolean write() {
            return !method.equals("GET");
        }

        /**
         * Media types the operation documents for its 4xx answers: problem+json everywhere, and a
         * community format's own error message where a standard demands one (SDMX-ML errors).
         */
        Set<String> errorMediaTypes() {
            Set<String> types = new HashSet<>();
            node.path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("4")) {
                    response.getValue().path("content").fieldNames().forEachRemaining(types::add);
                }
            });
            return types;
        }

        boolean declaresSecurity() {
            return node.has("security") && !node.get("security").isEmpty();
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private ApiDocument(JsonNode api) {
        this.api = api;
    }

    static ApiDocument fetch(String documentPath) {
        ApiDocument empty = new ApiDocument(null);
        HttpResponse<String> doc = empty.send(HttpRequest.newBuilder(uri(documentPath)).GET().build());
        try {
            return new ApiDocument(JSON.readTree(doc.body()));
        } catch (IOException e) {
            throw new AssertionError("OpenAPI document at " + documentPath + " is not JSON", e);
        }
    }

    List<Operation> operations() {
        List<Operation> all = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase(Locale.ROOT);
                // a live stream never ends: its own tests exercise it, not the generic request loops
                boolean stream = op.getValue().path("responses").path("200").path("content").has("text/event-stream");
                if (METHODS.contains(method) && !stream) {
                    List<JsonNode> params = new ArrayList<>();
                    op.getValue().path("parameters").forEach(p -> params.add(resolve(p)));
                    JsonNode body = op.getValue().path("requestBody").path("content").path("application/json").path("schema");
                    all.add(new Operation(method, path.getKey(), op.getValue(), params, body));
                }
            }
        }
        return all;
    }

    /** The operation with its required parameters set to their examples and a body built from the schema's examples. */
    Call baseline(Operation op, String token) {
        Call call = new Call(op.method(), op.template());
        if (token != null && !token.isEmpty()) {
            call.headers.put("Authorization", "Bearer " + token);
        }
        for (JsonNode p : op.params()) {
            if (p.path("required").asBoolean(false)) {
                call.put(p.path("in").asText(), p.path("name").asText(), exampleText(p));
            }
        }
        if (!op.bodySchema().isMissingNode()) {
            call.body = example(resolve(op.bodySchema()), 0);
        }
        return call;
    }

    JsonNode resolve(JsonNode node) {
        int hops = 0;
        while (node.has("$ref") && hops++ < 20) {
            JsonNode target = api.at(node.get("$ref").asText().substring(1));
            if (target.isMissingNode()) {
                return node;
            }
            node = target;
        }
        return node;
    }

    /** A plausible value for a schema: its example, else its first enum value, else one of its type. */
    Object example(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.has("examples") && schema.get("examples").isArray() && !schema.get("examples").isEmpty()) {
            return JSON.convertValue(schema.get("examples").get(0), Object.class);
        }
        if (schema.has("example")) {
            return JSON.convertValue(schema.get("example"), Object.class);
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return JSON.convertValue(schema.get("enum").get(0), Object.class);
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asText() : schema.path("type").asText();
        if (schema.has("properties") || type.equals("object")) {
            Map<String, Object> object = new LinkedHashMap<>();
            if (depth < 5) {
                for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> property = it.next();
                    object.put(property.getKey(), example(property.getValue(), depth + 1));
                }
            }
            return object;
        }
        return switch (type) {
            case "array" -> depth < 5 && schema.has("items") ? new ArrayList<>(List.of(example(schema.get("items"), depth + 1))) : new ArrayList<>();
            case "integer" -> 1;
            case "number" -> 1.5;
            case "boolean" -> true;
            default -> switch (schema.path("format").asText()) {
                case "date" -> "2020-01-01";
                case "date-time" -> "2020-01-01T00:00:00Z";
                default -> "x";
            };
        };
    }

    private String exampleText(JsonNode parameter) {
        if (parameter.has("example")) {
            return parameter.get("example").asText();
        }
        return String.valueOf(example(parameter.path("schema"), 0));
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("no answer to " + request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static URI uri(String pathAndQuery) {
        return URI.create(RestAssured.baseURI + ":" + RestAssured.port + pathAndQuery);
    }

    /** One request: the operation, its parameter values, headers and body. */
    static final class Call {
        final String method;
        final String template;
        final Map<String, String> path = new LinkedHashMap<>();
        final Map<String, String> query = new LinkedHashMap<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        Object body;
        String contentType = "application/json";

        Call(String method, String template) {
            this.method = method;
            this.template = template;
        }

        /** Sets a parameter by where OpenAPI says it goes; false for cookies and the like. */
        boolean put(String in, String name, String value) {
            switch (in) {
                case "path" -> path.put(name, value);
                case "query" -> query.put(name, value);
                case "header" -> headers.put(name, value);
                default -> {
                    return false;
                }
            }
            return true;
        }

        Call copy() {
            Call c = new Call(method, template);
            c.path.putAll(path);
            c.query.putAll(query);
            c.headers.putAll(headers);
            c.body = body;
            c.contentType = contentType;
            return c;
        }

        HttpRequest build() {
            String target = template;
            for (Map.Entry<String, String> p : path.entrySet()) {
                target = target.replace("{" + p.getKey() + "}", percent(p.getValue()));
            }
            StringBuilder q = new StringBuilder();
            for (Map.Entry<String, String> p : query.entrySet()) {
                q.append(q.isEmpty() ? '?' : '&').append(percent(p.getKey())).append('=').append(percent(p.getValue()));
            }
            HttpRequest.Builder b = HttpRequest.newBuilder(uri(target + q)).timeout(Duration.ofSeconds(30));
            headers.forEach(b::header);
            if (body == null) {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                b.header("Content-Type", contentType);
                b.method(method, HttpRequest.BodyPublishers.ofString(JsonText.write(body), StandardCharsets.UTF_8));
            }
            return b.build();
        }
    }

    /** Percent-encoding of every byte outside the unreserved set; a lone surrogate goes out as its raw (invalid UTF-8) bytes. */
    static String percent(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1)))) {
                // the CESU-style bytes of a lone surrogate: not valid UTF-8, exactly what a hostile client sends
                out.append(String.format("%%%02X%%%02X%%%02X", 0xE0 | (c >> 12), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F)));
            } else {
                int cp = s.codePointAt(i);
                if (Character.charCount(cp) == 2) {
                    i++;
                }
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append(String.format("%%%02X", b & 0xFF));
                }
            }
        }
        return out.toString();
    }
}
