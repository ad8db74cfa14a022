package org.bilateral.support.openapi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bilateral.support.problem.Problem;
import org.bilateral.support.problem.ProblemType;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Documents the problem+json error answers every operation can give, derived from its method and
 * parameters and described as in the {@link ProblemType} catalogue, so each service need not repeat
 * them on every endpoint; and states what generic
 * OpenAPI linters (Redocly's recommended rules, Spectral's spectral:oas) expect of every operation,
 * in one place for every application and so for the gateway's merged document: an explicit
 * {@code security: []} on public operations, bearer requirements without scopes (a bearer scheme has
 * none; the groups a write needs are in {@code x-bilateral-groups} and its 403), and a contact; and gives shared
 * endpoints their service's operation ids ({@link SubjectOperationIds}).
 * Registered through {@code mp.openapi.filter}.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    /** The token groups an operation needs, taken from the scopes SmallRye derives from {@code @RolesAllowed}. */
    public static final String GROUPS_EXTENSION = "x-bilateral-groups";

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
        if (openAPI.getInfo() != null && openAPI.getInfo().getContact() == null) {
            // overridable with quarkus.smallrye-openapi.info-contact-*
            openAPI.getInfo().setContact(OASFactory.createContact().name("Bilateral maintainers").url("https://bilateral.example/"));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        SubjectOperationIds.apply(openAPI);
        PageValidatorDocs.apply(openAPI);
        Set<String> scopeless = scopelessSchemes(openAPI);
        Set<String> usedSchemes = new LinkedHashSet<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> {
            List<String> groups = normaliseSecurity(op, scopeless);
            addErrors(method, op, path.contains("{"), groups);
            op.getSecurity().forEach(r -> usedSchemes.addAll(r.getSchemes() == null ? Set.of() : r.getSchemes().keySet()));
        }));
        if (openAPI.getSecurity() != null) {
            openAPI.getSecurity().forEach(r -> usedSchemes.addAll(r.getSchemes() == null ? Set.of() : r.getSchemes().keySet()));
        }
        // a scheme no operation uses (the gateway's own document: only public reads) is noise; the merged
        // document still gets it from the services whose writes use it
        if (openAPI.getComponents().getSecuritySchemes() != null) {
            List.copyOf(openAPI.getComponents().getSecuritySchemes().keySet()).stream().filter(name -> !usedSchemes.contains(name))
                    .forEach(openAPI.getComponents()::removeSecurityScheme);
        }
    }

    /** Security schemes that have no scopes (all but oauth2 and openIdConnect). */
    private static Set<String> scopelessSchemes(OpenAPI openAPI) {
        Set<String> names = new LinkedHashSet<>();
        if (openAPI.getComponents() != null && openAPI.getComponents().getSecuritySchemes() != null) {
            openAPI.getComponents().getSecuritySchemes().forEach((name, scheme) -> {
                if (scheme.getType() != SecurityScheme.Type.OAUTH2 && scheme.getType() != SecurityScheme.Type.OPENIDCONNECT) {
                    names.add(name);
                }
            });
        }
        return names;
    }

    /**
     * An operation without a security requirement is public: it says so with an empty list. Role
     * names SmallRye lists as the scopes of a bearer requirement move to {@link #GROUPS_EXTENSION}
     * (OpenAPI gives non-OAuth schemes an empty scope list); returns them.
     */
    private static List<String> normaliseSecurity(Operation op, Set<String> scopeless) {
        if (op.getSecurity() == null) {
            op.setSecurity(new ArrayList<>());
            return List.of();
        }
        Set<String> groups = new LinkedHashSet<>();
        for (SecurityRequirement requirement : op.getSecurity()) {
            if (requirement.getSchemes() == null) {
                continue;
            }
            for (String scheme : List.copyOf(requirement.getSchemes().keySet())) {
                List<String> scopes = requirement.getScheme(scheme);
                if (scopeless.contains(scheme) && scopes != null && !scopes.isEmpty()) {
                    groups.addAll(scopes);
                    requirement.addScheme(scheme, new ArrayList<>());
                }
            }
        }
        if (!groups.isEmpty()) {
            op.addExtension(GROUPS_EXTENSION, new ArrayList<>(groups));
        }
        return List.copyOf(groups);
    }

    private static boolean answersContent(Operation op) {
        return op.getResponses() != null && op.getResponses().getAPIResponses() != null
                && op.getResponses().getAPIResponses().entrySet().stream().anyMatch(r -> r.getKey().startsWith("2")
                        && r.getValue().getContent() != null && r.getValue().getContent().getMediaTypes() != null
                        && !r.getValue().getContent().getMediaTypes().isEmpty());
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }

    private static void addErrors(PathItem.HttpMethod method, Operation op, boolean hasPathParam, List<String> groups) {
        Set<ProblemType> errors = new LinkedHashSet<>();
        boolean write = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
        boolean hasInput = op.getRequestBody() != null || (op.getParameters() != null && !op.getParameters().isEmpty());
        if (hasInput) {
            errors.add(ProblemType.VALIDATION);
        }
        if (write || !groups.isEmpty()) {
            // a read that needs a group (a caller's own webhook subscriptions) fails the same ways as a write
            errors.add(ProblemType.UNAUTHORIZED);
            errors.add(ProblemType.FORBIDDEN);
        }
        if (hasPathParam) {
            errors.add(ProblemType.NOT_FOUND);
        }
        if (answersContent(op)) {
            // JAX-RS negotiates Accept against what the operation produces before it runs
            errors.add(ProblemType.NOT_ACCEPTABLE);
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
            errors.add(ProblemType.CONFLICT);
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE) {
            errors.add(ProblemType.PRECONDITION_FAILED);
            errors.add(ProblemType.PRECONDITION_REQUIRED);
        }
        errors.add(ProblemType.INTERNAL);
        if (op.getResponses() == null) {
            op.setResponses(OASFactory.createAPIResponses());
        }
        String forbidden = groups.isEmpty() ? ProblemType.FORBIDDEN.description()
                : "The token's groups do not include " + String.join(" or ", groups);
        if (!groups.isEmpty() && op.getResponses().getAPIResponse("403") != null) {
            // SmallRye's generic "Not Allowed" says less than the group the token lacks
            op.getResponses().getAPIResponse("403").setDescription(forbidden);
        }
        if ((write || !groups.isEmpty()) && op.getResponses().getAPIResponse("401") != null) {
            // and its "Not Authorized" less than the catalogue; the same words whether SmallRye or this filter added it
            op.getResponses().getAPIResponse("401").setDescription(ProblemType.UNAUTHORIZED.description());
        }
        for (ProblemType type : errors) {
            String status = Integer.toString(type.status());
            String description = type == ProblemType.FORBIDDEN ? forbidden : type.description();
            APIResponse existing = op.getResponses().getAPIResponse(status);
            if (existing == null || existing.getContent() == null) {
                op.getResponses().addAPIResponse(status, OASFactory.createAPIResponse()
                        .description(existing != null && existing.getDescription() != null ? existing.getDescription() : description)
                        .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)))));
            }
        }
    }
}
