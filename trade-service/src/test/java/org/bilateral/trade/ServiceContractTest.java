package org.bilateral.trade;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import org.bilateral.testsupport.OpenApiContract;
import org.bilateral.testsupport.ServiceEndpointsContract;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** The OpenAPI document, Swagger UI, health and metrics endpoints every service must offer. */
@QuarkusTest
class ServiceContractTest extends ServiceEndpointsContract {

    ServiceContractTest() {
        super("/api/v1/trade/figures");
    }

    @Test
    void theOpenApiDocumentValidatesAndDocumentsEveryOperation() {
        String json = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString();
        OpenAPI api = OpenApiContract.assertLintClean(json);
        Assertions.assertTrue(api.getPaths().keySet().containsAll(java.util.List.of("/api/v1/trade/figures", "/api/v1/trade/figures/{id}",
                "/api/v1/trade/figures/{id}/revisions", "/api/v1/trade/changes", "/api/v1/trade/series", "/api/v1/trade/balance",
                "/api/v1/trade/targets", "/api/v1/trade/discrepancies", "/api/v1/trade/commodities", "/api/v1/trade/rankings", "/api/v1/trade/sources")),
                api.getPaths().keySet().toString());
        Assertions.assertEquals(java.util.List.of("EXPORT", "IMPORT", "TURNOVER", "SERVICES", "INVESTMENT"),
                api.getComponents().getSchemas().get("Flow").getEnum());
        var create = api.getPaths().get("/api/v1/trade/figures").getPost();
        Assertions.assertTrue(create.getResponses().keySet().containsAll(java.util.List.of("201", "400", "401", "403", "409")));
        Assertions.assertFalse(create.getSecurity() == null || create.getSecurity().isEmpty(), "writes declare bearer security");
        // a bearer scheme has no scopes; the group the write needs is stated beside it and in its 403
        Assertions.assertEquals(java.util.List.of(java.util.Map.of("bearer", java.util.List.of())), create.getSecurity());
        Assertions.assertEquals(java.util.List.of("editor"), create.getExtensions().get("x-bilateral-groups"));
        Assertions.assertTrue(create.getResponses().get("403").getDescription().contains("editor"));
        var read = api.getPaths().get("/api/v1/trade/sources").getGet();
        Assertions.assertEquals(java.util.List.of(), read.getSecurity(), "a public read says security: []");
        Assertions.assertTrue(read.getResponses().containsKey("406"), "a read without parameters still has its 4xx");
        // SDMX's closed code lists are enums a generated client can offer
        var structures = api.getPaths().get("/api/v1/trade/sdmx/{resource}").getGet().getParameters();
        Assertions.assertEquals(java.util.List.of("dataflow", "datastructure", "codelist", "conceptscheme", "structure"),
                structures.stream().filter(p -> p.getName().equals("resource")).findFirst().orElseThrow().getSchema().getEnum());
        Assertions.assertEquals(java.util.List.of("full"),
                structures.stream().filter(p -> p.getName().equals("detail")).findFirst().orElseThrow().getSchema().getEnum());
        var replace = api.getPaths().get("/api/v1/trade/figures/{id}").getPut();
        Assertions.assertTrue(replace.getResponses().keySet().containsAll(java.util.List.of("412", "428", "404")));
    }
}
