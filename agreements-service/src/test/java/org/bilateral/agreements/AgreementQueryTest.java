package org.bilateral.agreements;

import static io.restassured.RestAssured.given;
import static org.bilateral.agreements.AgreementFixtures.AGREEMENTS;
import static org.bilateral.agreements.AgreementFixtures.create;
import static org.bilateral.agreements.AgreementFixtures.validAgreement;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every filter of the list, at its edges, plus search, sorting, paging, CSV and the timeline. */
@QuarkusTest
class AgreementQueryTest {

    private static List<Integer> ids(Map<String, ?> params) {
        return given().queryParams(params).queryParam("size", 200).when().get(AGREEMENTS)
                .then().statusCode(200).extract().path("items.id");
    }

    private static List<String> titles(Map<String, ?> params) {
        return given().queryParams(params).queryParam("size", 200).when().get(AGREEMENTS)
                .then().statusCode(200).extract().path("items.title");
    }

    @Test
    void inForceOnCountsTheFirstAndTheLastValidDay() {
        Map<String, Object> body = validAgreement();
        body.put("validity", Map.of("from", "2031-03-01", "until", "2031-06-30"));
        int id = create(body).path("id");
        assertEquals(false, ids(Map.of("inForceOn", "2031-02-28")).contains(id));
        assertEquals(true, ids(Map.of("inForceOn", "2031-03-01")).contains(id));
        assertEquals(true, ids(Map.of("inForceOn", "2031-06-30")).contains(id));
        assertEquals(false, ids(Map.of("inForceOn", "2031-07-01")).contains(id));
    }

    @Test
    void theSeededRoadmapIsInForceExactlyIn2019And2020() {
        String roadmap = "Roadmap for Belarus-Kazakhstan bilateral cooperation for 2019-2020";
        assertEquals(false, titles(Map.of("inForceOn", "2018-12-31", "party", "KZ")).contains(roadmap));
        assertEquals(true, titles(Map.of("inForceOn", "2019-01-01", "party", "KZ")).contains(roadmap));
        assertEquals(true, titles(Map.of("inForceOn", "2020-12-31", "party", "KZ")).contains(roadmap));
        assertEquals(false, titles(Map.of("inForceOn", "2021-01-01", "party", "KZ")).contains(roadmap));
        // the planned package is never in force; the 2026 agreement is, and the EAEU treaty open-endedly
        List<String> today = titles(Map.of("inForceOn", "2026-11-23", "party", "KZ"));
        assertEquals(true, today.stream().anyMatch(t -> t.contains("Eurasian Economic Union")), today.toString());
        assertEquals(true, today.stream().anyMatch(t -> t.startsWith("Agreement between Belarus and Kazakhstan")), today.toString());
        assertEquals(false, today.stream().anyMatch(t -> t.startsWith("Package")), today.toString());
        assertEquals(false, titles(Map.of("inForceOn", "2027-01-01", "party", "KZ")).stream()
                .anyMatch(t -> t.startsWith("Agreement between Belarus and Kazakhstan")));
    }

    @Test
    void expiresBeforeMeansNoLongerValidOnThatDate() {
        Map<String, Object> body = validAgreement();
        body.put("validity", Map.of("from", "2032-01-01", "until", "2032-06-30"));
        int id = create(body).path("id");
        assertEquals(false, ids(Map.of("expiresBefore", "2032-06-30")).contains(id));
        assertEquals(true, ids(Map.of("expiresBefore", "2032-07-01")).contains(id));
        List<String> seeded = titles(Map.of("expiresBefore", "2021-01-01", "party", "KZ"));
        assertEquals(List.of("Roadmap for Belarus-Kazakhstan bilateral cooperation for 2019-2020"), seeded);
        assertEquals(List.of(), titles(Map.of("expiresBefore", "2020-12-31", "party", "KZ")));
    }

    @Test
    void statusFilterServesTheDerivedStatus() {
        given().queryParam("status", "EXPIRED").queryParam("party", "KZ").when().get(AGREEMENTS).then().statusCode(200)
                .body("items.kind", contains("ROADMAP")).body("items[0].recordedStatus", is("IN_FORCE"));
        given().queryParam("status", "IN_FORCE").queryParam("party", "KZ").when().get(AGREEMENTS).then().statusCode(200)
                .body("totalItems", is(3)).body("items.status", everyItem(is("IN_FORCE")));
        given().queryParam("status", "PLANNED").queryParam("party", "KZ").when().get(AGREEMENTS).then().statusCode(200)
                .body("items.title", contains(startsWith("Package")));
        // a SIGNED agreement whose validity has begun is served IN_FORCE, one that ended EXPIRED
        Map<String, Object> began = validAgreement();
        began.put("validity", Map.of("from", "2020-01-01", "until", "2099-12-31"));
        create(began).then().body("status", is("IN_FORCE")).body("recordedStatus", is("SIGNED"));
        Map<String, Object> ended = validAgreement();
        ended.put("recordedStatus", "IN_FORCE");
        ended.put("validity", Map.of("from", "2020-01-01", "until", "2020-12-31"));
        create(ended).then().body("status", is("EXPIRED"));
    }

    @Test
    void kindPartyAndAreaFiltersNarrowTheList() {
        given().queryParam("kind", "MULTILATERAL_TREATY").when().get(AGREEMENTS).then().statusCode(200)
                .body("items.kind", everyItem(is("MULTILATERAL_TREATY"))).body("totalItems", greaterThanOrEqualTo(2));
        given().queryParam("kind", "INTERSTATE").queryParam("party", "KZ").when().get(AGREEMENTS).then().statusCode(200)
                .body("items.title", contains(startsWith("Agreement between Belarus and Kazakhstan")));
        given().queryParam("party", "BY").when().get(AGREEMENTS).then().statusCode(200)
                .body("items.parties.country.flatten()", hasItem("BY")).body("totalItems", is(6));
        Map<String, Object> body = validAgreement();
        body.put("parties", List.of(AgreementFixtures.party("EE", null), AgreementFixtures.party("LV", null)));
        body.put("areas", List.of("SPACE"));
        int id = create(body).path("id");
        assertEquals(List.of(id), ids(Map.of("party", "EE")));
        assertEquals(true, ids(Map.of("area", "SPACE")).contains(id));
        given().queryParam("area", "ECONOMIC_INTEGRATION").when().get(AGREEMENTS).then().statusCode(200)
                .body("items.title", contains("Treaty on the Eurasian Economic Union"));
    }

    @Test
    void repeatedPartyMeansEveryOneOfThoseCountriesIsAParty() {
        Map<String, Object> body = validAgreement();
        body.put("parties", List.of(AgreementFixtures.party("FI", null), AgreementFixtures.party("SE", null), AgreementFixtures.party("NO", null)));
        int three = create(body).path("id");
        Map<String, Object> other = validAgreement();
        other.put("parties", List.of(AgreementFixtures.party("FI", null), AgreementFixtures.party("DK", null)));
        int two = create(other).path("id");
        given().queryParam("party", "FI", "SE").when().get(AGREEMENTS).then().statusCode(200)
                .body("items.id", contains(three)).body("totalItems", is(1));
        given().queryParam("party", "FI").queryParam("sort", "id").when().get(AGREEMENTS).then().statusCode(200)
                .body("items.id", contains(three, two));
        given().queryParam("party", "SE", "DK").when().get(AGREEMENTS).then().statusCode(200).body("totalItems", is(0));
        given().queryParam("party", "FI", "XX").when().get(AGREEMENTS).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("party"));
    }

    @Test
    void signedRangeMatchesAYearOnlySigningWhenItsYearOverlaps() {
        // the 2026 agreement and programme are known to be signed in 2017 only
        List<String> midYear = titles(Map.of("signedFrom", "2017-06-01", "signedTo", "2017-06-30", "party", "KZ"));
        assertEquals(2, midYear.size(), midYear.toString());
        List<String> exact = titles(Map.of("signedFrom", "2014-05-29", "signedTo", "2014-05-29", "party", "KZ"));
        assertEquals(List.of("Treaty on the Eurasian Economic Union"), exact);
        assertEquals(List.of(), titles(Map.of("signedFrom", "2014-05-30", "signedTo", "2016-12-31", "party", "KZ")));
        List<String> upTo2011 = titles(Map.of("signedTo", "2011-10-18", "party", "KZ"));
        assertEquals(List.of("Free trade zone agreement of 18 October 2011"), upTo2011);
        List<String> from2018 = titles(Map.of("signedFrom", "2018-01-01", "party", "KZ"));
        assertEquals(List.of("Roadmap for Belarus-Kazakhstan bilateral cooperation for 2019-2020"), from2018);
    }

    @Test
    void fullTextSearchFindsAWordOfTheTitleInAnotherInflection() {
        given().queryParam("q", "roadmaps").when().get(AGREEMENTS).then().statusCode(200)
                .body("items[0].kind", is("ROADMAP"));
        given().queryParam("q", "treaties").queryParam("party", "KZ").when().get(AGREEMENTS).then().statusCode(200)
                .body("items.title", hasItem("Treaty on the Eurasian Economic Union"));
        given().queryParam("q", "programmes").when().get(AGREEMENTS).then().statusCode(200)
                .body("items.kind", hasItem("PROGRAMME"));
        // ranked: the title match (weight A) comes before a summary-only match
        given().queryParam("q", "cooperating roadmap").when().get(AGREEMENTS).then().statusCode(200)
                .body("items[0].title", startsWith("Roadmap"));
        given().queryParam("q", "zzyzx unmatched").when().get(AGREEMENTS).then().statusCode(200)
                .body("items", empty()).body("totalItems", is(0));
        given().queryParam("q", "treaty").queryParam("sort", "title").when().get(AGREEMENTS).then().statusCode(200)
                .body("items.title", hasItem("Treaty on the Eurasian Economic Union"));
    }

    @Test
    void sortingByValidUntilPutsOpenEndedValidityLast() {
        List<String> untils = given().queryParam("party", "KZ").queryParam("sort", "validUntil,id").when().get(AGREEMENTS)
                .then().statusCode(200).extract().path("items.validity.until");
        assertEquals(List.of("2020-12-31", "2026-12-31", "2026-12-31"), untils.subList(0, 3));
        assertEquals(true, untils.subList(3, untils.size()).stream().allMatch(u -> u == null), untils.toString());
        List<String> desc = given().queryParam("party", "KZ").queryParam("sort", "-signed").when().get(AGREEMENTS)
                .then().statusCode(200).extract().path("items.signed.date");
        assertEquals(null, desc.get(0));
        assertEquals("2011-10-18", desc.get(desc.size() - 1));
    }

    @Test
    void pagesCarryTheEnvelopeAndLinkHeader() {
        given().queryParam("party", "KZ").queryParam("size", 2).queryParam("page", 1).when().get(AGREEMENTS).then().statusCode(200)
                .body("items", hasSize(2)).body("page", is(1)).body("size", is(2))
                .body("totalItems", is(6)).body("totalPages", is(3))
                .header("Link", allOf(containsString("rel=\"next\""), containsString("rel=\"prev\""), containsString("page=2")));
        given().queryParam("party", "KZ").queryParam("size", 200).queryParam("page", 5).when().get(AGREEMENTS).then().statusCode(200)
                .body("items", empty()).body("totalItems", is(6));
    }

    @Test
    void theListAnswersCsv() {
        given().accept("text/csv").queryParam("party", "KZ").queryParam("sort", "signed").when().get(AGREEMENTS).then().statusCode(200)
                .contentType(containsString("text/csv"))
                .body(containsString("title")).body(containsString("Free trade zone agreement of 18 October 2011"));
    }

    @Test
    void theTimelineListsSigningsAndExpiriesInDateOrder() {
        List<String> dates = given().queryParam("to", "2026-12-31").when().get(AGREEMENTS + "/timeline").then().statusCode(200)
                .body("[0].date", is("2011-10-18")).body("[0].event", is("SIGNED"))
                .extract().path("date");
        assertEquals(dates.stream().sorted().toList(), dates);
        given().queryParam("kind", "ROADMAP").when().get(AGREEMENTS + "/timeline").then().statusCode(200)
                .body("event", contains("SIGNED", "VALIDITY_START", "VALIDITY_END"))
                .body("date", contains("2018-01-01", "2019-01-01", "2020-12-31"))
                .body("precision", contains("YEAR", "DAY", "DAY"));
        given().queryParam("from", "2014-01-01").queryParam("to", "2014-12-31").when().get(AGREEMENTS + "/timeline").then().statusCode(200)
                .body("title", contains("Treaty on the Eurasian Economic Union"));
        given().accept("text/csv").queryParam("kind", "ROADMAP").when().get(AGREEMENTS + "/timeline").then().statusCode(200)
                .contentType(containsString("text/csv")).body(containsString("VALIDITY_END"));
    }

    @Test
    void relationsOfAnUnknownAgreementAreNotFound() {
        given().when().get(AGREEMENTS + "/987654/relations").then().statusCode(404).contentType("application/problem+json");
        given().when().get(AGREEMENTS + "/987654").then().statusCode(404).contentType("application/problem+json")
                .body("status", is(404));
    }
}
