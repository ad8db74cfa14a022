package org.bilateral.support.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the problem+json error answers every operation can give, derived from its method and
 * parameters, so each service need not repeat them on every endpoint. Registered through
 * {@code mp.openapi.filter}.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String PROBLEM_MEDIA = "application/problem+json";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null || !schemas.containsKey("Problem")) {
            openAPI.getComponents().addSchema("FieldError", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                    .addProperty("field", string("JSON path of the body field, or parameter name"))
                    .addProperty("message", string("What is wrong with it")));
            openAPI.getComponents().addSchema("Problem", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                    .description("RFC 9457 problem details")
                    .addProperty("type", string("URI identifying the problem type"))
                    .addProperty("title", string("Short summary of the problem type"))
                    .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                    .addProperty("detail", string("What went wrong in this occurrence"))
                    .addProperty("instance", string("Request path"))
                    .addProperty("requestId", string("Request id, also in X-Request-Id"))
                    .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                            .items(OASFactory.createSchema().ref("#/components/schemas/FieldError"))));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach(
                (method, op) -> addErrors(method, op, path.contains("{"))));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }

    private static void addErrors(PathItem.HttpMethod method, Operation op, boolean hasPathParam) {
        Map<String, String> errors = new LinkedHashMap<>();
        boolean write = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
        boolean hasInput = op.getRequestBody() != null || (op.getParameters() != null && !op.getParameters().isEmpty());
        if (hasInput) {
            errors.put("400", "Invalid input: the problem names each bad field or parameter");
        }
        if (write) {
            errors.put("401", "No valid bearer token");
            errors.put("403", "The token lacks the group this operation needs");
        }
        if (hasPathParam) {
            errors.put("404", "No record with that id");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
            errors.put("409", "Another record already has the same natural key");
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE) {
            errors.put("412", "If-Match names a version that is no longer current");
            errors.put("428", "If-Match is missing");
        }
        errors.put("500", "Unexpected failure; quote the request id");
        if (op.getResponses() == null) {
            op.setResponses(OASFactory.createAPIResponses());
        }
        errors.forEach((status, description) -> {
            APIResponse existing = op.getResponses().getAPIResponse(status);
            if (existing == null || existing.getContent() == null) {
                op.getResponses().addAPIResponse(status, OASFactory.createAPIResponse()
                        .description(existing != null && existing.getDescription() != null ? existing.getDescription() : description)
                        .content(OASFactory.createContent().addMediaType(PROBLEM_MEDIA,
                                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)))));
            }
        });
    }
}
