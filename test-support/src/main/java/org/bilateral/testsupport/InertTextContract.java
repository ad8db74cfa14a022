package org.bilateral.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Text that looks like SQL, HTML or script is data: stored and returned verbatim (the JSON string
 * equals what was sent), served as JSON with {@code X-Content-Type-Options: nosniff}, and never
 * reflected into an HTML page, not even in a problem that names the bad input.
 */
public final class InertTextContract {

    /** SQL, markup, script, template and unicode tricks in one value each. */
    public static final List<String> HOSTILE_TEXTS = List.of(
            "Robert'); DROP TABLE figure; -- \" OR 1=1 --",
            "<script>alert(document.cookie)</script><img src=x onerror=alert(1)>",
            "</textarea><svg/onload=alert(1)> & &amp; &lt; ${7*7} {{7*7}} #{7*7}",
            "\u202Ereversed\u202C \u0645\u0631\u062D\u0628\u0627 e\u0301 \uD83D\uDE00 \\ \\n \t tab");

    private InertTextContract() {
    }

    /**
     * Creates a record for each hostile text in {@code field} of {@code validBody} (a JSON path with
     * dots for nested objects), reads it back from its Location and demands the same text.
     */
    public static void assertStoredVerbatim(String collection, Supplier<Map<String, Object>> validBody, String field) {
        for (String text : HOSTILE_TEXTS) {
            Map<String, Object> body = validBody.get();
            set(body, field, text);
            Response created = given().auth().oauth2(DevTokens.editor()).contentType(ContentType.JSON).body(body)
                    .when().post(collection).then().statusCode(201).header("X-Content-Type-Options", "nosniff")
                    .contentType(startsWith("application/json")).extract().response();
            assertEquals(text, created.jsonPath().getString(field), "echo of the created record");
            Response read = given().accept(ContentType.JSON).when().get(created.header("Location")).then().statusCode(200)
                    .header("X-Content-Type-Options", "nosniff").contentType(startsWith("application/json"))
                    .extract().response();
            assertEquals(text, read.jsonPath().getString(field), "stored and read back verbatim");
        }
    }

    /** Hostile text in a path segment and a query parameter comes back, if at all, inside JSON, never as a page. */
    public static void assertNeverReflectedAsHtml(String collection, String textParameter) {
        for (String text : HOSTILE_TEXTS) {
            for (String accept : List.of("text/html", "*/*", "application/json")) {
                Response byPath = given().accept(accept).urlEncodingEnabled(false).when().get(collection + "/" + ApiDocument.percent(text))
                        .then().header("X-Content-Type-Options", "nosniff").contentType(not(containsString("html")))
                        .extract().response();
                assertEquals(true, byPath.statusCode() >= 400 && byPath.statusCode() < 500, "a hostile id is a 4xx: " + byPath.statusCode());
                given().accept(accept).queryParam(textParameter, text).when().get(collection)
                        .then().header("X-Content-Type-Options", "nosniff").contentType(not(containsString("html")))
                        .statusCode(is(org.hamcrest.Matchers.lessThan(500)));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void set(Map<String, Object> body, String field, String value) {
        String[] parts = field.split("\\.");
        Map<String, Object> node = body;
        for (int i = 0; i < parts.length - 1; i++) {
            node = (Map<String, Object>) node.get(parts[i]);
        }
        node.put(parts[parts.length - 1], value);
    }
}
