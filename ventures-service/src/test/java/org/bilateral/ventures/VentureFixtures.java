package org.bilateral.ventures;

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
 * Request bodies and calls the tests share. Written ventures are hosted in Poland with Lithuanian
 * partners, so assertions on the seeded Belarus–Kazakhstan facts are never disturbed, and each
 * gets a fresh name so natural keys never clash by accident.
 */
final class VentureFixtures {

    static final String VENTURES = "/api/v1/ventures";
    static final String ORGANISATIONS = "/api/v1/ventures/organisations";
    static final String CHANGES = "/api/v1/ventures/changes";
    static final String SOURCE = "001_880c9c4a9254a351";
    private static final AtomicInteger SERIAL = new AtomicInteger(1);

    private VentureFixtures() {
    }

    static String uniqueName(String prefix) {
        return prefix + " " + SERIAL.getAndIncrement();
    }

    /** A valid venture body: a joint venture in Warsaw with one unnamed Lithuanian partner. */
    static Map<String, Object> validVenture() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", uniqueName("Test joint venture"));
        body.put("kind", "JOINT_VENTURE");
        body.put("status", "OPERATING");
        body.put("hostCountry", "PL");
        body.put("location", new HashMap<>(Map.of("city", "Warsaw", "region", "PL-14", "latitude", 52.2297, "longitude", 21.0122)));
        body.put("partners", new ArrayList<>(List.of(new HashMap<>(Map.of("name", "Lithuanian investor", "country", "LT",
                "role", "INVESTOR", "share", 49)))));
        body.put("sectors", new ArrayList<>(List.of("FOOD_PROCESSING")));
        body.put("products", new ArrayList<>(List.of(new HashMap<>(Map.of("name", "Cheese", "hsCode", "0406")))));
        body.put("startYear", 2015);
        body.put("sources", new ArrayList<>(List.of(new HashMap<>(Map.of("source", SOURCE, "locator", "p5")))));
        return body;
    }

    /** A valid organisation body in Lithuania with a unique name. */
    static Map<String, Object> validOrganisation() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", uniqueName("Test organisation"));
        body.put("country", "LT");
        body.put("kind", "MANUFACTURER");
        body.put("city", "Vilnius");
        body.put("sources", new ArrayList<>(List.of(new HashMap<>(Map.of("source", SOURCE, "locator", "p6")))));
        return body;
    }

    /** Creates a venture as an editor and returns the 201 response. */
    static Response create(Map<String, Object> body) {
        return post(VENTURES, body);
    }

    static Response createOrganisation(Map<String, Object> body) {
        return post(ORGANISATIONS, body);
    }

    private static Response post(String path, Map<String, Object> body) {
        return given().auth().oauth2(DevTokens.editor()).contentType(ContentType.JSON).body(body)
                .when().post(path)
                .then().statusCode(201).extract().response();
    }

    /** Replaces a record with If-Match and returns the response whatever its status. */
    static Response put(String path, String etag, Object body) {
        return given().auth().oauth2(DevTokens.editor()).header("If-Match", etag).contentType(ContentType.JSON).body(body)
                .when().put(path).then().extract().response();
    }

    /** The id of the one seeded venture or organisation matching a query parameter. */
    static int idOf(String path, String param, String value) {
        return given().queryParam(param, value).when().get(path).then().statusCode(200).extract().path("items[0].id");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> first(Map<String, Object> body, String listKey) {
        return ((List<Map<String, Object>>) body.get(listKey)).get(0);
    }

    /** Great-circle distance in km on the same sphere the service uses. */
    static double greatCircleKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
