package org.bilateral.support.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bilateral.support.problem.ProblemType;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;

class ProblemResponsesFilterTest {

    private static Map<String, String> problemResponses(String path, Operation op, boolean put) {
        OpenAPI api = OASFactory.createOpenAPI().info(OASFactory.createInfo().title("t").version("1"))
                .components(OASFactory.createComponents().addSecurityScheme("bearer",
                        OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .paths(OASFactory.createPaths().addPathItem(path,
                        put ? OASFactory.createPathItem().PUT(op) : OASFactory.createPathItem().GET(op)));
        new ProblemResponsesFilter().filterOpenAPI(api);
        Map<String, String> described = new TreeMap<>();
        op.getResponses().getAPIResponses().forEach((status, response) -> {
            assertNotNull(response.getContent().getMediaType("application/problem+json"), status);
            described.put(status, response.getDescription());
        });
        return described;
    }

    @Test
    void aPutOfOneRecordDocumentsEveryWayItFailsAsTheCatalogueDescribesThem() {
        Operation put = OASFactory.createOperation().requestBody(OASFactory.createRequestBody());
        Map<String, String> expected = new TreeMap<>();
        for (ProblemType type : List.of(ProblemType.VALIDATION, ProblemType.UNAUTHORIZED, ProblemType.FORBIDDEN,
                ProblemType.NOT_FOUND, ProblemType.CONFLICT, ProblemType.PRECONDITION_FAILED,
                ProblemType.PRECONDITION_REQUIRED, ProblemType.INTERNAL)) {
            expected.put(Integer.toString(type.status()), type.description());
        }
        assertEquals(expected, problemResponses("/things/{id}", put, true));
    }

    @Test
    void aReadThatNeedsAGroupNamesItInItsForbiddenAnswer() {
        Operation get = OASFactory.createOperation().security(List.of(OASFactory.createSecurityRequirement()
                .addScheme("bearer", List.of("editor"))));
        Map<String, String> described = problemResponses("/subscriptions", get, false);
        assertEquals(ProblemType.UNAUTHORIZED.description(), described.get("401"));
        assertEquals("The token's groups do not include editor", described.get("403"));
        assertEquals(List.of("401", "403", "500"), List.copyOf(described.keySet()));
    }

    @Test
    void aResponseTheOperationDocumentsItselfKeepsItsDescription() {
        APIResponse own = OASFactory.createAPIResponse().description("No figure with that id");
        Operation get = OASFactory.createOperation().responses(OASFactory.createAPIResponses().addAPIResponse("404", own));
        assertEquals("No figure with that id", problemResponses("/figures/{id}", get, false).get("404"));
    }
}
