package org.bilateral.agreements;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;
import org.bilateral.testsupport.OpenApiContract;
import org.bilateral.testsupport.ServiceEndpointsContract;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** The OpenAPI document, Swagger UI, health, metrics and request ids every service must offer. */
@QuarkusTest
class ServiceContractTest extends ServiceEndpointsContract {

    ServiceContractTest() {
        super("/api/v1/agreements");
    }

    @Test
    void theOpenApiDocumentValidatesAndDocumentsEveryOperation() {
        String json = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString();
        OpenAPI api = OpenApiContract.assertLintClean(json);
        Assertions.assertTrue(api.getPaths().keySet().containsAll(List.of("/api/v1/agreements", "/api/v1/agreements/{id}",
                "/api/v1/agreements/{id}/revisions", "/api/v1/agreements/{id}/relations", "/api/v1/agreements/changes",
                "/api/v1/agreements/timeline", "/api/v1/agreements/statistics", "/api/v1/agreements/claims",
                "/api/v1/agreements/sources", "/api/v1/agreements/commissions", "/api/v1/agreements/commissions/{id}",
                "/api/v1/agreements/events", "/api/v1/agreements/events/{id}",
                "/api/v1/agreements/admin/seed-import", "/api/v1/agreements/calendar")), api.getPaths().keySet().toString());
        var calendar = api.getPaths().get("/api/v1/agreements/calendar").getGet();
        Assertions.assertNotNull(calendar.getResponses().get("200").getContent().get("text/calendar").getExamples(), "calendar example");
        Assertions.assertTrue(calendar.getResponses().keySet().containsAll(List.of("200", "304", "400", "406")));
        Assertions.assertTrue(calendar.getParameters().stream().map(p -> p.getName()).toList().containsAll(List.of("q", "kind", "status",
                "party", "area", "signedFrom", "signedTo", "inForceOn", "expiresBefore")));
        var schemas = api.getComponents().getSchemas();
        Assertions.assertEquals(List.of("INTERSTATE", "INTERGOVERNMENTAL", "INTERAGENCY", "MULTILATERAL_TREATY", "PROGRAMME", "ROADMAP",
                "MEMORANDUM"), schemas.get("AgreementKind").getEnum());
        Assertions.assertEquals(List.of("PLANNED", "SIGNED", "IN_FORCE", "EXPIRED", "TERMINATED"), schemas.get("AgreementStatus").getEnum());
        Assertions.assertEquals(List.of("IMPLEMENTS", "AMENDS", "SUPERSEDES", "PART_OF"), schemas.get("RelationType").getEnum());
        Assertions.assertEquals(List.of("DAY", "MONTH", "YEAR"), schemas.get("DatePrecision").getEnum());
        var listing = api.getPaths().get("/api/v1/agreements").getGet();
        Assertions.assertEquals("listAgreements", listing.getOperationId());
        Assertions.assertTrue(listing.getParameters().stream().map(p -> p.getName()).toList().containsAll(List.of("q", "kind", "status",
                "party", "area", "signedFrom", "signedTo", "inForceOn", "expiresBefore", "asOf", "page", "size", "sort")));
        var create = api.getPaths().get("/api/v1/agreements").getPost();
        Assertions.assertTrue(create.getResponses().keySet().containsAll(List.of("201", "400", "401", "403", "409")));
        Assertions.assertFalse(create.getSecurity() == null || create.getSecurity().isEmpty(), "writes declare bearer security");
        var replace = api.getPaths().get("/api/v1/agreements/{id}").getPut();
        Assertions.assertTrue(replace.getResponses().keySet().containsAll(List.of("412", "428", "404")));
        Assertions.assertTrue(json.contains("derived"), "the API says how status is derived");
    }
}
