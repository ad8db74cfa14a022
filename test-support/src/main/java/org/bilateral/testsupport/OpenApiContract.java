package org.bilateral.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks an OpenAPI document the way DESIGN.md asks: it parses and validates clean with the
 * swagger-parser reference implementation, every operation has a unique operationId, a tag, a
 * summary, described parameters and problem+json error answers, and every $ref resolves.
 */
public final class OpenApiContract {

    private OpenApiContract() {
    }

    public static OpenAPI assertClean(String json) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        assertTrue(messages.isEmpty(), "OpenAPI validation messages: " + messages);
        OpenAPI api = result.getOpenAPI();
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, Schema> schemas = api.getComponents() == null ? Map.of() : api.getComponents().getSchemas();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            String where = method + " " + path;
            check(op, where, ids, problems);
        }));
        String text = json;
        int at = 0;
        while ((at = text.indexOf("\"$ref\"", at)) >= 0) {
            int start = text.indexOf("#/components/schemas/", at);
            int end = text.indexOf('"', start);
            String name = text.substring(start + "#/components/schemas/".length(), end);
            if (schemas == null || !schemas.containsKey(name)) {
                problems.add("dangling $ref to schema " + name);
            }
            at = end;
        }
        assertEquals(List.of(), problems, "OpenAPI contract problems");
        return api;
    }

    private static void check(Operation op, String where, Set<String> ids, List<String> problems) {
        if (op.getOperationId() == null || op.getOperationId().isBlank()) {
            problems.add(where + ": no operationId");
        } else if (!ids.add(op.getOperationId())) {
            problems.add(where + ": duplicate operationId " + op.getOperationId());
        }
        if (op.getTags() == null || op.getTags().isEmpty()) {
            problems.add(where + ": no tag");
        }
        if (op.getSummary() == null || op.getSummary().isBlank()) {
            problems.add(where + ": no summary");
        }
        if (op.getParameters() != null) {
            op.getParameters().stream().filter(p -> p.getDescription() == null || p.getDescription().isBlank())
                    .forEach(p -> problems.add(where + ": parameter " + p.getName() + " has no description"));
        }
        boolean hasProblemAnswer = op.getResponses() != null && op.getResponses().entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith("4") || e.getKey().startsWith("5")
                        && e.getValue().getContent() != null && e.getValue().getContent().containsKey("application/problem+json"));
        if (!hasProblemAnswer) {
            problems.add(where + ": no problem+json error response");
        }
    }

}
