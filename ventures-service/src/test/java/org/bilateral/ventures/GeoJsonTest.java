package org.bilateral.ventures;

import static io.restassured.RestAssured.given;
import static org.bilateral.ventures.VentureFixtures.VENTURES;
import static org.bilateral.ventures.VentureFixtures.create;
import static org.bilateral.ventures.VentureFixtures.uniqueName;
import static org.bilateral.ventures.VentureFixtures.validVenture;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.geojson.Feature;
import org.geojson.FeatureCollection;
import org.geojson.LngLatAlt;
import org.geojson.Point;
import org.junit.jupiter.api.Test;

/**
 * Lists of ventures as RFC 7946 GeoJSON, read back with an independent GeoJSON object model
 * (geojson-jackson) and checked against the seed file and the JSON answer to the same query.
 */
@QuarkusTest
class GeoJsonTest {

    private static final String GEO_JSON = "application/geo+json";
    /** The library models RFC 7946 members only; our paging members are RFC 7946 §6.1 foreign members. */
    private static final ObjectMapper GEOJSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private static RequestSpecification geo() {
        return given().accept(GEO_JSON);
    }

    private static FeatureCollection parse(Response r) throws IOException {
        FeatureCollection fc = GEOJSON.readValue(r.asByteArray(), FeatureCollection.class);
        assertNotNull(fc);
        return fc;
    }

    private static Optional<Feature> named(FeatureCollection fc, String name) {
        return fc.getFeatures().stream().filter(f -> name.equals(f.getProperty("name"))).findFirst();
    }

    private static LngLatAlt point(Feature f) {
        assertTrue(f.getGeometry() instanceof Point, "geometry is a Point: " + f.getGeometry());
        return ((Point) f.getGeometry()).getCoordinates();
    }

    @Test
    void everySeededVentureWithCoordinatesIsAPointWithLongitudeFirstAndTheOthersAreCountedNotPlaced() throws IOException {
        JsonNode seeds;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("seeds/ventures/ventures.json")) {
            seeds = new ObjectMapper().readTree(in);
        }
        Response r = geo().queryParam("size", 200).when().get(VENTURES).then().statusCode(200)
                .contentType(GEO_JSON).extract().response();
        String raw = r.asString();
        FeatureCollection fc = parse(r);
        int placedSeeds = 0;
        for (JsonNode seed : seeds.isArray() ? seeds : seeds.get("ventures")) {
            String name = seed.get("name").asText();
            JsonNode location = seed.get("location");
            Optional<Feature> feature = named(fc, name);
            if (location == null || location.isNull() || location.path("latitude").isMissingNode() || location.path("latitude").isNull()) {
                assertTrue(feature.isEmpty(), name + " has no coordinates and must not be a feature");
                continue;
            }
            placedSeeds++;
            assertTrue(feature.isPresent(), name + " is a feature");
            LngLatAlt at = point(feature.get());
            assertEquals(location.get("longitude").asDouble(), at.getLongitude(), 0.0, name + " longitude");
            assertEquals(location.get("latitude").asDouble(), at.getLatitude(), 0.0, name + " latitude");
            assertEquals(location.get("city").asText(), feature.get().getProperty("city"));
        }
        assertTrue(placedSeeds > 0, "the seeds place some ventures");
        JsonNode body = new ObjectMapper().readTree(raw);
        List<Map<String, Object>> json = given().queryParam("size", 200).when().get(VENTURES).then().statusCode(200).extract().path("items");
        long withCoordinates = json.stream().filter(v -> ((Map<?, ?>) v.get("location")).get("latitude") != null).count();
        assertEquals(withCoordinates, fc.getFeatures().size(), "one feature per listed venture with coordinates");
        assertEquals(json.size() - withCoordinates, body.get("withoutLocation").asLong(), "the rest are counted");
        assertTrue(body.get("withoutLocation").asLong() > 0, "the seeds hold ventures without coordinates");
        assertEquals(json.size(), body.get("totalItems").asInt());
        for (Feature f : fc.getFeatures()) {
            LngLatAlt at = point(f);
            assertFalse(at.getLatitude() == 0 && at.getLongitude() == 0, "nothing is placed at 0,0");
            assertEquals(f.getId(), String.valueOf((Object) f.getProperty("id")), "feature id is the venture id");
            assertEquals(VENTURES + "/" + f.getId(), f.getProperty("href"));
            given().when().get((String) f.getProperty("href")).then().statusCode(200).body("name", is((Object) f.getProperty("name")));
        }
    }

    @Test
    void filtersSelectTheSameVenturesAsTheJsonList() throws IOException {
        FeatureCollection mogilev = parse(geo().queryParam("hostCountry", "BY").when().get(VENTURES).then().statusCode(200).extract().response());
        assertEquals(1, mogilev.getFeatures().size());
        Feature f = mogilev.getFeatures().get(0);
        Map<String, Object> json = given().queryParam("hostCountry", "BY").when().get(VENTURES).then().statusCode(200).extract().path("items[0]");
        assertEquals(json.get("name"), f.getProperty("name"));
        assertEquals(json.get("kind"), f.getProperty("kind"));
        assertEquals(json.get("status"), f.getProperty("status"));
        assertEquals("BY", f.getProperty("hostCountry"));
        assertEquals("BY-MA", f.getProperty("region"));
        JsonNode location = new ObjectMapper().readTree(given().queryParam("hostCountry", "BY").when().get(VENTURES).asByteArray())
                .at("/items/0/location");
        assertEquals(location.get("longitude").asDouble(), point(f).getLongitude(), 0.0);
        assertEquals(location.get("latitude").asDouble(), point(f).getLatitude(), 0.0);

        // a filter matching only ventures without coordinates: no features, all counted
        int drones = given().queryParam("q", "drones").when().get(VENTURES).then().statusCode(200).extract().path("totalItems");
        geo().queryParam("q", "drones").when().get(VENTURES).then().statusCode(200)
                .body("type", is("FeatureCollection")).body("features", empty())
                .body("withoutLocation", is(drones)).body("totalItems", is(drones));
    }

    @Test
    void theNearSearchAnswersFeaturesWithTheirDistance() throws IOException {
        Response r = geo().queryParam("near", "43.2775,76.8958").queryParam("radiusKm", 50).when().get(VENTURES)
                .then().statusCode(200).contentType(GEO_JSON).extract().response();
        FeatureCollection fc = parse(r);
        List<Object> jsonNames = given().queryParam("near", "43.2775,76.8958").queryParam("radiusKm", 50).when().get(VENTURES)
                .then().statusCode(200).extract().path("items.name");
        assertEquals(jsonNames, fc.getFeatures().stream().map(f -> f.getProperty("name")).toList(), "same ventures, same order");
        Feature almaty = named(fc, "MAZ vehicle assembly at Astana Motors").orElseThrow();
        Number km = almaty.getProperty("distanceKm");
        assertNotNull(km);
        double expected = VentureFixtures.greatCircleKm(43.2775, 76.8958, point(almaty).getLatitude(), point(almaty).getLongitude());
        assertEquals(expected, km.doubleValue(), 0.01);
        r.then().body("withoutLocation", is(0));
        // without near there is no distance
        FeatureCollection plain = parse(geo().queryParam("region", "KZ-75").when().get(VENTURES).then().statusCode(200).extract().response());
        assertNull(plain.getFeatures().get(0).getProperty("distanceKm"));
    }

    @Test
    void aVentureRecordedWithoutCoordinatesIsCountedNeverPlacedAtZeroZero() {
        String city = uniqueName("Unmapped town");
        Map<String, Object> body = validVenture();
        body.put("location", new HashMap<>(Map.of("city", city, "region", "PL-14")));
        create(body);
        Map<String, Object> placed = validVenture();
        placed.put("location", new HashMap<>(Map.of("city", city, "latitude", 0.5, "longitude", -0.25)));
        create(placed);
        geo().queryParam("city", city).when().get(VENTURES).then().statusCode(200)
                .body("totalItems", is(2)).body("withoutLocation", is(1))
                .body("features", hasSize(1))
                .body("features[0].properties.name", is(placed.get("name")))
                // longitude first, even where both are small
                .body("features[0].geometry.coordinates", contains(-0.25f, 0.5f));
    }

    @Test
    void pagesCarryTheSameLinksInTheHeaderAndTheBody() {
        Response first = geo().queryParam("size", 2).queryParam("hostCountry", "KZ").when().get(VENTURES)
                .then().statusCode(200).header("Link", containsString("rel=\"next\"")).extract().response();
        int total = first.path("totalItems");
        assertTrue(total > 2, "enough seeded ventures in KZ to page");
        List<Map<String, String>> links = first.path("links");
        List<String> fromHeader = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("<([^>]*)>; rel=\"([^\"]+)\"").matcher(first.header("Link"));
        while (m.find()) {
            fromHeader.add(m.group(2) + " " + m.group(1));
        }
        assertEquals(fromHeader, links.stream().map(l -> l.get("rel") + " " + l.get("href")).toList());
        String next = links.stream().filter(l -> l.get("rel").equals("next")).findFirst().orElseThrow().get("href");
        assertTrue(next.contains("page=1"), next);
        // following the link keeps the format, because the format is negotiated, not in the URL
        Response second = geo().when().get(next).then().statusCode(200).contentType(GEO_JSON)
                .body("page", is(1)).body("totalItems", is(total)).extract().response();
        List<Object> jsonSecond = given().queryParam("size", 2).queryParam("hostCountry", "KZ").queryParam("page", 1).when().get(VENTURES)
                .then().extract().path("items.id");
        List<Object> placedIds = second.path("features.id");
        int without = second.path("withoutLocation");
        assertEquals(jsonSecond.size(), placedIds.size() + without);
        assertTrue(jsonSecond.containsAll(placedIds));
    }

    @Test
    void jsonStaysTheDefaultAndUnknownFormatsAre406() {
        given().when().get(VENTURES).then().statusCode(200).contentType("application/json").body("items", notNullValue());
        given().accept("*/*").when().get(VENTURES).then().statusCode(200).contentType("application/json");
        given().accept("application/geo+json, application/json;q=0.5").when().get(VENTURES).then().statusCode(200)
                .contentType(GEO_JSON).body("type", is("FeatureCollection"));
        given().accept("application/vnd.google-earth.kml+xml").when().get(VENTURES).then().statusCode(406)
                .contentType("application/problem+json").body("status", is(406));
        // GeoJSON is a list format: one record keeps its JSON, so asking it for GeoJSON only is a 406
        given().accept(GEO_JSON).when().get(VENTURES + "/1").then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void badFiltersAreProblemsWhateverFormatIsAsked() {
        geo().queryParam("near", "43.2,76.9").when().get(VENTURES).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("radiusKm"));
        geo().queryParam("kind", "SPACESHIP").when().get(VENTURES).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("kind"));
        geo().queryParam("near", "91,0").queryParam("radiusKm", 10).when().get(VENTURES).then().statusCode(400)
                .body("errors.message", hasItem(containsString("latitude")));
    }
}
