package org.bilateral.ventures;

import static io.restassured.RestAssured.given;
import static org.bilateral.ventures.VentureFixtures.ORGANISATIONS;
import static org.bilateral.ventures.VentureFixtures.VENTURES;
import static org.bilateral.ventures.VentureFixtures.create;
import static org.bilateral.ventures.VentureFixtures.greatCircleKm;
import static org.bilateral.ventures.VentureFixtures.idOf;
import static org.bilateral.ventures.VentureFixtures.validVenture;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every filter of the ventures list, the circle search at its edge, sorting, paging and CSV. */
@QuarkusTest
class VentureQueryTest {

    private static final double ALMATY_LAT = 43.222;
    private static final double ALMATY_LON = 76.8512;

    @Test
    void fullTextSearchFindsNamesNotesAndProducts() {
        given().queryParam("q", "tractor").when().get(VENTURES).then().statusCode(200)
                .body("items.name", hasItem("Tractor factory in Kazakhstan built with Belarusian help"));
        given().queryParam("q", "drones").when().get(VENTURES).then().statusCode(200)
                .body("totalItems", is(1)).body("items[0].name", is("Drone production in Kazakhstan"));
        given().queryParam("q", "zeppelin").when().get(VENTURES).then().statusCode(200).body("totalItems", is(0));
    }

    @Test
    void codeFiltersSelectBySectorHostPartnerRegionAndCity() {
        given().queryParam("sector", "AEROSPACE").when().get(VENTURES).then().statusCode(200)
                .body("totalItems", is(2)).body("items.sectors", everyItem(hasItem("AEROSPACE")));
        given().queryParam("hostCountry", "BY").queryParam("sort", "name").when().get(VENTURES).then().statusCode(200)
                .body("totalItems", is(2))
                .body("items.name", contains("Joint ventures with Kazakh partners in Mogilev Oblast", "More Kazakh investment in Belarus"));
        given().queryParam("hostCountry", "BY").queryParam("region", "BY-MA").when().get(VENTURES).then().statusCode(200)
                .body("totalItems", is(1)).body("items[0].location.region", is("BY-MA"));
        given().queryParam("partnerCountry", "KZ").queryParam("hostCountry", "KZ").queryParam("size", 50).when().get(VENTURES)
                .then().statusCode(200)
                .body("items.partners", everyItem(hasItem(hasEntry("country", "KZ"))))
                .body("items.name", hasItem("MAZ vehicle assembly at Astana Motors"))
                .body("items.name", not(hasItem("Drone production in Kazakhstan")));
        given().queryParam("region", "KZ-75").when().get(VENTURES).then().statusCode(200)
                .body("totalItems", is(1)).body("items[0].location.city", is("Almaty"));
        given().queryParam("city", "almaty").when().get(VENTURES).then().statusCode(200)
                .body("totalItems", is(1)).body("items[0].name", is("MAZ vehicle assembly at Astana Motors"));
        given().queryParam("kind", "DEALER_NETWORK").queryParam("status", "OPERATING").when().get(VENTURES).then().statusCode(200)
                .body("totalItems", is(1));
        given().queryParam("kind", "DEALER_NETWORK").queryParam("status", "CLOSED").when().get(VENTURES).then().statusCode(200)
                .body("totalItems", is(0));
    }

    @Test
    void organisationAndStartYearFiltersSelectTheirListings() {
        int astanaMotors = idOf(ORGANISATIONS, "name", "Astana Motors");
        given().queryParam("organisation", astanaMotors).when().get(VENTURES).then().statusCode(200)
                .body("totalItems", is(1)).body("items[0].startYear", is(2017));
        given().queryParam("startedFrom", 2016).queryParam("startedTo", 2016).when().get(VENTURES).then().statusCode(200)
                .body("totalItems", is(1)).body("items[0].kind", is("INDUSTRIAL_PARK"));
        given().queryParam("startedFrom", 2016).queryParam("startedTo", 2017).queryParam("hostCountry", "KZ").queryParam("sort", "startYear")
                .when().get(VENTURES).then().statusCode(200)
                .body("items.startYear", contains(2016, 2017));
        given().queryParam("organisation", 987654).when().get(VENTURES).then().statusCode(200).body("totalItems", is(0));
    }

    @Test
    void nearFindsListingsWithinTheRadiusAndReturnsTheirDistance() {
        double lat = 43.5;
        double lon = 77.2;
        double exact = greatCircleKm(lat, lon, ALMATY_LAT, ALMATY_LON);
        float distance = given().queryParam("near", lat + "," + lon).queryParam("radiusKm", exact + 0.01).when().get(VENTURES)
                .then().statusCode(200)
                .body("totalItems", is(1))
                .body("items[0].name", is("MAZ vehicle assembly at Astana Motors"))
                .extract().path("items[0].distanceKm");
        org.junit.jupiter.api.Assertions.assertEquals(exact, distance, 0.001);
        // just inside and just outside the edge: the bounding box must not cut off what the exact test keeps
        given().queryParam("near", lat + "," + lon).queryParam("radiusKm", exact - 0.01).when().get(VENTURES)
                .then().statusCode(200).body("totalItems", is(0));
    }

    @Test
    void nearAtTheEdgeDueNorthAndDueEastKeepsTheRowTheBoxAlone() {
        // due east the box is widest relative to the circle; due north its latitude bound is tight
        for (double[] centre : new double[][] {{ALMATY_LAT, ALMATY_LON - 1.0}, {ALMATY_LAT - 1.0, ALMATY_LON}}) {
            double exact = greatCircleKm(centre[0], centre[1], ALMATY_LAT, ALMATY_LON);
            given().queryParam("near", centre[0] + "," + centre[1]).queryParam("radiusKm", exact + 0.001).when().get(VENTURES)
                    .then().statusCode(200).body("totalItems", is(1));
            given().queryParam("near", centre[0] + "," + centre[1]).queryParam("radiusKm", exact - 0.001).when().get(VENTURES)
                    .then().statusCode(200).body("totalItems", is(0));
        }
    }

    @Test
    void nearReachesAcrossTheAntimeridianAndOverAPole() {
        Map<String, Object> dateLine = validVenture();
        dateLine.put("hostCountry", "FJ");
        dateLine.put("location", new java.util.HashMap<>(Map.of("city", "Taveuni", "latitude", -16.8, "longitude", 179.95)));
        create(dateLine);
        double across = greatCircleKm(-16.8, -179.95, -16.8, 179.95);
        given().queryParam("near", "-16.8,-179.95").queryParam("radiusKm", across + 0.01).when().get(VENTURES)
                .then().statusCode(200).body("items.name", contains(dateLine.get("name")));
        given().queryParam("near", "-16.8,-179.95").queryParam("radiusKm", across - 0.01).when().get(VENTURES)
                .then().statusCode(200).body("totalItems", is(0));

        Map<String, Object> polar = validVenture();
        polar.put("hostCountry", "NO");
        polar.put("location", new java.util.HashMap<>(Map.of("city", "North Pole camp", "latitude", 89.95, "longitude", 100.0)));
        create(polar);
        double overThePole = greatCircleKm(89.95, -80.0, 89.95, 100.0);
        given().queryParam("near", "89.95,-80").queryParam("radiusKm", overThePole + 0.01).when().get(VENTURES)
                .then().statusCode(200).body("items.name", contains(polar.get("name")));
        given().queryParam("near", "89.95,-80").queryParam("radiusKm", overThePole - 0.01).when().get(VENTURES)
                .then().statusCode(200).body("totalItems", is(0));
    }

    @Test
    void nearSortsByDistanceByDefault() {
        given().queryParam("near", "50.0,55.0").queryParam("radiusKm", 2000).when().get(VENTURES)
                .then().statusCode(200)
                .body("items.name", hasItems("MAZ vehicle assembly at Astana Motors", "Joint ventures with Kazakh partners in Mogilev Oblast"))
                .body("items.distanceKm", everyItem(lessThanOrEqualTo(2000f)));
        // two listings of their own, far from every other test's coordinates
        Map<String, Object> near = validVenture();
        near.put("hostCountry", "FI");
        near.put("location", new java.util.HashMap<>(Map.of("city", "Helsinki", "latitude", 60.17, "longitude", 24.94)));
        Map<String, Object> far = validVenture();
        far.put("hostCountry", "FI");
        far.put("location", new java.util.HashMap<>(Map.of("city", "Tampere", "latitude", 61.5, "longitude", 23.76)));
        create(far);
        create(near);
        given().queryParam("near", "60.17,24.94").queryParam("radiusKm", 300).when().get(VENTURES)
                .then().statusCode(200)
                .body("items.name", contains(near.get("name"), far.get("name")))
                .body("items[0].distanceKm", is(0.0f));
        given().queryParam("near", "60.17,24.94").queryParam("radiusKm", 300).queryParam("sort", "-distance").when().get(VENTURES)
                .then().statusCode(200).body("items.name", contains(far.get("name"), near.get("name")));
        given().queryParam("sort", "distance").when().get(VENTURES).then().statusCode(400).body("errors.field", hasItem("sort"));
    }

    @Test
    void pagesCarryLinksAndSortIsApplied() {
        given().queryParam("size", 2).queryParam("page", 1).queryParam("hostCountry", "KZ").queryParam("sort", "name")
                .when().get(VENTURES)
                .then().statusCode(200)
                .header("Link", allOf(containsString("rel=\"next\""), containsString("rel=\"prev\"")))
                .body("page", is(1)).body("size", is(2)).body("totalItems", is(13)).body("totalPages", is(7))
                .body("items", hasSize(2));
        given().queryParam("hostCountry", "KZ").queryParam("sort", "-name").queryParam("size", 1).when().get(VENTURES)
                .then().statusCode(200).body("items[0].name", is("Tractor factory in Kazakhstan built with Belarusian help"));
    }

    @Test
    void listsAnswerCsv() {
        String csv = given().accept("text/csv").queryParam("kind", "JOINT_ASSEMBLY_PLANT").when().get(VENTURES)
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(csv, allOf(startsWith("id,version,name,kind,status,hostCountry,location.city"),
                containsString("MAZ vehicle assembly at Astana Motors"), containsString("Almaty")));
        given().accept("text/csv").when().get(ORGANISATIONS).then().statusCode(200).body(containsString("Astana Motors"));
        given().accept("text/csv").when().get(VENTURES + "/claims").then().statusCode(200).body(containsString("Mogilev Oblast"));
    }

    @Test
    void organisationsFilterByNameCountryAndKind() {
        given().queryParam("country", "KZ").when().get(ORGANISATIONS).then().statusCode(200)
                .body("items.name", hasItem("Astana Motors")).body("items.country", everyItem(is("KZ")));
        given().queryParam("kind", "GOVERNMENT_BODY").queryParam("country", "BY").when().get(ORGANISATIONS).then().statusCode(200)
                .body("totalItems", is(1)).body("items[0].name", is("Mogilev Oblast administration"));
        given().queryParam("name", "krynka").when().get(ORGANISATIONS).then().statusCode(200)
                .body("totalItems", is(1)).body("items[0].city", nullValue());
        given().when().get(ORGANISATIONS + "/987654").then().statusCode(404).contentType("application/problem+json");
        given().when().get(ORGANISATIONS + "/987654/ventures").then().statusCode(404);
        given().when().get(VENTURES + "/987654").then().statusCode(404).contentType("application/problem+json");
    }
}
