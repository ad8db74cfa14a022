package org.bilateral.ventures;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;
import org.bilateral.testsupport.OpenApiContract;
import org.bilateral.testsupport.ServiceEndpointsContract;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** The OpenAPI document, Swagger UI, health and metrics endpoints every service must offer. */
@QuarkusTest
class ServiceContractTest extends ServiceEndpointsContract {

    ServiceContractTest() {
        super("/api/v1/ventures");
    }

    @Test
    void theOpenApiDocumentValidatesAndDocumentsEveryOperation() {
        String json = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString();
        OpenAPI api = OpenApiContract.assertLintClean(json);
        Assertions.assertTrue(api.getPaths().keySet().containsAll(List.of("/api/v1/ventures", "/api/v1/ventures/{id}",
                "/api/v1/ventures/{id}/revisions", "/api/v1/ventures/changes", "/api/v1/ventures/statistics", "/api/v1/ventures/claims",
                "/api/v1/ventures/sources", "/api/v1/ventures/organisations", "/api/v1/ventures/organisations/{id}",
                "/api/v1/ventures/organisations/{id}/ventures", "/api/v1/ventures/organisations/{id}/revisions",
                "/api/v1/ventures/admin/seed-import")), api.getPaths().keySet().toString());
        Assertions.assertEquals(List.of("JOINT_VENTURE", "JOINT_ASSEMBLY_PLANT", "FOREIGN_OWNED_ENTERPRISE", "INDUSTRIAL_PARK",
                "DEALER_NETWORK", "SERVICE_CENTRE", "PROPOSED_PROJECT"), api.getComponents().getSchemas().get("VentureKind").getEnum());
        Assertions.assertEquals(List.of("PROPOSED", "PLANNED", "OPERATING", "SUSPENDED", "CLOSED"),
                api.getComponents().getSchemas().get("VentureStatus").getEnum());
        var list = api.getPaths().get("/api/v1/ventures").getGet().getResponses();
        Assertions.assertEquals(List.of("application/json", "text/csv", "application/geo+json"), List.copyOf(list.get("200").getContent().keySet()));
        var geo = list.get("200").getContent().get("application/geo+json");
        Assertions.assertTrue(geo.getSchema().get$ref().endsWith("/VentureFeatureCollection"), geo.getSchema().get$ref());
        Assertions.assertFalse(geo.getExamples() == null || geo.getExamples().isEmpty(), "GeoJSON example");
        Assertions.assertTrue(list.get("200").getContent().get("application/json").getSchema().get$ref().endsWith("/PageVentureView"));
        Assertions.assertTrue(list.containsKey("406"));
        var create = api.getPaths().get("/api/v1/ventures").getPost();
        Assertions.assertTrue(create.getResponses().keySet().containsAll(List.of("201", "400", "401", "403", "409")));
        Assertions.assertFalse(create.getSecurity() == null || create.getSecurity().isEmpty(), "writes declare bearer security");
        var replace = api.getPaths().get("/api/v1/ventures/{id}").getPut();
        Assertions.assertTrue(replace.getResponses().keySet().containsAll(List.of("412", "428", "404")));
    }
}
