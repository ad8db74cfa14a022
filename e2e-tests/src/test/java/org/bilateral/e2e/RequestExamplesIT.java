package org.bilateral.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.bilateral.testsupport.DevTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every request example of every write operation, as "Try it out" in Swagger UI would send it, succeeds on the freshly
 * seeded platform: read from each service's own document (run against the service) and from the gateway's merged one
 * (run through the gateway). Driven by the documents only, so a new write operation without a working example fails.
 *
 * <p>How each operation is run:
 * <ul>
 * <li>Every media type of a request body must carry at least one example; each example is sent as it is, with a token
 * holding the groups the operation needs ({@code x-bilateral-groups}, else its security requirement's scopes), and must
 * answer 2xx.</li>
 * <li>Creates (POST with a body) run first, then POSTs without a body (the seed re-import), then replacements (PUT,
 * PATCH), then deletions; order matters, since a deletion targets what a create made.</li>
 * <li>Path parameters come from the example's {@code x-path-parameters} extension (an object: parameter name to value),
 * else from the parameter's own example, as Swagger UI fills them in. A POST without a body below an item (a resume, a
 * harvest) acts on a record a create example made, where there is one: ids the server chooses are known only then. PUT/PATCH get If-Match from a GET of the target,
 * and the target is put back afterwards by sending what that GET answered (a round trip).</li>
 * <li>A DELETE, which has no body to carry an example, deletes a record a create example of the same document made on
 * the collection the DELETE's path belongs to; without one the operation has no example that works, and fails.</li>
 * <li>Whatever the run created and did not delete (bulk imports) is deleted afterwards by reading the services' change
 * feeds, so the platform is as seeded for the other tests (versions aside).</li>
 * </ul>
 */
@ExtendWith(RunningPlatform.class)
class RequestExamplesIT {

    static final String PATH_PARAMETERS = "x-path-parameters";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> WRITES = List.of("post", "put", "patch", "delete");
    private static final Map<String, String> FEEDS = Map.of(
            "trade", "/api/v1/trade", "agreements", "/api/v1/agreements", "ventures", "/api/v1/ventures");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void everyWriteExampleOfEachServiceDocumentSucceedsAgainstTheService() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String service : List.of("trade", "agreements", "ventures")) {
            String base = RunningPlatform.serviceUrl(service);
            failures.addAll(runDocument(base + "/q/openapi?format=json", base));
        }
        assertEquals(List.of(), failures, "request examples of the service documents");
    }

    @Test
    void everyWriteExampleOfTheMergedDocumentSucceedsThroughTheGateway() throws Exception {
        String gateway = RunningPlatform.gatewayUrl();
        assertEquals(List.of(), runDocument(gateway + "/q/openapi?format=json", gateway), "request examples of the merged document");
    }

    @Test
    void aWriteOperationWithoutAWorkableExampleIsReportedNotSkipped() throws Exception {
        JsonNode doc = JSON.readTree("""
                {"paths":{"/things":{"post":{"requestBody":{"content":{"application/json":{"schema":{"type":"object"}}}}}},
                 "/things/{id}":{"put":{"parameters":[{"name":"id","in":"path","required":true}],
                   "requestBody":{"content":{"application/json":{"examples":{"one":{"value":{"a":1}}}}}}}}}}""");
        List<Operation> ops = writeOperations(doc);
        assertEquals(List.of("POST /things", "PUT /things/{id}"), ops.stream().map(Operation::toString).toList());
        List<String> failures = new ArrayList<>();
        assertEquals(List.of(), ops.get(0).examples(failures));
        assertTrue(failures.stream().anyMatch(f -> f.contains("POST /things: no request example for application/json")), failures.toString());
        failures.clear();
        Example one = ops.get(1).examples(failures).get(0);
        assertEquals(null, ops.get(1).path(one, failures), "no value for {id}");
        assertTrue(failures.stream().anyMatch(f -> f.contains("no value for path parameter id")), failures.toString());
        failures.clear();
        Example targeted = new Example("one", "application/json", one.value(), JSON.readTree("{\"id\":7}"));
        assertEquals("/things/7", ops.get(1).path(targeted, failures));
        assertEquals(List.of(), failures);
    }

    /** Runs every write operation of one document against base; answers what went wrong, one line each. */
    private List<String> runDocument(String documentUrl, String base) throws Exception {
        HttpResponse<String> served = send(HttpRequest.newBuilder(URI.create(documentUrl)).GET().build());
        assertEquals(200, served.statusCode(), documentUrl);
        JsonNode doc = JSON.readTree(served.body());
        List<Operation> operations = writeOperations(doc);
        assertTrue(operations.stream().anyMatch(o -> o.method.equals("put")), "no PUT in " + documentUrl + ": " + operations);
        Map<String, Long> cursors = feedCursors();
        List<String> failures = new ArrayList<>();
        List<URI> created = new ArrayList<>();
        Set<String> deletedPaths = new HashSet<>();
        int executed = 0;

        for (Operation op : operations) {
            if (op.method.equals("post") && op.hasBody()) {
                for (Example ex : op.examples(failures)) {
                    HttpResponse<String> r = send(op.request(base, ex, null, failures));
                    executed++;
                    if (expect2xx(op, ex, r, failures)) {
                        r.headers().firstValue("Location").ifPresent(l -> created.add(URI.create(base + "/").resolve(l)));
                    }
                }
            }
        }
        for (Operation op : operations) {
            if (op.method.equals("post") && !op.hasBody()) {
                String onCreated = op.belowCreated(created);
                HttpResponse<String> r = send(onCreated == null ? op.request(base, Example.NONE, null, failures)
                        : op.authorize(HttpRequest.newBuilder(URI.create(onCreated)).timeout(Duration.ofSeconds(60)))
                                .POST(HttpRequest.BodyPublishers.noBody()).build());
                executed++;
                expect2xx(op, Example.NONE, r, failures);
            }
        }
        for (Operation op : operations) {
            if (op.method.equals("put") || op.method.equals("patch")) {
                for (Example ex : op.examples(failures)) {
                    String target = op.path(ex, failures);
                    if (target == null) {
                        continue;
                    }
                    HttpResponse<String> before = send(HttpRequest.newBuilder(URI.create(base + target)).GET().build());
                    if (before.statusCode() != 200) {
                        failures.add(op + " [" + ex.name + "]: its target " + target + " answers GET with " + before.statusCode());
                        continue;
                    }
                    HttpResponse<String> r = send(op.request(base, ex, before.headers().firstValue("ETag").orElse(null), failures));
                    executed++;
                    if (expect2xx(op, ex, r, failures)) {
                        // put the seeded record back: what GET answered, without its version, which is no longer the current one
                        ObjectNode original = (ObjectNode) JSON.readTree(before.body());
                        original.remove("version");
                        HttpResponse<String> restored = send(op.authorize(HttpRequest.newBuilder(URI.create(base + target)))
                                .header("Content-Type", "application/json")
                                .header("If-Match", r.headers().firstValue("ETag").orElse("*"))
                                .PUT(HttpRequest.BodyPublishers.ofString(original.toString())).build());
                        if (restored.statusCode() != 200) {
                            failures.add(op + " [" + ex.name + "]: restoring " + target + " answered " + restored.statusCode() + " " + restored.body());
                        }
                    }
                }
            }
        }
        for (Operation op : operations) {
            if (op.method.equals("delete")) {
                URI victim = newestCreated(created, itemPattern(op.template), deletedPaths);
                if (victim == null) {
                    failures.add(op + ": no record made by a create example of this document to delete (created: " + created + ")");
                    continue;
                }
                String etag = send(HttpRequest.newBuilder(victim).GET().build()).headers().firstValue("ETag").orElse(null);
                HttpRequest.Builder b = HttpRequest.newBuilder(victim).timeout(Duration.ofSeconds(60)).DELETE();
                op.authorize(b);
                if (etag != null) {
                    b.header("If-Match", etag);
                }
                HttpResponse<String> r = send(b.build());
                executed++;
                if (expect2xx(op, Example.NONE, r, failures)) {
                    deletedPaths.add(victim.getPath());
                }
            }
        }
        failures.addAll(deleteWhatTheRunLeft(cursors));
        System.out.printf("[examples] %s: %d write operations, %d requests, %d failures%n", documentUrl, operations.size(), executed, failures.size());
        return failures;
    }

    private static boolean expect2xx(Operation op, Example ex, HttpResponse<String> r, List<String> failures) {
        if (r.statusCode() / 100 == 2) {
            return true;
        }
        failures.add(op + " [" + ex.name + "] answered " + r.statusCode() + ": " + r.body());
        return false;
    }

    /** The documented write operations, in document order. */
    private static List<Operation> writeOperations(JsonNode doc) {
        List<Operation> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : WRITES) {
                JsonNode node = path.getValue().path(method);
                if (!node.isMissingNode()) {
                    List<JsonNode> params = new ArrayList<>();
                    path.getValue().path("parameters").forEach(p -> params.add(resolve(doc, p)));
                    node.path("parameters").forEach(p -> params.add(resolve(doc, p)));
                    ops.add(new Operation(method, path.getKey(), node, params));
                }
            }
        }
        return ops;
    }

    /** Each service's change feed position now (read through the gateway). */
    private Map<String, Long> feedCursors() throws Exception {
        Map<String, Long> cursors = new HashMap<>();
        for (Map.Entry<String, String> feed : FEEDS.entrySet()) {
            cursors.put(feed.getKey(), ChangeFeeds.head(RunningPlatform.gatewayUrl() + feed.getValue()));
        }
        return cursors;
    }

    /**
     * Deletes every record created since the cursors that still exists, newest first (a venture before the
     * organisation it names). A feed's resource maps to its collection: the service's base path when they share the
     * name, else base/resource.
     */
    private List<String> deleteWhatTheRunLeft(Map<String, Long> cursors) throws Exception {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> feed : FEEDS.entrySet()) {
            Map<String, String> created = new LinkedHashMap<>();
            long cursor = cursors.get(feed.getKey());
            while (true) {
                JsonNode batch = feed(feed.getValue(), cursor);
                for (JsonNode change : batch.path("items")) {
                    String resource = change.path("resource").asText();
                    String collection = feed.getValue().endsWith("/" + resource) ? feed.getValue() : feed.getValue() + "/" + resource;
                    String item = collection + "/" + change.path("id").asText();
                    switch (change.path("operation").asText()) {
                        case "CREATE" -> created.put(item, item);
                        case "DELETE" -> created.remove(item);
                        default -> { }
                    }
                }
                cursor = batch.path("nextCursor").asLong(cursor);
                if (!batch.path("hasMore").asBoolean(false)) {
                    break;
                }
            }
            List<String> items = new ArrayList<>(created.keySet());
            for (int i = items.size() - 1; i >= 0; i--) {
                URI uri = URI.create(RunningPlatform.gatewayUrl() + items.get(i));
                String etag = send(HttpRequest.newBuilder(uri).GET().build()).headers().firstValue("ETag").orElse("*");
                HttpResponse<String> r = send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + DevTokens.admin())
                        .header("If-Match", etag).DELETE().build());
                if (r.statusCode() != 204) {
                    failures.add("cleaning up " + items.get(i) + " answered " + r.statusCode() + ": " + r.body());
                }
            }
        }
        return failures;
    }

    private JsonNode feed(String base, long since) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(RunningPlatform.gatewayUrl() + base + "/changes?limit=1000&since=" + since))
                .GET().build());
        assertEquals(200, r.statusCode(), base + "/changes: " + r.body());
        return JSON.readTree(r.body());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The newest record a create example made whose path matches item, leaving out the paths in excluded; null if none. */
    static URI newestCreated(List<URI> created, Pattern item, Set<String> excluded) {
        for (int i = created.size() - 1; i >= 0; i--) {
            String path = created.get(i).getPath();
            if (item.matcher(path).matches() && !excluded.contains(path)) {
                return created.get(i);
            }
        }
        return null;
    }

    /** A path template as a pattern: each {parameter} one path segment. */
    static Pattern itemPattern(String template) {
        return Pattern.compile(Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"));
    }

    static JsonNode resolve(JsonNode doc, JsonNode node) {
        for (int hops = 0; node.has("$ref") && hops < 20; hops++) {
            node = doc.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    /** One request example of one media type; NONE for operations without a body. */
    record Example(String name, String mediaType, JsonNode value, JsonNode pathParameters) {
        static final Example NONE = new Example("no body", null, null, null);
    }

    record Operation(String method, String template, JsonNode node, List<JsonNode> params) {

        boolean hasBody() {
            return node.has("requestBody");
        }

        /** Every example of every media type of the body; a media type without one is a failure. */
        List<Example> examples(List<String> failures) {
            List<Example> all = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> types = node.path("requestBody").path("content").fields(); types.hasNext();) {
                Map.Entry<String, JsonNode> type = types.next();
                int before = all.size();
                for (Iterator<Map.Entry<String, JsonNode>> it = type.getValue().path("examples").fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> ex = it.next();
                    if (ex.getValue().has("value")) {
                        all.add(new Example(type.getKey() + " " + ex.getKey(), type.getKey(), ex.getValue().get("value"),
                                ex.getValue().path(PATH_PARAMETERS)));
                    }
                }
                if (type.getValue().has("example")) {
                    all.add(new Example(type.getKey() + " example", type.getKey(), type.getValue().get("example"), null));
                }
                if (all.size() == before) {
                    failures.add(this + ": no request example for " + type.getKey());
                }
            }
            if (all.isEmpty() && hasBody()) {
                failures.add(this + ": a request body without examples");
            }
            return all;
        }

        /** The path with its parameters filled in: from the example's x-path-parameters, else the parameter's example. */
        String path(Example ex, List<String> failures) {
            String path = template;
            for (JsonNode p : params) {
                if (!"path".equals(p.path("in").asText())) {
                    continue;
                }
                String name = p.path("name").asText();
                JsonNode value = ex.pathParameters() == null ? null : ex.pathParameters().get(name);
                if (value == null) {
                    value = p.has("example") ? p.get("example")
                            : p.path("examples").elements().hasNext() ? p.path("examples").elements().next().path("value")
                            : p.path("schema").path("examples").path(0);
                }
                if (value == null || value.isMissingNode() || value.isNull()) {
                    failures.add(this + " [" + ex.name() + "]: no value for path parameter " + name);
                    return null;
                }
                path = path.replace("{" + name + "}", value.asText());
            }
            return path;
        }

        HttpRequest request(String base, Example ex, String ifMatch, List<String> failures) {
            String path = path(ex, failures);
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + (path == null ? template : path))).timeout(Duration.ofSeconds(60));
            authorize(b);
            if (ifMatch != null) {
                b.header("If-Match", ifMatch);
            }
            if (ex.value() == null) {
                return b.method(method.toUpperCase(Locale.ROOT), HttpRequest.BodyPublishers.noBody()).build();
            }
            // a JSON media type gets the example as JSON; any other (CSV, NDJSON) gets the example's text as it is
            boolean json = ex.mediaType().equals("application/json") || ex.mediaType().endsWith("+json");
            String body = ex.value().isTextual() && !json ? ex.value().asText() : ex.value().toString();
            return b.header("Content-Type", ex.mediaType())
                    .method(method.toUpperCase(Locale.ROOT), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        }

        /**
         * A POST without a body whose path lies below an item of a collection a create example added to: the same
         * path on the newest such record (a resume of the subscription just made); null when there is none.
         */
        String belowCreated(List<URI> created) {
            int end = template.lastIndexOf('}');
            if (end < 0) {
                return null;
            }
            URI item = newestCreated(created, itemPattern(template.substring(0, end + 1)), Set.of());
            return item == null ? null : item + template.substring(end + 1);
        }

        /**
         * A bearer token with the groups the operation needs: x-bilateral-groups where the document names them (its
         * requirements are then scopeless), else the security requirement's scopes; an editor's for a secured operation
         * that names none; no token for a public one.
         */
        HttpRequest.Builder authorize(HttpRequest.Builder b) {
            Set<String> groups = new TreeSet<>();
            node.path("x-bilateral-groups").forEach(g -> groups.add(g.asText()));
            boolean secured = false;
            for (JsonNode requirement : node.path("security")) {
                for (Iterator<Map.Entry<String, JsonNode>> it = requirement.fields(); it.hasNext();) {
                    secured = true;
                    it.next().getValue().forEach(scope -> groups.add(scope.asText()));
                }
            }
            if (secured) {
                b.header("Authorization", "Bearer " + (groups.isEmpty() ? DevTokens.editor() : DevTokens.withGroups(groups.toArray(String[]::new))));
            }
            return b;
        }

        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + template;
        }
    }
}
