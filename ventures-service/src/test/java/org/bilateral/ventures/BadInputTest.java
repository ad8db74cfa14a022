package org.bilateral.ventures;

import static io.restassured.RestAssured.given;
import static org.bilateral.testsupport.JsonBodies.nested;
import static org.bilateral.testsupport.Problems.rejects;
import static org.bilateral.ventures.VentureFixtures.ORGANISATIONS;
import static org.bilateral.ventures.VentureFixtures.VENTURES;
import static org.bilateral.ventures.VentureFixtures.first;
import static org.bilateral.ventures.VentureFixtures.validOrganisation;
import static org.bilateral.ventures.VentureFixtures.validVenture;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bilateral.testsupport.DevTokens;
import org.junit.jupiter.api.Test;

/** Every kind of bad input is a 400 problem+json naming what is wrong, and nothing is written. */
@QuarkusTest
class BadInputTest {

    private static ValidatableResponse post(Object body) {
        return given().auth().oauth2(DevTokens.editor()).contentType(ContentType.JSON).body(body).when().post(VENTURES).then();
    }

    private static void rejectsQuery(String param, Object value, String field) {
        rejects(given().queryParam(param, value).when().get(VENTURES).then(), field);
    }

    @Test
    void malformedJsonIsRejected() {
        rejects(post("{\"name\": \"x\", "), "body");
        rejects(post("not json at all"), "body");
        rejects(post("null"), "body");
    }

    @Test
    void unknownFieldsAreRejectedByName() {
        Map<String, Object> body = validVenture();
        body.put("colour", "blue");
        rejects(post(body), "colour");
        Map<String, Object> nestedUnknown = validVenture();
        nested(nestedUnknown, "location").put("altitude", 200);
        rejects(post(nestedUnknown), "location.altitude");
    }

    @Test
    void wrongTypesAreRejectedByField() {
        Map<String, Object> year = validVenture();
        year.put("startYear", "2017");
        rejects(post(year), "startYear");
        Map<String, Object> lat = validVenture();
        nested(lat, "location").put("latitude", "north");
        rejects(post(lat), "location.latitude");
        Map<String, Object> sectors = validVenture();
        sectors.put("sectors", "AUTOMOTIVE");
        rejects(post(sectors), "sectors");
        Map<String, Object> fraction = validVenture();
        fraction.put("startYear", 2017.5);
        rejects(post(fraction), "startYear");
    }

    @Test
    void unknownEnumValuesAreRejectedNamingTheAllowedOnes() {
        Map<String, Object> body = validVenture();
        body.put("kind", "CARTEL");
        post(body).statusCode(400).body("errors[0].field", is("kind")).body("errors[0].message", containsString("JOINT_VENTURE"));
        Map<String, Object> lower = validVenture();
        lower.put("status", "operating");
        rejects(post(lower), "status");
        Map<String, Object> sector = validVenture();
        sector.put("sectors", List.of("MINING"));
        rejects(post(sector), "sectors[0]");
        Map<String, Object> role = validVenture();
        first(role, "partners").put("role", "OWNER");
        rejects(post(role), "partners[0].role");
    }

    @Test
    void coordinatesOutOfRangeAreRejected() {
        Map<String, Object> body = validVenture();
        nested(body, "location").put("latitude", 90.5);
        rejects(post(body), "location.latitude");
        Map<String, Object> lon = validVenture();
        nested(lon, "location").put("longitude", -181);
        rejects(post(lon), "location.longitude");
        Map<String, Object> half = validVenture();
        nested(half, "location").remove("longitude");
        rejects(post(half), "location.longitude");
        Map<String, Object> nullIsland = validVenture();
        nested(nullIsland, "location").putAll(Map.of("latitude", 0, "longitude", 0));
        rejects(post(nullIsland), "location");
    }

    @Test
    void crossFieldRulesAreCheckedAndNamed() {
        Map<String, Object> region = validVenture();
        nested(region, "location").put("region", "BY-MA");
        rejects(post(region), "location.region");
        Map<String, Object> proposed = validVenture();
        proposed.put("kind", "PROPOSED_PROJECT");
        rejects(post(proposed), "status");
        Map<String, Object> shares = validVenture();
        shares.put("partners", List.of(
                new HashMap<>(Map.of("name", "A", "country", "LT", "role", "INVESTOR", "share", 60)),
                new HashMap<>(Map.of("name", "B", "country", "PL", "role", "INVESTOR", "share", 50))));
        rejects(post(shares), "partners");
        Map<String, Object> future = validVenture();
        future.put("startYear", 2199);
        rejects(post(future), "startYear");
        Map<String, Object> twice = validVenture();
        twice.put("sectors", List.of("AUTOMOTIVE", "AUTOMOTIVE"));
        rejects(post(twice), "sectors");
        Map<String, Object> unknownOrg = validVenture();
        first(unknownOrg, "partners").put("organisationId", 987654);
        rejects(post(unknownOrg), "partners[0].organisationId");
        Map<String, Object> unknownSource = validVenture();
        first(unknownSource, "sources").put("source", "999_nope");
        rejects(post(unknownSource), "sources[0].source");
    }

    @Test
    void missingAndInvalidValuesAreRejected() {
        Map<String, Object> body = validVenture();
        body.remove("name");
        body.put("hostCountry", "XX");
        ValidatableResponse r = post(body);
        rejects(r, "name");
        r.body("errors.field", hasItem("hostCountry"));
        Map<String, Object> noSources = validVenture();
        noSources.put("sources", List.of());
        rejects(post(noSources), "sources");
        Map<String, Object> hs = validVenture();
        first(hs, "products").put("hsCode", "87A");
        rejects(post(hs), "products[0].hsCode");
        Map<String, Object> share = validVenture();
        first(share, "partners").put("share", 0);
        rejects(post(share), "partners[0].share");
        Map<String, Object> year = validVenture();
        year.put("startYear", 1800);
        rejects(post(year), "startYear");
        Map<String, Object> org = validOrganisation();
        org.put("kind", "CLUB");
        rejects(given().auth().oauth2(DevTokens.editor()).contentType(ContentType.JSON).body(org).when().post(ORGANISATIONS).then(), "kind");
    }

    @Test
    void nearAndRadiusAreChecked() {
        rejects(given().queryParam("near", "91,10").queryParam("radiusKm", 10).when().get(VENTURES).then(), "near");
        rejects(given().queryParam("near", "10,-180.5").queryParam("radiusKm", 10).when().get(VENTURES).then(), "near");
        rejects(given().queryParam("near", "43.2").queryParam("radiusKm", 10).when().get(VENTURES).then(), "near");
        rejects(given().queryParam("near", "north,east").queryParam("radiusKm", 10).when().get(VENTURES).then(), "near");
        rejects(given().queryParam("near", "43.2,76.9").queryParam("radiusKm", 0).when().get(VENTURES).then(), "radiusKm");
        rejects(given().queryParam("near", "43.2,76.9").queryParam("radiusKm", -5).when().get(VENTURES).then(), "radiusKm");
        rejects(given().queryParam("near", "43.2,76.9").queryParam("radiusKm", 2000.5).when().get(VENTURES).then(), "radiusKm");
        rejects(given().queryParam("near", "43.2,76.9").queryParam("radiusKm", "far").when().get(VENTURES).then(), "radiusKm");
        rejectsQuery("radiusKm", 10, "near");
        rejectsQuery("near", "43.2,76.9", "radiusKm");
    }

    @Test
    void badQueryParametersAreRejectedByName() {
        rejectsQuery("size", 201, "size");
        rejectsQuery("size", 0, "size");
        rejectsQuery("page", -1, "page");
        given().queryParam("sort", "colour").when().get(VENTURES).then().statusCode(400)
                .body("errors.field", hasItem("sort")).body("errors[0].message", containsString("colour"));
        rejectsQuery("kind", "CARTEL", "kind");
        rejectsQuery("status", "DREAMING", "status");
        rejectsQuery("sector", "MINING", "sector");
        rejectsQuery("hostCountry", "ZZ", "hostCountry");
        rejectsQuery("partnerCountry", "Belarus", "partnerCountry");
        rejectsQuery("region", "Almaty", "region");
        rejectsQuery("startedFrom", "twenty", "startedFrom");
        rejectsQuery("organisation", "maz", "organisation");
        rejectsQuery("organisation", 0, "organisation");
        rejectsQuery("asOf", "yesterday", "asOf");
        rejectsQuery("asOf", "2019-02-30", "asOf");
        rejectsQuery("q", " ", "q");
        rejects(given().queryParam("startedFrom", 2018).queryParam("startedTo", 2017).when().get(VENTURES).then(), "startedTo");
        rejects(given().queryParam("kind", "NOPE").when().get(ORGANISATIONS).then(), "kind");
        rejects(given().queryParam("country", "XX").when().get(ORGANISATIONS).then(), "country");
        rejects(given().queryParam("sort", "size").when().get(ORGANISATIONS).then(), "sort");
        rejects(given().queryParam("limit", 5000).when().get(VentureFixtures.CHANGES).then(), "limit");
        rejects(given().queryParam("since", -1).when().get(VentureFixtures.CHANGES).then(), "since");
        rejects(given().queryParam("since", "start").when().get(VentureFixtures.CHANGES).then(), "since");
    }

    @Test
    void unparsableIdsAreA400NamingTheId() {
        rejects(given().when().get(VENTURES + "/abc").then(), "id");
        rejects(given().when().get(VENTURES + "/abc/revisions").then(), "id");
        rejects(given().when().get(ORGANISATIONS + "/abc").then(), "id");
        rejects(given().when().get(ORGANISATIONS + "/abc/ventures").then(), "id");
    }

    @Test
    void rejectedWritesLeaveNothingBehind() {
        int before = given().queryParam("hostCountry", "PL").when().get(VENTURES).then().extract().path("totalItems");
        Map<String, Object> body = validVenture();
        nested(body, "location").put("region", "BY-MA");
        post(body).statusCode(400);
        given().queryParam("hostCountry", "PL").when().get(VENTURES).then().body("totalItems", is(before));
    }

    @Test
    void unsupportedMediaTypesAndMethodsAreProblems() {
        given().auth().oauth2(DevTokens.editor()).contentType("text/plain").body("x").when().post(VENTURES)
                .then().statusCode(415).contentType("application/problem+json");
        given().accept("application/xml").when().get(VENTURES + "/1").then().statusCode(406).contentType("application/problem+json");
        given().when().patch(VENTURES + "/1").then().statusCode(405).contentType("application/problem+json");
        given().when().get("/api/v1/ventures/1/nothing-here").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void oneProblemNamesEveryBadFilterOfTheList() {
        given().queryParam("kind", "plant").queryParam("hostCountry", "XX").queryParam("near", "91,10").queryParam("radiusKm", 5000)
                .when().get(VENTURES).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("kind", "hostCountry", "near", "radiusKm"));
    }
}
