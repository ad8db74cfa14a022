package org.bilateral.trade;

import static io.restassured.RestAssured.given;
import static org.bilateral.trade.ProviderFixtures.PROVIDERS;
import static org.bilateral.trade.ProviderFixtures.imfLike;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.bilateral.testsupport.DevTokens;
import org.junit.jupiter.api.Test;

/** Providers: admin writes with ETags, public reads, revisions and the change feed, config-declared ones, and every validation failure. */
@QuarkusTest
@TestProfile(HarvestProfile.class)
class ProviderApiTest {

    private static ValidatableResponse post(Object body) {
        return given().auth().oauth2(DevTokens.admin()).contentType(ContentType.JSON).body(body).when().post(PROVIDERS).then();
    }

    @Test
    void aProviderGoesThroughItsWholeLifeWithETagsRevisionsAndTheChangeFeed() throws Exception {
        long cursor = drainFeed();
        Response created = post(imfLike("imf-life")).statusCode(201)
                .header("Location", endsWith(PROVIDERS + "/imf-life"))
                .body("id", is("imf-life")).body("origin", is("API")).body("version", is(1))
                .body("codes.flow.TXG_FOB_USD", is("EXPORT")).body("schedule", is("0 0 5 * * ?"))
                .extract().response();
        String etag1 = created.header("ETag");
        assertEquals("\"1\"", etag1);
        given().when().get(PROVIDERS + "/imf-life").then().statusCode(200).header("ETag", etag1).body("name", is("IMF Direction of Trade"));
        // the provider is a source figures can cite
        given().when().get("/api/v1/trade/sources").then().statusCode(200)
                .body("find { it.id == 'imf-life' }.publisher", is("IMF Direction of Trade"));
        post(imfLike("imf-life")).statusCode(409);
        Instant beforeUpdate = Instant.now();
        Thread.sleep(5);

        Map<String, Object> changed = imfLike("imf-life");
        changed.put("name", "IMF DOTS");
        given().auth().oauth2(DevTokens.admin()).contentType(ContentType.JSON).body(changed).when().put(PROVIDERS + "/imf-life")
                .then().statusCode(428);
        given().auth().oauth2(DevTokens.admin()).header("If-Match", "\"7\"").contentType(ContentType.JSON).body(changed)
                .when().put(PROVIDERS + "/imf-life").then().statusCode(412);
        String etag2 = given().auth().oauth2(DevTokens.admin()).header("If-Match", etag1).contentType(ContentType.JSON).body(changed)
                .when().put(PROVIDERS + "/imf-life").then().statusCode(200).body("name", is("IMF DOTS")).body("version", is(2))
                .extract().header("ETag");
        given().queryParam("asOf", beforeUpdate.toString()).when().get(PROVIDERS + "/imf-life").then().statusCode(200)
                .header("ETag", etag1).body("name", is("IMF Direction of Trade"));
        given().when().get("/api/v1/trade/sources").then().body("find { it.id == 'imf-life' }.publisher", is("IMF DOTS"));

        given().auth().oauth2(DevTokens.admin()).header("If-Match", etag1).when().delete(PROVIDERS + "/imf-life").then().statusCode(412);
        given().auth().oauth2(DevTokens.admin()).header("If-Match", etag2).when().delete(PROVIDERS + "/imf-life").then().statusCode(204);
        given().when().get(PROVIDERS + "/imf-life").then().statusCode(404);

        given().when().get(PROVIDERS + "/imf-life/revisions").then().statusCode(200)
                .body("operation", contains("CREATE", "UPDATE", "DELETE"))
                .body("actor", everyItem(is("test@bilateral.example")))
                .body("data.name", contains("IMF Direction of Trade", "IMF DOTS", "IMF DOTS"));
        given().queryParam("since", cursor).queryParam("limit", 1000).when().get("/api/v1/trade/changes").then().statusCode(200)
                .body("items.findAll { it.resource == 'providers' && it.data.id == 'imf-life' }.operation", contains("CREATE", "UPDATE", "DELETE"));
    }

    @Test
    void aProviderDeclaredInConfigIsListedBesideTheOthersAndIsReadOnlyHere() {
        post(imfLike("imf-listed")).statusCode(201);
        given().queryParam("size", 200).when().get(PROVIDERS).then().statusCode(200)
                .body("items.find { it.id == 'cfg-stats' }.origin", is("CONFIG"))
                .body("items.find { it.id == 'cfg-stats' }.dataflow.agency", is("STAT"))
                .body("items.find { it.id == 'cfg-stats' }.unit.multiplier", is(6))
                .body("items.find { it.id == 'imf-listed' }.origin", is("API"));
        given().queryParam("origin", "CONFIG").when().get(PROVIDERS).then().statusCode(200).body("items.id", everyItem(is("cfg-stats")));
        Response cfg = given().when().get(PROVIDERS + "/cfg-stats").then().statusCode(200).extract().response();
        Map<String, Object> body = imfLike("cfg-stats");
        given().auth().oauth2(DevTokens.admin()).header("If-Match", cfg.header("ETag")).contentType(ContentType.JSON).body(body)
                .when().put(PROVIDERS + "/cfg-stats").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("bilateral.trade.providers.cfg-stats"));
        given().auth().oauth2(DevTokens.admin()).header("If-Match", cfg.header("ETag")).when().delete(PROVIDERS + "/cfg-stats")
                .then().statusCode(409);
        given().when().get(PROVIDERS + "/cfg-stats/revisions").then().statusCode(200).body("actor", everyItem(is("config")));
        given().when().get("/api/v1/trade/sources").then().body("id", hasItem("cfg-stats"));
    }

    @Test
    void onlyAdminsWriteProvidersAndEveryoneReadsThem() {
        given().contentType(ContentType.JSON).body(imfLike("imf-anon")).when().post(PROVIDERS).then().statusCode(401);
        given().auth().oauth2(DevTokens.editor()).contentType(ContentType.JSON).body(imfLike("imf-anon")).when().post(PROVIDERS)
                .then().statusCode(403);
        given().when().get(PROVIDERS).then().statusCode(200);
        given().accept("text/csv").when().get(PROVIDERS).then().statusCode(200).contentType(containsString("text/csv"));
    }

    @Test
    void everyInvalidProviderIsA400NamingItsField() {
        Map<String, Object> unknownField = imfLike("bad-a");
        unknownField.put("colour", "red");
        rejects(unknownField, "colour");

        Map<String, Object> unmappedFlow = imfLike("bad-b");
        ((Map<String, Object>) unmappedFlow.get("codes")).put("flow", Map.of("TXG_FOB_USD", "EXPORTS"));
        rejects(unmappedFlow, "codes.flow.TXG_FOB_USD").body("errors[0].message", containsString("unmapped flow code"));

        for (String url : new String[] {"ftp://provider.example/sdmx", "file:///etc/passwd", "provider.example/sdmx", "http:///nohost"}) {
            Map<String, Object> badUrl = imfLike("bad-c");
            badUrl.put("url", url);
            rejects(badUrl, "url");
        }

        Map<String, Object> badCron = imfLike("bad-d");
        badCron.put("schedule", "every morning");
        rejects(badCron, "schedule");

        Map<String, Object> badCountries = imfLike("bad-e");
        ((Map<String, Object>) badCountries.get("codes")).put("countries", "ISO_ALPHA4");
        rejects(badCountries, "codes.countries");

        Map<String, Object> noDataflow = imfLike("bad-f");
        noDataflow.remove("dataflow");
        rejects(noDataflow, "dataflow");

        Map<String, Object> noFlowDimension = imfLike("bad-g");
        ((Map<String, Object>) noFlowDimension.get("dimensions")).remove("flow");
        rejects(noFlowDimension, "dimensions.flow");

        Map<String, Object> badId = imfLike("Bad_Id");
        rejects(badId, "id");

        Map<String, Object> badStatus = imfLike("bad-h");
        ((Map<String, Object>) badStatus.get("codes")).put("status", Map.of("E", "GUESSED"));
        rejects(badStatus, "codes.status.E");

        Map<String, Object> twoMultipliers = imfLike("bad-i");
        ((Map<String, Object>) twoMultipliers.get("unit")).put("multiplier", 6);
        rejects(twoMultipliers, "unit.multiplier");

        Map<String, Object> badKind = imfLike("bad-j");
        badKind.put("kind", "FTP_DUMP");
        rejects(badKind, "kind");

        // nothing of the above was stored
        given().queryParam("size", 200).when().get(PROVIDERS).then().body("items.id", not(hasItem(startsWith("bad-"))));

        Map<String, Object> renamed = imfLike("imf-renamed");
        Response created = post(renamed).statusCode(201).extract().response();
        Map<String, Object> other = new HashMap<>(renamed);
        other.put("id", "imf-other");
        given().auth().oauth2(DevTokens.admin()).header("If-Match", created.header("ETag")).contentType(ContentType.JSON).body(other)
                .when().put(PROVIDERS + "/imf-renamed").then().statusCode(400).body("errors.field", hasItem("id"));
    }

    private static ValidatableResponse rejects(Map<String, Object> body, String field) {
        return post(body).statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    static long drainFeed() {
        long cursor = 0;
        boolean more = true;
        while (more) {
            Response r = given().queryParam("since", cursor).queryParam("limit", 1000).when().get("/api/v1/trade/changes");
            cursor = ((Number) r.path("nextCursor")).longValue();
            more = r.path("hasMore");
        }
        return cursor;
    }
}
