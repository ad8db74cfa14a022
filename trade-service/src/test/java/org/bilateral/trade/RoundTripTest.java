package org.bilateral.trade;

import static io.restassured.RestAssured.given;
import static org.bilateral.trade.FigureFixtures.FIGURES;
import static org.bilateral.trade.FigureFixtures.create;
import static org.bilateral.trade.FigureFixtures.validFigure;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.bilateral.testsupport.DevTokens;
import org.bilateral.testsupport.RoundTripContract;
import org.junit.jupiter.api.Test;

/** What GET answers can be sent back with PUT as it is; its read-only fields are checked, not written. */
@QuarkusTest
class RoundTripTest {

    @Test
    void everyFigureRoundTripsUnchangedButForItsVersion() {
        // the 14 seeded figures, with every shape the seeds have (no value, no change, regions, commodities), and any a test made
        assertTrue(RoundTripContract.assertEveryRecordRoundTrips(FIGURES) >= 14);
    }

    @Test
    void aReplaceChecksTheReadOnlyFieldsItCarries() {
        int id = create(validFigure()).path("id");
        RoundTripContract.assertReadOnlyFieldsAreChecked(FIGURES + "/" + id);
    }

    @Test
    void aCreateIgnoresTheReadOnlyFieldsOfAFetchedFigure() throws Exception {
        int id = create(validFigure()).path("id");
        ObjectNode copy = (ObjectNode) new ObjectMapper().readTree(given().when().get(FIGURES + "/" + id).asString());
        ObjectNode period = (ObjectNode) copy.get("period");
        period.put("start", "1940-01-01").put("end", "1940-12-31").put("label", "1940");
        copy.put("version", 7);
        given().auth().oauth2(DevTokens.editor()).contentType(ContentType.JSON).body(copy.toString()).when().post(FIGURES)
                .then().statusCode(201).body("id", not(is(id))).body("version", is(1)).body("period.label", is("1940"));
    }

    @Test
    void theDocumentMarksTheReadOnlyFieldsThatTheInputAccepts() {
        RoundTripContract.assertInputSchemasAcceptTheirRepresentation("/q/openapi");
    }
}
