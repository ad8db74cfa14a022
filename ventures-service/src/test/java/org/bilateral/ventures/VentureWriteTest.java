package org.bilateral.ventures;

import static io.restassured.RestAssured.given;
import static org.bilateral.ventures.VentureFixtures.CHANGES;
import static org.bilateral.ventures.VentureFixtures.ORGANISATIONS;
import static org.bilateral.ventures.VentureFixtures.VENTURES;
import static org.bilateral.ventures.VentureFixtures.create;
import static org.bilateral.ventures.VentureFixtures.createOrganisation;
import static org.bilateral.ventures.VentureFixtures.first;
import static org.bilateral.ventures.VentureFixtures.put;
import static org.bilateral.ventures.VentureFixtures.validOrganisation;
import static org.bilateral.ventures.VentureFixtures.validVenture;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bilateral.testsupport.DevTokens;
import org.bilateral.testsupport.JsonBodies;
import org.bilateral.testsupport.Race;
import org.junit.jupiter.api.Test;

/** Create, read, replace and delete with ETags; revisions, asOf and the change feed record every step. */
@QuarkusTest
class VentureWriteTest {

    @Test
    void aVentureGoesThroughItsWholeLifeAndEveryVersionStaysReadable() throws Exception {
        Map<String, Object> body = validVenture();
        Response created = create(body);
        int id = created.path("id");
        String etag1 = created.header("ETag");
        assertEquals("\"1\"", etag1);
        org.hamcrest.MatcherAssert.assertThat(created.header("Location"), endsWith(VENTURES + "/" + id));
        created.then().body("partners[0].share", is(49)).body("location.region", is("PL-14")).body("products[0].hsCode", is("0406"));
        Instant beforeUpdate = Instant.now();
        Thread.sleep(5); // the revision timestamps must fall on either side of beforeUpdate

        body.put("status", "SUSPENDED");
        String etag2 = put(VENTURES + "/" + id, etag1, body).then().statusCode(200).body("status", is("SUSPENDED"))
                .header("ETag", is("\"2\"")).extract().header("ETag");

        given().when().get(VENTURES + "/" + id).then().statusCode(200).header("ETag", etag2).body("status", is("SUSPENDED"));
        given().queryParam("asOf", beforeUpdate.toString()).when().get(VENTURES + "/" + id)
                .then().statusCode(200).header("ETag", etag1).body("status", is("OPERATING"));
        given().queryParam("asOf", beforeUpdate.toString()).queryParam("hostCountry", "PL").queryParam("size", 200)
                .when().get(VENTURES).then().statusCode(200)
                .body("items.find { it.id == " + id + " }.status", is("OPERATING"))
                .body("items.find { it.id == " + id + " }.partners[0].share", is(49));

        given().auth().oauth2(DevTokens.editor()).header("If-Match", etag2).when().delete(VENTURES + "/" + id)
                .then().statusCode(204);
        given().when().get(VENTURES + "/" + id).then().statusCode(404);
        given().queryParam("asOf", beforeUpdate.toString()).when().get(VENTURES + "/" + id).then().statusCode(200);

        given().when().get(VENTURES + "/" + id + "/revisions").then().statusCode(200)
                .body("operation", contains("CREATE", "UPDATE", "DELETE"))
                .body("version", contains(1, 2, 3))
                .body("actor", everyItem(is("test@bilateral.example")))
                .body("data.status", contains("OPERATING", "SUSPENDED", "SUSPENDED"))
                .body("data.partners[0].name", everyItem(is("Lithuanian investor")))
                .body("data.products[0].hsCode", everyItem(is("0406")));
        given().when().get(VENTURES + "/987654/revisions").then().statusCode(404);
    }

    @Test
    void anOrganisationIsLinkedToItsVenturesAndCannotBeDeletedWhileNamed() {
        Response org = createOrganisation(validOrganisation());
        int orgId = org.path("id");
        Map<String, Object> body = validVenture();
        first(body, "partners").put("organisationId", orgId);
        int ventureId = create(body).path("id");

        given().when().get(ORGANISATIONS + "/" + orgId + "/ventures").then().statusCode(200)
                .body("totalItems", is(1)).body("items[0].id", is(ventureId));
        given().queryParam("organisation", orgId).when().get(VENTURES).then().statusCode(200).body("items.id", contains(ventureId));
        given().auth().oauth2(DevTokens.editor()).header("If-Match", org.header("ETag")).when().delete(ORGANISATIONS + "/" + orgId)
                .then().statusCode(409).contentType("application/problem+json");

        // a partner naming an organisation must carry that organisation's country
        Map<String, Object> wrongCountry = validVenture();
        first(wrongCountry, "partners").putAll(Map.of("organisationId", orgId, "country", "PL"));
        given().auth().oauth2(DevTokens.editor()).contentType(ContentType.JSON).body(wrongCountry).when().post(VENTURES)
                .then().statusCode(400).body("errors.field", hasItem("partners[0].country"));

        given().auth().oauth2(DevTokens.editor()).header("If-Match", "\"1\"").when().delete(VENTURES + "/" + ventureId).then().statusCode(204);
        given().auth().oauth2(DevTokens.editor()).header("If-Match", org.header("ETag")).when().delete(ORGANISATIONS + "/" + orgId)
                .then().statusCode(204);
        given().when().get(ORGANISATIONS + "/" + orgId + "/revisions").then().statusCode(200)
                .body("operation", contains("CREATE", "DELETE"));
    }

    @Test
    void anOrganisationIsReplacedWithItsETag() {
        Map<String, Object> body = validOrganisation();
        Response org = createOrganisation(body);
        int id = org.path("id");
        Instant beforeUpdate = Instant.now();
        body.put("kind", "DEALER");
        put(ORGANISATIONS + "/" + id, "\"1\"", body).then().statusCode(200).body("kind", is("DEALER")).header("ETag", is("\"2\""));
        given().queryParam("asOf", beforeUpdate.toString()).when().get(ORGANISATIONS + "/" + id)
                .then().statusCode(200).body("kind", is("MANUFACTURER")).header("ETag", is("\"1\""));
        given().queryParam("asOf", beforeUpdate.toString()).queryParam("country", "LT").queryParam("size", 200).when().get(ORGANISATIONS)
                .then().statusCode(200).body("items.find { it.id == " + id + " }.kind", is("MANUFACTURER"));
        given().queryParam("asOf", "2000-01-01").when().get(ORGANISATIONS + "/" + id).then().statusCode(404);
        put(ORGANISATIONS + "/" + id, "\"1\"", body).then().statusCode(412);
        given().auth().oauth2(DevTokens.editor()).contentType(ContentType.JSON).body(body).when().put(ORGANISATIONS + "/" + id)
                .then().statusCode(428);
        given().auth().oauth2(DevTokens.editor()).contentType(ContentType.JSON).body(body).when().post(ORGANISATIONS)
                .then().statusCode(409).contentType("application/problem+json");
        Map<String, Object> sameNameOtherCase = new HashMap<>(body);
        sameNameOtherCase.put("name", ((String) body.get("name")).toUpperCase());
        given().auth().oauth2(DevTokens.editor()).contentType(ContentType.JSON).body(sameNameOtherCase).when().post(ORGANISATIONS)
                .then().statusCode(409);
    }

    @Test
    void theChangeFeedReplaysWritesInOrderFromACursor() {
        long cursor = 0;
        boolean more = true;
        while (more) {
            Response r = given().queryParam("since", cursor).queryParam("limit", 1000).when().get(CHANGES);
            cursor = ((Number) r.path("nextCursor")).longValue();
            more = r.path("hasMore");
        }
        Map<String, Object> body = validVenture();
        Response created = create(body);
        int id = created.path("id");
        body.put("startYear", 2016);
        put(VENTURES + "/" + id, created.header("ETag"), body).then().statusCode(200);

        given().queryParam("since", cursor).queryParam("limit", 1).when().get(CHANGES)
                .then().statusCode(200)
                .body("items", hasSize(1)).body("hasMore", is(true))
                .body("items[0].resource", is("ventures")).body("items[0].id", is(id)).body("items[0].operation", is("CREATE"))
                .body("items[0].data.startYear", is(2015));
        long next = ((Number) given().queryParam("since", cursor).queryParam("limit", 1).when().get(CHANGES)
                .then().extract().path("nextCursor")).longValue();
        given().queryParam("since", next).when().get(CHANGES)
                .then().statusCode(200)
                .body("items.find { it.id == " + id + " && it.resource == 'ventures' }.operation", is("UPDATE"))
                .body("items.find { it.id == " + id + " && it.resource == 'ventures' }.data.startYear", is(2016));
    }

    @Test
    void writesNeedABearerTokenWithTheEditorGroup() {
        given().contentType(ContentType.JSON).body(validVenture()).when().post(VENTURES)
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", startsWith("Bearer"));
        given().auth().oauth2("not-a-jwt").contentType(ContentType.JSON).body(validVenture()).when().post(VENTURES)
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.reader()).contentType(ContentType.JSON).body(validVenture()).when().post(VENTURES)
                .then().statusCode(403).contentType("application/problem+json").body("status", is(403));
        given().auth().oauth2(DevTokens.reader()).contentType(ContentType.JSON).body(validOrganisation()).when().post(ORGANISATIONS)
                .then().statusCode(403);
        given().when().delete(VENTURES + "/1").then().statusCode(401);
        given().when().delete(ORGANISATIONS + "/1").then().statusCode(401);
        given().contentType(ContentType.JSON).body(validVenture()).when().put(VENTURES + "/1").then().statusCode(401);
    }

    @Test
    void updatesAndDeletesNeedTheCurrentETag() {
        Map<String, Object> body = validVenture();
        Response created = create(body);
        int id = created.path("id");
        given().auth().oauth2(DevTokens.editor()).contentType(ContentType.JSON).body(body).when().put(VENTURES + "/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        put(VENTURES + "/" + id, "\"999\"", body).then().statusCode(412).contentType("application/problem+json")
                .body("detail", containsString(created.header("ETag")));
        given().auth().oauth2(DevTokens.editor()).when().delete(VENTURES + "/" + id).then().statusCode(428);
        given().auth().oauth2(DevTokens.editor()).header("If-Match", "\"999\"").when().delete(VENTURES + "/" + id).then().statusCode(412);
        put(VENTURES + "/987654", "\"1\"", body).then().statusCode(404);
        given().when().get(VENTURES + "/" + id).then().statusCode(200).body("version", is(1));
    }

    @Test
    void theSameNameInTheSameHostCountryIsAConflict() {
        Map<String, Object> body = validVenture();
        create(body);
        given().auth().oauth2(DevTokens.editor()).contentType(ContentType.JSON).body(body).when().post(VENTURES)
                .then().statusCode(409).contentType("application/problem+json").body("status", is(409));
        Map<String, Object> otherCase = new HashMap<>(body);
        otherCase.put("name", ((String) body.get("name")).toLowerCase());
        given().auth().oauth2(DevTokens.editor()).contentType(ContentType.JSON).body(otherCase).when().post(VENTURES).then().statusCode(409);
        // renaming another venture onto the name clashes too
        Map<String, Object> other = validVenture();
        Response second = create(other);
        other.put("name", body.get("name"));
        put(VENTURES + "/" + second.path("id"), second.header("ETag"), other).then().statusCode(409);
        // the same name in another host country is another venture
        Map<String, Object> abroad = new HashMap<>(body);
        abroad.put("hostCountry", "LT");
        abroad.put("location", null);
        create(abroad);
    }

    @Test
    void ofConcurrentUpdatesWithOneETagExactlyOneWins() {
        Map<String, Object> body = validVenture();
        Response created = create(body);
        int id = created.path("id");
        String etag = created.header("ETag");
        int writers = 4;
        List<Integer> statuses = Race.atOnce(writers, i -> {
            Map<String, Object> mine = JsonBodies.copy(body);
            mine.put("startYear", 2000 + i);
            return put(VENTURES + "/" + id, etag, mine).statusCode();
        });
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(writers - 1, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
        int winner = given().when().get(VENTURES + "/" + id).then().statusCode(200).body("version", is(2)).extract().path("startYear");
        given().when().get(VENTURES + "/" + id + "/revisions").then().statusCode(200)
                .body("version", contains(1, 2))
                .body("data[1].startYear", is(winner));
    }
}
