package org.bilateral.agreements;

import static io.restassured.RestAssured.given;
import static org.bilateral.agreements.AgreementFixtures.AGREEMENTS;
import static org.bilateral.agreements.AgreementFixtures.validAgreement;
import static org.bilateral.testsupport.JsonBodies.nested;
import static org.bilateral.testsupport.Problems.rejects;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.bilateral.testsupport.DevTokens;
import org.junit.jupiter.api.Test;

/** Every kind of bad input is a 400 problem+json naming what is wrong, and nothing is written. */
@QuarkusTest
class BadInputTest {

    private static ValidatableResponse post(Object body) {
        return given().auth().oauth2(DevTokens.editor()).contentType(ContentType.JSON).body(body)
                .when().post(AGREEMENTS).then();
    }

    private static ValidatableResponse list(String param, Object value) {
        return given().queryParam(param, value).when().get(AGREEMENTS).then();
    }

    @Test
    void malformedJsonIsRejected() {
        rejects(post("{\"title\": \"x\", "), "body");
        rejects(post("not json at all"), "body");
    }

    @Test
    void unknownFieldsAreRejectedByName() {
        Map<String, Object> body = validAgreement();
        body.put("ratified", true);
        rejects(post(body), "ratified");
        Map<String, Object> inSigned = validAgreement();
        nested(inSigned, "signed").put("witness", "nobody");
        rejects(post(inSigned), "signed.witness");
    }

    @Test
    void wrongTypesAreRejectedByField() {
        Map<String, Object> body = validAgreement();
        body.put("parties", "BY and KZ");
        rejects(post(body), "parties");
        Map<String, Object> relation = validAgreement();
        relation.put("relations", List.of(Map.of("type", "AMENDS", "agreementId", "first")));
        rejects(post(relation), "relations[0].agreementId");
        Map<String, Object> title = validAgreement();
        title.put("title", List.of("a", "b"));
        rejects(post(title), "title");
    }

    @Test
    void unknownEnumValuesAreRejectedByField() {
        Map<String, Object> kind = validAgreement();
        kind.put("kind", "GENTLEMENS_AGREEMENT");
        post(kind).statusCode(400).body("errors[0].field", is("kind")).body("errors[0].message", containsString("ROADMAP"));
        Map<String, Object> status = validAgreement();
        status.put("recordedStatus", "in_force");
        rejects(post(status), "recordedStatus");
        Map<String, Object> area = validAgreement();
        area.put("areas", List.of("TRADE", "ALCHEMY"));
        rejects(post(area), "areas[1]");
        Map<String, Object> precision = validAgreement();
        nested(precision, "signed").put("precision", "WEEK");
        rejects(post(precision), "signed.precision");
    }

    @Test
    void impossibleDatesAreRejected() {
        Map<String, Object> body = validAgreement();
        nested(body, "signed").put("date", "2019-02-30");
        rejects(post(body), "signed.date");
        Map<String, Object> until = validAgreement();
        nested(until, "validity").put("until", "2020-13-01");
        rejects(post(until), "validity.until");
        rejects(list("inForceOn", "2019-02-30"), "inForceOn");
        rejects(list("expiresBefore", "tomorrow"), "expiresBefore");
        rejects(list("signedFrom", "2019-02-29"), "signedFrom");
        rejects(list("asOf", "yesterday"), "asOf");
        rejects(given().queryParam("from", "2019-02-30").when().get(AGREEMENTS + "/timeline").then(), "from");
    }

    @Test
    void crossFieldRulesNameTheFieldAtFault() {
        Map<String, Object> validity = validAgreement();
        validity.put("validity", Map.of("from", "2030-01-01", "until", "2029-12-31"));
        rejects(post(validity), "validity.until");
        Map<String, Object> noPrecision = validAgreement();
        noPrecision.put("signed", Map.of("date", "2029-06-15"));
        rejects(post(noPrecision), "signed.precision");
        Map<String, Object> yearNotJanuary = validAgreement();
        yearNotJanuary.put("signed", Map.of("date", "2029-06-15", "precision", "YEAR"));
        rejects(post(yearNotJanuary), "signed.date");
        Map<String, Object> twice = validAgreement();
        twice.put("parties", List.of(AgreementFixtures.party("PL", null), AgreementFixtures.party("PL", null)));
        rejects(post(twice), "parties[1]");
        Map<String, Object> missingTarget = validAgreement();
        missingTarget.put("relations", List.of(Map.of("type", "IMPLEMENTS", "agreementId", 987654)));
        rejects(post(missingTarget), "relations[0].agreementId");
        Map<String, Object> unknownSource = validAgreement();
        unknownSource.put("sources", List.of(Map.of("source", "999_nope", "locator", "p1")));
        rejects(post(unknownSource), "sources[0].source");
        rejects(given().queryParam("signedFrom", "2020-01-01").queryParam("signedTo", "2019-01-01").when().get(AGREEMENTS).then(), "signedTo");
        rejects(given().queryParam("from", "2020-01-01").queryParam("to", "2019-01-01").when().get(AGREEMENTS + "/timeline").then(), "to");
    }

    @Test
    void missingAndOversizedValuesAreRejected() {
        Map<String, Object> noTitle = validAgreement();
        noTitle.remove("title");
        rejects(post(noTitle), "title");
        Map<String, Object> noSources = validAgreement();
        noSources.put("sources", List.of());
        rejects(post(noSources), "sources");
        Map<String, Object> badCountry = validAgreement();
        badCountry.put("parties", List.of(AgreementFixtures.party("XX", null)));
        rejects(post(badCountry), "parties[0].country");
        Map<String, Object> longTitle = validAgreement();
        longTitle.put("title", String.join("", Collections.nCopies(501, "t")));
        rejects(post(longTitle), "title");
        Map<String, Object> manyParties = validAgreement();
        List<Map<String, Object>> parties = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            parties.add(AgreementFixtures.party("PL", "Ministry number " + i));
        }
        manyParties.put("parties", parties);
        rejects(post(manyParties), "parties");
        rejects(post(""), "body");
    }

    @Test
    void badListParametersAreRejectedNamingTheParameter() {
        rejects(list("size", 201), "size");
        rejects(list("size", 0), "size");
        rejects(list("page", -1), "page");
        rejects(list("page", "first"), "page");
        rejects(list("sort", "colour"), "sort");
        rejects(list("sort", "relevance"), "sort");
        rejects(list("kind", "TREATY"), "kind");
        rejects(list("status", "ACTIVE"), "status");
        rejects(list("party", "XX"), "party");
        rejects(list("area", "ALCHEMY"), "area");
        rejects(given().queryParam("kind", "NOPE").when().get(AGREEMENTS + "/timeline").then(), "kind");
    }

    @Test
    void nothingIsWrittenByARejectedRequest() {
        Map<String, Object> body = validAgreement();
        body.put("title", "Unwritten zebra accord");
        body.put("validity", Map.of("from", "2030-01-01", "until", "2029-01-01"));
        rejects(post(body), "validity.until");
        given().queryParam("q", "zebra").when().get(AGREEMENTS).then().statusCode(200).body("totalItems", is(0));
    }

    @Test
    void oneProblemNamesEveryBadFilterOfTheListAndTheCalendar() {
        for (String path : List.of(AGREEMENTS, AGREEMENTS + "/calendar")) {
            given().queryParam("kind", "treaty").queryParam("party", "XX").queryParam("signedFrom", "2020-01-01")
                    .queryParam("signedTo", "2019-01-01").when().get(path).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", contains("kind", "party", "signedTo"));
        }
    }
}
