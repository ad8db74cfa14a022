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
        OpenAPI api = OpenApiContract.assertClean(json);
        Assertions.assertTrue(api.getPaths().keySet().containsAll(java.util.List.of("/api/v1/trade/figures", "/api/v1/trade/figures/{id}",
                "/api/v1/trade/figures/{id}/revisions", "/api/v1/trade/changes", "/api/v1/trade/series", "/api/v1/trade/balance",
                "/api/v1/trade/targets", "/api/v1/trade/discrepancies", "/api/v1/trade/commodities", "/api/v1/trade/sources")),
                api.getPaths().keySet().toString());
        Assertions.assertEquals(java.util.List.of("EXPORT", "IMPORT", "TURNOVER", "SERVICES", "INVESTMENT"),
                api.getComponents().getSchemas().get("Flow").getEnum());
        var create = api.getPaths().get("/api/v1/trade/figures").getPost();
        Assertions.assertTrue(create.getResponses().keySet().containsAll(java.util.List.of("201", "400", "401", "403", "409")));
        Assertions.assertFalse(create.getSecurity() == null || create.getSecurity().isEmpty(), "writes declare bearer security");
        var replace = api.getPaths().get("/api/v1/trade/figures/{id}").getPut();
        Assertions.assertTrue(replace.getResponses().keySet().containsAll(java.util.List.of("412", "428", "404")));
    }
}
