package org.bilateral.agreements;

import static io.restassured.RestAssured.given;
import static org.bilateral.agreements.AgreementFixtures.AGREEMENTS;
import static org.bilateral.agreements.AgreementFixtures.create;
import static org.bilateral.agreements.AgreementFixtures.validAgreement;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.bilateral.testsupport.DevTokens;
import org.bilateral.testsupport.Problems;
import org.bilateral.testsupport.RoundTripContract;
import org.junit.jupiter.api.Test;

/** What GET answers can be sent back with PUT as it is; its read-only fields (id, version, status) are checked, not written. */
@QuarkusTest
class RoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyAgreementRoundTripsUnchangedButForItsVersion() {
        // the six seeded agreements: planned with no signing date, expired, relations, parties with and without organisation
        assertTrue(RoundTripContract.assertEveryRecordRoundTrips(AGREEMENTS) >= 6);
    }

    @Test
    void aReplaceChecksTheReadOnlyFieldsItCarries() {
        int id = create(validAgreement()).path("id");
        RoundTripContract.assertReadOnlyFieldsAreChecked(AGREEMENTS + "/" + id);
    }

    @Test
    void theDerivedStatusMayBeSentAsFetchedOrAsDerivedButNeverSet() throws Exception {
        Map<String, Object> body = validAgreement(); // SIGNED, valid 2030-2034: served as SIGNED until then
        int id = create(body).path("id");
        String item = AGREEMENTS + "/" + id;
        Response read = given().when().get(item);
        ObjectNode fetched = (ObjectNode) JSON.readTree(read.asString());
        org.junit.jupiter.api.Assertions.assertEquals("SIGNED", fetched.path("status").asText());

        // set by hand to what the body does not derive: refused, naming status, nothing written
        ObjectNode forced = fetched.deepCopy().put("status", "IN_FORCE");
        Problems.rejects(put(item, read.header("ETag"), forced).then(), "status");
        given().when().get(item).then().header("ETag", read.header("ETag"));

        // the dates edited so the agreement is in force today, with the stale status still as fetched: accepted
        ObjectNode edited = fetched.deepCopy();
        ((ObjectNode) edited.get("validity")).put("from", "2019-01-01");
        Response r = put(item, read.header("ETag"), edited);
        r.then().statusCode(200).body("status", is("IN_FORCE")).body("recordedStatus", is("SIGNED"));

        // sending the status the new body derives is accepted too
        ObjectNode terminated = JSON.readTree(r.asString()).deepCopy();
        ((ObjectNode) terminated).put("recordedStatus", "TERMINATED").put("status", "TERMINATED");
        put(item, r.header("ETag"), (ObjectNode) terminated).then().statusCode(200).body("status", is("TERMINATED"));

        // on create the status must be the one the body derives
        ObjectNode fresh = JSON.valueToTree(validAgreement());
        Problems.rejects(post(fresh.deepCopy().put("status", "EXPIRED")).then(), "status");
        post(fresh.put("status", "SIGNED")).then().statusCode(201).body("status", is("SIGNED"));
    }

    @Test
    void aCreateIgnoresTheIdAndVersionOfAFetchedAgreement() throws Exception {
        int id = create(validAgreement()).path("id");
        ObjectNode copy = (ObjectNode) JSON.readTree(given().when().get(AGREEMENTS + "/" + id).asString());
        copy.put("title", copy.path("title").asText() + " (copy)").put("version", 9);
        post(copy).then().statusCode(201).body("id", not(is(id))).body("version", is(1));
    }

    @Test
    void theDocumentMarksTheReadOnlyFieldsThatTheInputAccepts() {
        RoundTripContract.assertInputSchemasAcceptTheirRepresentation("/q/openapi");
    }

    private static Response put(String item, String etag, ObjectNode body) {
        return given().auth().oauth2(DevTokens.editor()).header("If-Match", etag).contentType(ContentType.JSON).body(body.toString())
                .when().put(item);
    }

    private static Response post(ObjectNode body) {
        return given().auth().oauth2(DevTokens.editor()).contentType(ContentType.JSON).body(body.toString()).when().post(AGREEMENTS);
    }
}
