package org.bilateral.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
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
 * {@link #assertLintClean} adds what the generic linters (Redocly recommended, Spectral spectral:oas,
 * run on the packaged platform by e2e-tests' OpenApiLintIT) ask of a document an application serves:
 * a contact, a description and a 4xx answer on every operation, a security requirement on every
 * operation ({@code []} for the public ones) with no scopes on the bearer scheme, every schema used.
 */
public final class OpenApiContract {

    private OpenApiContract() {
    }

    public static OpenAPI assertClean(String json) {
        return check(json, false);
    }

    /** {@link #assertClean} and what the linters ask of a served document (see the class comment). */
    public static OpenAPI assertLintClean(String json) {
        return check(json, true);
    }

    private static OpenAPI check(String json, boolean lint) {
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
            if (lint) {
                lint(op, where, problems);
            }
        }));
        if (lint && (api.getInfo() == null || api.getInfo().getContact() == null)) {
            problems.add("info has no contact");
        }
        Set<String> referred = new HashSet<>();
        String text = json;
        int at = 0;
        while ((at = text.indexOf("\"$ref\"", at)) >= 0) {
            int start = text.indexOf("#/components/schemas/", at);
            int end = text.indexOf('"', start);
            String name = text.substring(start + "#/components/schemas/".length(), end);
            if (schemas == null || !schemas.containsKey(name)) {
                problems.add("dangling $ref to schema " + name);
            }
            referred.add(name);
            at = end;
        }
        if (lint && schemas != null) {
            schemas.keySet().stream().filter(name -> !referred.contains(name)).forEach(name -> problems.add("schema " + name + " is never used"));
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
        problemAnswers(op, where, problems);
    }

    private static void lint(Operation op, String where, List<String> problems) {
        if (op.getDescription() == null || op.getDescription().isBlank()) {
            problems.add(where + ": no description");
        }
        if (op.getSecurity() == null) {
            problems.add(where + ": no security requirement (a public operation says security: [])");
        } else {
            op.getSecurity().forEach(requirement -> requirement.forEach((scheme, scopes) -> {
                if (!scopes.isEmpty()) {
                    problems.add(where + ": scopes " + scopes + " on the scope-less scheme " + scheme);
                }
            }));
        }
        if (op.getResponses() == null || op.getResponses().keySet().stream().noneMatch(code -> code.startsWith("4"))) {
            problems.add(where + ": no 4xx answer");
        }
    }

    private static void problemAnswers(Operation op, String where, List<String> problems) {
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
