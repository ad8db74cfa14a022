package org.bilateral.agreements;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bilateral.testsupport.DevTokens;

/**
 * Agreements the tests create. They name PL and LT as parties (never the seeded BY/KZ) and carry a
 * title no other test uses, so tests asserting seeded facts are not disturbed and natural keys never clash.
 */
final class AgreementFixtures {

    static final String AGREEMENTS = "/api/v1/agreements";
    static final String SOURCE = "000_86346d2b20f6c8b6";
    private static final AtomicInteger NUMBER = new AtomicInteger(1);

    private AgreementFixtures() {
    }

    /** A valid body: a Polish-Lithuanian intergovernmental agreement with a fresh title, signed on a day, valid 2030-2034. */
    static Map<String, Object> validAgreement() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Fixture agreement on river shipping number " + NUMBER.getAndIncrement());
        body.put("summary", "Test fixture about shipping on shared rivers.");
        body.put("kind", "INTERGOVERNMENTAL");
        body.put("recordedStatus", "SIGNED");
        body.put("parties", new ArrayList<>(List.of(party("PL", "Government of Poland"), party("LT", null))));
        body.put("signed", new HashMap<>(Map.of("date", "2029-06-15", "precision", "DAY", "place", "Vilnius")));
        body.put("validity", new HashMap<>(Map.of("from", "2030-01-01", "until", "2034-12-31")));
        body.put("areas", new ArrayList<>(List.of("TRANSPORT", "LOGISTICS")));
        body.put("relations", new ArrayList<>());
        body.put("sources", new ArrayList<>(List.of(new HashMap<>(Map.of("source", SOURCE, "locator", "p7")))));
        body.put("note", "Created by a test.");
        return body;
    }

    static Map<String, Object> party(String country, String organisation) {
        Map<String, Object> p = new HashMap<>();
        p.put("country", country);
        p.put("organisation", organisation);
        return p;
    }

    /** Creates an agreement as an editor and returns the 201 response. */
    static Response create(Map<String, Object> body) {
        return given().auth().oauth2(DevTokens.editor()).contentType(ContentType.JSON).body(body)
                .when().post(AGREEMENTS)
                .then().statusCode(201).extract().response();
    }

    /** Replaces an agreement as an editor with the given If-Match and returns the response, whatever its status. */
    static Response replace(long id, String etag, Map<String, Object> body) {
        return given().auth().oauth2(DevTokens.editor()).header("If-Match", etag).contentType(ContentType.JSON).body(body)
                .when().put(AGREEMENTS + "/" + id).then().extract().response();
    }

    /** Id of the seeded agreement whose title contains the given words (searching the list, not the database). */
    static long seededId(String titlePart) {
        Number id = given().queryParam("party", "KZ").queryParam("size", 200).when().get(AGREEMENTS)
                .then().statusCode(200).extract().path("items.find { it.title.contains('" + titlePart + "') }.id");
        if (id == null) {
            throw new AssertionError("no seeded agreement titled like '" + titlePart + "'");
        }
        return id.longValue();
    }

    /** The cursor after every change made so far (drains the feed). */
    static long feedEnd() {
        long cursor = 0;
        boolean more = true;
        while (more) {
            Response r = given().queryParam("since", cursor).queryParam("limit", 1000).when().get(AGREEMENTS + "/changes");
            cursor = ((Number) r.path("nextCursor")).longValue();
            more = r.path("hasMore");
        }
        return cursor;
    }
}
