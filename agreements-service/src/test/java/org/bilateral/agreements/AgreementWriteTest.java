package org.bilateral.agreements;

import static io.restassured.RestAssured.given;
import static org.bilateral.agreements.AgreementFixtures.AGREEMENTS;
import static org.bilateral.agreements.AgreementFixtures.create;
import static org.bilateral.agreements.AgreementFixtures.feedEnd;
import static org.bilateral.agreements.AgreementFixtures.replace;
import static org.bilateral.agreements.AgreementFixtures.validAgreement;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.bilateral.testsupport.DevTokens;
import org.bilateral.testsupport.JsonBodies;
import org.bilateral.testsupport.Race;
import org.junit.jupiter.api.Test;

/** Create, read, replace and delete with ETags; revisions, asOf and the change feed record every step. */
@QuarkusTest
class AgreementWriteTest {

    @Test
    void anAgreementGoesThroughItsWholeLifeAndEveryVersionStaysReadable() {
        Map<String, Object> body = validAgreement();
        Response created = create(body);
        int id = created.path("id");
        String etag1 = created.header("ETag");
        assertEquals("\"1\"", etag1);
        org.hamcrest.MatcherAssert.assertThat(created.header("Location"), endsWith(AGREEMENTS + "/" + id));
        created.then().body("status", is("SIGNED")).body("parties[0].organisation", is("Government of Poland"))
                .body("signed.place", is("Vilnius")).body("areas", contains("TRANSPORT", "LOGISTICS"));

        body.put("summary", "Revised fixture about shipping on shared rivers and canals.");
        body.put("areas", List.of("TRANSPORT"));
        String etag2 = replace(id, etag1, body).then().statusCode(200).header("ETag", is("\"2\""))
                .body("areas", contains("TRANSPORT")).body("version", is(2)).extract().header("ETag");
        given().when().get(AGREEMENTS + "/" + id).then().statusCode(200).header("ETag", etag2).body("summary", containsString("canals"));

        String firstRecorded = given().when().get(AGREEMENTS + "/" + id + "/revisions").then().statusCode(200)
                .extract().path("[0].recordedAt");
        given().queryParam("asOf", firstRecorded).when().get(AGREEMENTS + "/" + id)
                .then().statusCode(200).header("ETag", etag1).body("areas", contains("TRANSPORT", "LOGISTICS"));
        given().queryParam("asOf", firstRecorded).queryParam("party", "PL").queryParam("size", 200).when().get(AGREEMENTS)
                .then().statusCode(200).body("items.find { it.id == " + id + " }.version", is(1));
        given().queryParam("asOf", "2000-01-01T00:00:00Z").when().get(AGREEMENTS + "/" + id).then().statusCode(404);

        given().auth().oauth2(DevTokens.editor()).header("If-Match", etag2).when().delete(AGREEMENTS + "/" + id).then().statusCode(204);
        given().when().get(AGREEMENTS + "/" + id).then().statusCode(404);
        given().queryParam("asOf", firstRecorded).when().get(AGREEMENTS + "/" + id).then().statusCode(200);

        given().when().get(AGREEMENTS + "/" + id + "/revisions").then().statusCode(200)
                .body("operation", contains("CREATE", "UPDATE", "DELETE"))
                .body("version", contains(1, 2, 3))
                .body("actor", everyItem(is("test@bilateral.example")))
                .body("data.summary[1]", containsString("canals"));
        given().when().get(AGREEMENTS + "/987654/revisions").then().statusCode(404);
    }

    @Test
    void relationsAreKeptInHistoryAndBlockDeletingTheirTarget() {
        Response target = create(validAgreement());
        int targetId = target.path("id");
        Map<String, Object> amending = validAgreement();
        amending.put("relations", List.of(Map.of("type", "AMENDS", "agreementId", targetId)));
        Response created = create(amending);
        int id = created.path("id");
        created.then().body("relations[0].agreementId", is(targetId)).body("relations[0].type", is("AMENDS"));
        given().when().get(AGREEMENTS + "/" + targetId + "/relations").then().statusCode(200)
                .body("incoming.agreementId", contains(id)).body("incoming[0].type", is("AMENDS"));
        given().auth().oauth2(DevTokens.editor()).header("If-Match", target.header("ETag")).when().delete(AGREEMENTS + "/" + targetId)
                .then().statusCode(409).contentType("application/problem+json");
        // the revision snapshot rebuilds the relation too
        given().when().get(AGREEMENTS + "/" + id + "/revisions").then().statusCode(200)
                .body("[0].data.relations[0].agreementId", is(targetId));
        String recorded = given().when().get(AGREEMENTS + "/" + id + "/revisions").then().extract().path("[0].recordedAt");
        given().queryParam("asOf", recorded).when().get(AGREEMENTS + "/" + id + "/relations").then().statusCode(200)
                .body("outgoing[0].agreementId", is(targetId)).body("outgoing[0].exists", is(true));
        // relating to itself is refused naming the field
        amending.put("relations", List.of(Map.of("type", "SUPERSEDES", "agreementId", id)));
        replace(id, created.header("ETag"), amending).then().statusCode(400)
                .body("errors[0].field", is("relations[0].agreementId"));
    }

    @Test
    void theChangeFeedReplaysWritesInOrderFromACursor() {
        long cursor = feedEnd();
        Map<String, Object> body = validAgreement();
        Response created = create(body);
        int id = created.path("id");
        body.put("note", "Second version.");
        replace(id, created.header("ETag"), body).then().statusCode(200);

        given().queryParam("since", cursor).queryParam("limit", 1).when().get(AGREEMENTS + "/changes").then().statusCode(200)
                .body("items", hasSize(1)).body("hasMore", is(true))
                .body("items[0].resource", is("agreements")).body("items[0].id", is(id)).body("items[0].operation", is("CREATE"))
                .body("items[0].data.note", is("Created by a test."));
        long next = ((Number) given().queryParam("since", cursor).queryParam("limit", 1).when().get(AGREEMENTS + "/changes")
                .then().extract().path("nextCursor")).longValue();
        given().queryParam("since", next).when().get(AGREEMENTS + "/changes").then().statusCode(200)
                .body("items", hasSize(1)).body("hasMore", is(false))
                .body("items[0].operation", is("UPDATE")).body("items[0].data.note", is("Second version."));
        given().queryParam("since", -1).when().get(AGREEMENTS + "/changes").then().statusCode(400).body("errors[0].field", is("since"));
        given().queryParam("limit", 5000).when().get(AGREEMENTS + "/changes").then().statusCode(400).body("errors[0].field", is("limit"));
    }

    @Test
    void writesNeedABearerTokenWithTheEditorGroup() {
        given().contentType(ContentType.JSON).body(validAgreement()).when().post(AGREEMENTS)
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", startsWith("Bearer"));
        given().auth().oauth2("not-a-jwt").contentType(ContentType.JSON).body(validAgreement()).when().post(AGREEMENTS)
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.reader()).contentType(ContentType.JSON).body(validAgreement()).when().post(AGREEMENTS)
                .then().statusCode(403).contentType("application/problem+json").body("status", is(403));
        Response created = create(validAgreement());
        int id = created.path("id");
        given().auth().oauth2(DevTokens.reader()).header("If-Match", created.header("ETag")).contentType(ContentType.JSON)
                .body(validAgreement()).when().put(AGREEMENTS + "/" + id).then().statusCode(403);
        given().header("If-Match", created.header("ETag")).when().delete(AGREEMENTS + "/" + id).then().statusCode(401);
        given().auth().oauth2(DevTokens.reader()).header("If-Match", created.header("ETag")).when().delete(AGREEMENTS + "/" + id)
                .then().statusCode(403);
        given().when().get(AGREEMENTS + "/" + id).then().statusCode(200).body("version", is(1));
    }

    @Test
    void updatesAndDeletesNeedTheCurrentETag() {
        Map<String, Object> body = validAgreement();
        Response created = create(body);
        int id = created.path("id");
        given().auth().oauth2(DevTokens.editor()).contentType(ContentType.JSON).body(body).when().put(AGREEMENTS + "/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        replace(id, "\"999\"", body).then().statusCode(412).contentType("application/problem+json")
                .body("detail", containsString(created.header("ETag")));
        given().auth().oauth2(DevTokens.editor()).when().delete(AGREEMENTS + "/" + id).then().statusCode(428);
        given().auth().oauth2(DevTokens.editor()).header("If-Match", "\"999\"").when().delete(AGREEMENTS + "/" + id).then().statusCode(412);
        replace(987654, "\"1\"", body).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.editor()).header("If-Match", "\"1\"").when().delete(AGREEMENTS + "/987654").then().statusCode(404);
        given().when().get(AGREEMENTS + "/" + id).then().statusCode(200).body("version", is(1));
    }

    @Test
    void theSameTitleAndSigningDateIsAConflict() {
        Map<String, Object> body = validAgreement();
        create(body);
        Map<String, Object> shouting = JsonBodies.copy(body);
        shouting.put("title", body.get("title").toString().toUpperCase());
        given().auth().oauth2(DevTokens.editor()).contentType(ContentType.JSON).body(shouting).when().post(AGREEMENTS)
                .then().statusCode(409).contentType("application/problem+json").body("status", is(409));
        // the same title signed on another day is another agreement
        Map<String, Object> later = JsonBodies.copy(body);
        later.put("signed", Map.of("date", "2029-07-01", "precision", "DAY"));
        Response other = create(later);
        int otherId = other.path("id");
        // renaming onto an existing key is a conflict too
        replace(otherId, other.header("ETag"), JsonBodies.copy(body)).then().statusCode(409);
        // the seeded treaty's key
        Map<String, Object> treaty = validAgreement();
        treaty.put("title", "treaty on the eurasian economic union");
        treaty.put("signed", Map.of("date", "2014-05-29", "precision", "DAY"));
        given().auth().oauth2(DevTokens.editor()).contentType(ContentType.JSON).body(treaty).when().post(AGREEMENTS)
                .then().statusCode(409);
    }

    @Test
    void ofConcurrentUpdatesWithOneETagExactlyOneWins() {
        Map<String, Object> body = validAgreement();
        Response created = create(body);
        int id = created.path("id");
        String etag = created.header("ETag");
        int writers = 4;
        List<Integer> statuses = Race.atOnce(writers, i -> {
            Map<String, Object> mine = JsonBodies.copy(body);
            mine.put("note", "Writer " + i);
            return replace(id, etag, mine).statusCode();
        });
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(writers - 1, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
        String winner = given().when().get(AGREEMENTS + "/" + id).then().statusCode(200).body("version", is(2)).extract().path("note");
        given().when().get(AGREEMENTS + "/" + id + "/revisions").then().statusCode(200)
                .body("version", contains(1, 2))
                .body("[1].data.note", is(winner));
    }
}
