package org.bilateral.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.testsupport.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The merged document at /q/openapi, the services' own documents, Swagger UI. */
@QuarkusTest
class OpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void reset() {
        Stubs.reset();
    }

    /** The service answers /q/openapi with its real document (the kept copy {@link DownstreamDocumentsTest} checks). */
    static void serveDocument(String service) {
        Stubs.client(service).register(get(urlPathEqualTo("/q/openapi")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(ServiceDocuments.snapshotText(service))));
    }

    private static List<String> paths(String service) {
        List<String> paths = new ArrayList<>();
        ServiceDocuments.snapshot(service).path("paths").fieldNames().forEachRemaining(paths::add);
        return paths;
    }

    @Test
    void theMergedDocumentHasEveryServicePathAndTheGatewaysOwnAndValidatesClean() throws Exception {
        serveDocument("trade");
        serveDocument("agreements");
        serveDocument("ventures");
        String json = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .contentType(containsString("application/json")).extract().asString();

        OpenAPI api = OpenApiContract.assertClean(json);
        for (String service : new String[] {"trade", "agreements", "ventures"}) {
            assertTrue(api.getPaths().keySet().containsAll(paths(service)), service + " paths missing from " + api.getPaths().keySet());
        }
        assertTrue(api.getPaths().containsKey("/api/v1/overview"));
        assertEquals("getOverview", api.getPaths().get("/api/v1/overview").getGet().getOperationId());
        assertEquals("Bilateral platform API", api.getInfo().getTitle());

        JsonNode doc = JSON.readTree(json);
        JsonNode schemas = doc.path("components").path("schemas");
        for (String service : ServiceDocuments.SERVICES) {
            String prefix = Character.toUpperCase(service.charAt(0)) + service.substring(1);
            ServiceDocuments.snapshot(service).path("components").path("schemas").fieldNames().forEachRemaining(name -> assertTrue(
                    schemas.has(name) || schemas.has(prefix + name), service + "'s " + name + " missing from the merged document"));
        }
        // same name, same content: shared (the services' Problem is the gateway's own too)
        assertEquals(ServiceDocuments.snapshot("ventures").at("/components/schemas/Problem"), schemas.path("Problem"));
        assertFalse(schemas.has("VenturesProblem") || schemas.has("TradeProblem") || schemas.has("AgreementsProblem"), schemas.toString());
        assertEquals("#/components/schemas/Problem", doc.path("paths").path("/api/v1/ventures").path("get")
                .path("responses").path("500").path("content").path("application/problem+json").path("schema").path("$ref").asText());
        // same name, different content: the later service's is renamed, and its references follow
        assertEquals(ServiceDocuments.snapshot("trade").at("/components/schemas/Qualifier"), schemas.path("Qualifier"));
        assertEquals(ServiceDocuments.snapshot("ventures").at("/components/schemas/Qualifier"), schemas.path("VenturesQualifier"));
        assertEquals("#/components/schemas/VenturesQualifier",
                schemas.path("VentureClaim").path("properties").path("qualifier").path("$ref").asText(), schemas.path("VentureClaim").toString());
        assertEquals("#/components/schemas/Qualifier", schemas.path("Amount").path("properties").path("qualifier").path("$ref").asText());
        assertEquals("#/components/schemas/AgreementsImportReport", doc.path("paths").path("/api/v1/agreements/admin/seed-import")
                .path("post").path("responses").path("200").path("content").path("application/json").path("schema").path("$ref").asText());
        assertTrue(schemas.has("ImportReport") && schemas.has("VenturesImportReport"), schemas.toString());
        for (JsonNode service : doc.path("x-bilateral-services")) {
            assertTrue(service.path("included").asBoolean(), service.toString());
        }
    }

    @Test
    void theGatewaysOwnDocumentIsLintCleanAndDeclaresItsPublicOperationsAsSuch() throws Exception {
        String json = given().queryParam("format", "json").when().get("/q/openapi/gateway").then().statusCode(200).extract().asString();
        OpenApiContract.assertLintClean(json);
        JsonNode overview = JSON.readTree(json).path("paths").path("/api/v1/overview").path("get");
        assertTrue(overview.path("security").isArray() && overview.path("security").isEmpty(), "security: [] on a public read: " + overview);
        assertTrue(overview.path("responses").has("406"), overview.path("responses").toString());
        // no operation of its own needs a token: the scheme comes into the merged document with the services' writes
        assertFalse(JSON.readTree(json).path("components").path("securitySchemes").has("bearer"));
    }

    @Test
    void aServiceThatGoesDownIsServedFromItsLastGoodDocumentMarkedStale() throws Exception {
        serveDocument("trade");
        serveDocument("agreements");
        serveDocument("ventures");
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200);
        Stubs.agreements().register(get(urlPathEqualTo("/q/openapi")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        String json = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString();

        JsonNode doc = JSON.readTree(json);
        List<String> merged = new ArrayList<>();
        doc.path("paths").fieldNames().forEachRemaining(merged::add);
        for (String service : new String[] {"trade", "agreements", "ventures"}) {
            assertTrue(merged.containsAll(paths(service)), service);
        }
        JsonNode agreements = doc.path("x-bilateral-services").get(1);
        assertEquals("agreements-service", agreements.path("service").asText());
        assertTrue(agreements.path("included").asBoolean());
        assertTrue(agreements.path("stale").asBoolean());
        assertTrue(agreements.path("reason").asText().contains("agreements-service"), agreements.toString());
        assertFalse(doc.path("x-bilateral-services").get(0).path("stale").asBoolean());
        OpenApiContract.assertClean(json);
        // a service that was never reachable is left out: see ServiceDownTest
    }

    @Test
    void yamlByDefaultLikeSmallRye() {
        serveDocument("trade");
        given().when().get("/q/openapi").then().statusCode(200).contentType(containsString("yaml"))
                .body(containsString("/api/v1/trade/figures/{id}:")).body(containsString("getOverview"));
    }

    @Test
    void eachServicesOwnDocumentAndTheGatewaysAreServedForSwaggerUi() {
        serveDocument("ventures");
        given().queryParam("format", "json").when().get("/q/openapi/ventures").then().statusCode(200)
                .body("info.title", is("Bilateral joint-venture listings API"));
        given().queryParam("format", "json").when().get("/q/openapi/gateway").then().statusCode(200)
                .body("paths.'/api/v1/overview'.get.operationId", is("getOverview"));
    }

    @Test
    void swaggerUiListsTheMergedDocumentAndEachService() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
        String ui = given().when().get("/q/swagger-ui/").then().extract().asString();
        for (String url : new String[] {"/q/openapi?format=json", "/q/openapi/trade", "/q/openapi/agreements", "/q/openapi/ventures"}) {
            assertTrue(ui.contains(url), url + " not listed in Swagger UI");
        }
    }

}
