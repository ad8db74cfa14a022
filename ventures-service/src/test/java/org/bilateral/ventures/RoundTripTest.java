package org.bilateral.ventures;

import static io.restassured.RestAssured.given;
import static org.bilateral.ventures.VentureFixtures.ORGANISATIONS;
import static org.bilateral.ventures.VentureFixtures.VENTURES;
import static org.bilateral.ventures.VentureFixtures.create;
import static org.bilateral.ventures.VentureFixtures.createOrganisation;
import static org.bilateral.ventures.VentureFixtures.validOrganisation;
import static org.bilateral.ventures.VentureFixtures.validVenture;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.bilateral.testsupport.DevTokens;
import org.bilateral.testsupport.RoundTripContract;
import org.junit.jupiter.api.Test;

/** What GET answers can be sent back with PUT as it is, for ventures and organisations; read-only fields are checked, not written. */
@QuarkusTest
class RoundTripTest {

    // records of their own, not the seeded ones: SeededFactsTest asserts those are still at version 1 with one revision
    @Test
    void venturesOfEveryShapeRoundTripUnchangedButForTheirVersion() {
        Map<String, Object> bare = validVenture();
        bare.remove("location");
        bare.remove("products");
        bare.remove("sectors");
        for (Map<String, Object> body : List.of(validVenture(), bare)) {
            RoundTripContract.assertRoundTrips(VENTURES + "/" + create(body).path("id"));
        }
    }

    @Test
    void organisationsOfEveryShapeRoundTripUnchangedButForTheirVersion() {
        Map<String, Object> bare = validOrganisation();
        bare.remove("city");
        bare.remove("sources");
        for (Map<String, Object> body : List.of(validOrganisation(), bare)) {
            RoundTripContract.assertRoundTrips(ORGANISATIONS + "/" + createOrganisation(body).path("id"));
        }
    }

    @Test
    void aVentureReplaceChecksTheReadOnlyFieldsItCarries() {
        int id = create(validVenture()).path("id");
        RoundTripContract.assertReadOnlyFieldsAreChecked(VENTURES + "/" + id);
    }

    @Test
    void anOrganisationReplaceChecksTheReadOnlyFieldsItCarries() {
        int id = createOrganisation(validOrganisation()).path("id");
        RoundTripContract.assertReadOnlyFieldsAreChecked(ORGANISATIONS + "/" + id);
    }

    @Test
    void aVentureFromANearbyListCanBeSentBackWithItsDistance() throws Exception {
        int id = create(validVenture()).path("id");
        // a list item asked with near carries distanceKm: read-only, accepted and ignored
        String item = given().queryParam("near", "52.2297,21.0122").queryParam("radiusKm", 1).queryParam("size", 200)
                .when().get(VENTURES).then().statusCode(200).body("items.find { it.id == " + id + " }.distanceKm", notNullValue())
                .extract().asString();
        ObjectNode listed = null;
        for (var node : new ObjectMapper().readTree(item).path("items")) {
            if (node.path("id").asInt() == id) {
                listed = (ObjectNode) node;
            }
        }
        String etag = given().when().get(VENTURES + "/" + id).header("ETag");
        given().auth().oauth2(DevTokens.editor()).header("If-Match", etag).contentType(ContentType.JSON).body(listed.toString())
                .when().put(VENTURES + "/" + id).then().statusCode(200).body("version", is(2)).body("distanceKm", nullValue());
    }

    @Test
    void theDocumentMarksTheReadOnlyFieldsThatTheInputAccepts() {
        RoundTripContract.assertInputSchemasAcceptTheirRepresentation("/q/openapi");
    }
}
