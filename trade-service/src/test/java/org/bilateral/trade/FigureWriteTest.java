package org.bilateral.trade;

import static io.restassured.RestAssured.given;
import static org.bilateral.testsupport.JsonBodies.nested;
import static org.bilateral.trade.FigureFixtures.FIGURES;
import static org.bilateral.trade.FigureFixtures.create;
import static org.bilateral.trade.FigureFixtures.validFigure;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bilateral.testsupport.DevTokens;
import org.bilateral.testsupport.JsonBodies;
import org.bilateral.testsupport.Race;
import org.junit.jupiter.api.Test;

/** Create, read, replace and delete with ETags; revisions, asOf and the change feed record every step. */
@QuarkusTest
class FigureWriteTest {

    @Test
    void aFigureGoesThroughItsWholeLifeAndEveryVersionStaysReadable() throws Exception {
        Map<String, Object> body = validFigure();
        Response created = create(body);
        int id = created.path("id");
        String etag1 = created.header("ETag");
        assertEquals("\"" + created.path("version") + "\"", etag1);
        org.hamcrest.MatcherAssert.assertThat(created.header("Location"), endsWith(FIGURES + "/" + id));
        Instant beforeUpdate = Instant.now();
        Thread.sleep(5); // the revision timestamps must fall on either side of beforeUpdate

        nested(body, "value").put("amount", 130.25);
        String etag2 = given().auth().oauth2(DevTokens.editor()).header("If-Match", etag1).contentType(ContentType.JSON).body(body)
                .when().put(FIGURES + "/" + id)
                .then().statusCode(200).body("value.amount", is(130.25f)).header("ETag", not(etag1))
                .extract().header("ETag");

        given().when().get(FIGURES + "/" + id).then().statusCode(200).header("ETag", etag2).body("value.amount", is(130.25f));
        given().queryParam("asOf", beforeUpdate.toString()).when().get(FIGURES + "/" + id)
                .then().statusCode(200).header("ETag", etag1).body("value.amount", is(120.5f));
        given().queryParam("asOf", beforeUpdate.toString()).queryParam("reporter", "PL").queryParam("sort", "id")
                .when().get(FIGURES).then().statusCode(200)
                .body("items.find { it.id == " + id + " }.value.amount", is(120.5f));

        given().auth().oauth2(DevTokens.editor()).header("If-Match", etag2).when().delete(FIGURES + "/" + id)
                .then().statusCode(204);
        given().when().get(FIGURES + "/" + id).then().statusCode(404);
        given().queryParam("asOf", beforeUpdate.toString()).when().get(FIGURES + "/" + id).then().statusCode(200);

        given().when().get(FIGURES + "/" + id + "/revisions").then().statusCode(200)
                .body("operation", contains("CREATE", "UPDATE", "DELETE"))
                .body("version", contains(1, 2, 3))
                .body("actor", everyItem(is("test@bilateral.example")))
                .body("data.value.amount", contains(120.5f, 130.25f, 130.25f));
    }

    @Test
    void theChangeFeedReplaysWritesInOrderFromACursor() {
        long cursor = ((Number) given().queryParam("since", 0).queryParam("limit", 1000).when().get("/api/v1/trade/changes")
                .then().statusCode(200).extract().path("nextCursor")).longValue();
        // drain: the seed import and other tests may have left more than one batch
        boolean more = true;
        while (more) {
            Response r = given().queryParam("since", cursor).queryParam("limit", 1000).when().get("/api/v1/trade/changes");
            cursor = ((Number) r.path("nextCursor")).longValue();
            more = r.path("hasMore");
        }
        Map<String, Object> body = validFigure();
        Response created = create(body);
        int id = created.path("id");
        nested(body, "value").put("amount", 99);
        given().auth().oauth2(DevTokens.editor()).header("If-Match", created.header("ETag")).contentType(ContentType.JSON).body(body)
                .when().put(FIGURES + "/" + id).then().statusCode(200);

        given().queryParam("since", cursor).queryParam("limit", 1).when().get("/api/v1/trade/changes")
                .then().statusCode(200)
                .body("items", hasSize(1)).body("hasMore", is(true))
                .body("items[0].resource", is("figures")).body("items[0].id", is(id)).body("items[0].operation", is("CREATE"))
                .body("items[0].data.value.amount", is(120.5f));
        long next = ((Number) given().queryParam("since", cursor).queryParam("limit", 1).when().get("/api/v1/trade/changes")
                .then().extract().path("nextCursor")).longValue();
        given().queryParam("since", next).when().get("/api/v1/trade/changes")
                .then().statusCode(200)
                .body("items.find { it.id == " + id + " }.operation", is("UPDATE"))
                .body("items.find { it.id == " + id + " }.data.value.amount", is(99));
    }

    @Test
    void theSeedImportLeftOneCreateRevisionPerFigure() {
        given().queryParam("since", 0).queryParam("limit", 1000).when().get("/api/v1/trade/changes")
                .then().statusCode(200)
                .body("items.findAll { it.resource == 'figures' && it.actor == 'seed' }.size()", is(15))
                .body("items.findAll { it.resource == 'commodities' && it.actor == 'seed' }.size()", is(18))
                .body("items.findAll { it.resource == 'targets' && it.actor == 'seed' }.size()", is(3))
                .body("items.findAll { it.resource == 'rankings' && it.actor == 'seed' }.size()", is(2));
    }

    @Test
    void writesNeedABearerTokenWithTheEditorGroup() {
        given().contentType(ContentType.JSON).body(validFigure()).when().post(FIGURES)
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", startsWith("Bearer"));
        given().auth().oauth2("not-a-jwt").contentType(ContentType.JSON).body(validFigure()).when().post(FIGURES)
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.reader()).contentType(ContentType.JSON).body(validFigure()).when().post(FIGURES)
                .then().statusCode(403).contentType("application/problem+json").body("status", is(403));
        given().auth().oauth2(DevTokens.editor()).when().post("/api/v1/trade/admin/seed-import")
                .then().statusCode(403);
        given().when().delete(FIGURES + "/1").then().statusCode(401);
    }

    @Test
    void anAdminReimportAddsNothingThatIsAlreadyThere() {
        given().auth().oauth2(DevTokens.admin()).when().post("/api/v1/trade/admin/seed-import")
                .then().statusCode(200)
                .body("sources", is(0)).body("figures", is(0)).body("commodities", is(0)).body("targets", is(0)).body("rankings", is(0));
    }

    @Test
    void updatesAndDeletesNeedTheCurrentETag() {
        Map<String, Object> body = validFigure();
        Response created = create(body);
        int id = created.path("id");
        given().auth().oauth2(DevTokens.editor()).contentType(ContentType.JSON).body(body).when().put(FIGURES + "/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.editor()).header("If-Match", "\"999\"").contentType(ContentType.JSON).body(body)
                .when().put(FIGURES + "/" + id)
                .then().statusCode(412).contentType("application/problem+json").body("detail", containsString(created.header("ETag")));
        given().auth().oauth2(DevTokens.editor()).when().delete(FIGURES + "/" + id).then().statusCode(428);
        given().auth().oauth2(DevTokens.editor()).header("If-Match", "\"999\"").when().delete(FIGURES + "/" + id).then().statusCode(412);
        given().auth().oauth2(DevTokens.editor()).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(body)
                .when().put(FIGURES + "/987654").then().statusCode(404);
        given().when().get(FIGURES + "/" + id).then().statusCode(200).body("version", is(1));
    }

    @Test
    void theSameKeyFromTheSameSourceIsAConflict() {
        Map<String, Object> body = validFigure();
        create(body);
        given().auth().oauth2(DevTokens.editor()).contentType(ContentType.JSON).body(body).when().post(FIGURES)
                .then().statusCode(409).contentType("application/problem+json").body("status", is(409));
        // the same key from another source is a second report, kept beside the first
        nested(body, "source").put("source", "004_7047c9f966aa55ab");
        create(body);
    }

    @Test
    void ofTwoConcurrentUpdatesWithOneETagExactlyOneWins() throws Exception {
        Map<String, Object> body = validFigure();
        Response created = create(body);
        int id = created.path("id");
        String etag = created.header("ETag");
        int writers = 4;
        List<Integer> statuses = Race.atOnce(writers, i -> {
            Map<String, Object> mine = JsonBodies.copy(body);
            nested(mine, "value").put("amount", 500 + i);
            return given().auth().oauth2(DevTokens.editor()).header("If-Match", etag).contentType(ContentType.JSON).body(mine)
                    .when().put(FIGURES + "/" + id).then().extract().statusCode();
        });
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(writers - 1, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
        Number winner = given().when().get(FIGURES + "/" + id).then().statusCode(200).body("version", is(2)).extract().path("value.amount");
        given().when().get(FIGURES + "/" + id + "/revisions").then().statusCode(200)
                .body("version", contains(1, 2))
                .body("data[1].value.amount", is(winner));
    }
}
