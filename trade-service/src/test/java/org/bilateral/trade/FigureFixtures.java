package org.bilateral.trade;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bilateral.testsupport.DevTokens;

/**
 * Figures the write tests create. They use country pairs other than the seeded BY/KZ so tests
 * asserting seeded facts are not disturbed, and a fresh year per figure so natural keys never clash.
 */
final class FigureFixtures {

    static final String FIGURES = "/api/v1/trade/figures";
    static final String SOURCE = "000_86346d2b20f6c8b6";
    private static final AtomicInteger YEARS = new AtomicInteger(1950);

    private FigureFixtures() {
    }

    /** A valid figure body for PL→LT exports in a year no other test uses. */
    static Map<String, Object> validFigure() {
        int year = YEARS.getAndIncrement();
        Map<String, Object> body = new HashMap<>();
        body.put("reporter", "PL");
        body.put("partner", "LT");
        body.put("flow", "EXPORT");
        body.put("period", new HashMap<>(Map.of("start", year + "-01-01", "end", year + "-12-31", "label", Integer.toString(year))));
        body.put("value", new HashMap<>(Map.of("amount", 120.5, "unit", "USD", "scale", 6, "qualifier", "EXACT")));
        body.put("reportedChange", new HashMap<>(Map.of("kind", "PERCENT", "value", 4.5, "qualifier", "EXACT")));
        body.put("source", new HashMap<>(Map.of("source", SOURCE, "locator", "p7")));
        return body;
    }

    /** Creates a figure as an editor and returns the 201 response. */
    static Response create(Map<String, Object> body) {
        return given().auth().oauth2(DevTokens.editor()).contentType(ContentType.JSON).body(body)
                .when().post(FIGURES)
                .then().statusCode(201).extract().response();
    }
}
