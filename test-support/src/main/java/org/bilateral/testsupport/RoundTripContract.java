package org.bilateral.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What a client fetched it can send back: GET a record, PUT the very same body with its ETag, and the record is
 * unchanged but for its version. The read-only fields of the representation are accepted on the way back and checked
 * against the target: another id is a 400 naming id, another version a 412 naming version, and a field that is not
 * part of the representation is still a 400 naming it. Shared by the services' RoundTripTests.
 */
public final class RoundTripContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RoundTripContract() {
    }

    /**
     * Round-trips every record of a collection (every page): each answers 200 with version + 1, the matching ETag,
     * and otherwise the content it had; a second GET shows the same.
     *
     * @return how many records were round-tripped
     */
    public static int assertEveryRecordRoundTrips(String collection) {
        int count = 0;
        for (int page = 0;; page++) {
            Response list = given().queryParam("page", page).queryParam("size", 200).queryParam("sort", "id")
                    .when().get(collection).then().statusCode(200).extract().response();
            List<Object> ids = list.path("items.id");
            for (Object id : ids) {
                assertRoundTrips(collection + "/" + id);
                count++;
            }
            if (page + 1 >= ((Number) list.path("totalPages")).intValue()) {
                return count;
            }
        }
    }

    /** GET, then PUT of that very body with its ETag: 200, version + 1, content unchanged. */
    public static void assertRoundTrips(String item) {
        Response read = given().when().get(item).then().statusCode(200).extract().response();
        String body = read.asString();
        ObjectNode before = tree(body);
        int version = before.path("version").asInt();
        Response written = given().auth().oauth2(DevTokens.editor()).header("If-Match", read.header("ETag"))
                .contentType(ContentType.JSON).body(body).when().put(item).then().extract().response();
        assertEquals(200, written.statusCode(), "PUT " + item + " of the body GET answered: " + written.asString());
        assertEquals("\"" + (version + 1) + "\"", written.header("ETag"), "PUT " + item + " answers the new ETag");
        ObjectNode after = tree(written.asString());
        assertEquals(version + 1, after.path("version").asInt(), "PUT " + item + " makes a new version");
        before.remove("version");
        after.remove("version");
        assertEquals(before, after, "PUT " + item + " of the body GET answered changes nothing but the version");
        ObjectNode reread = tree(given().when().get(item).then().statusCode(200).extract().asString());
        reread.remove("version");
        assertEquals(before, reread, "GET " + item + " after the round trip");
    }

    /**
     * The read-only fields are checked, not just dropped: with the GET body of {@code item} (whose path ends in its id)
     * another id is a 400 naming id, another version a 412 naming version, an unknown field still a 400 naming it, and
     * none of them writes anything. Leaving id and version out is as good as sending them right.
     */
    public static void assertReadOnlyFieldsAreChecked(String item) {
        Response read = given().when().get(item).then().statusCode(200).extract().response();
        String etag = read.header("ETag");
        ObjectNode body = tree(read.asString());
        long id = body.path("id").asLong();
        int version = body.path("version").asInt();

        ObjectNode otherId = body.deepCopy().put("id", id + 1000);
        Problems.rejects(put(item, etag, otherId).then(), "id");
        ObjectNode otherVersion = body.deepCopy().put("version", version - 1);
        put(item, etag, otherVersion).then().statusCode(412).contentType("application/problem+json")
                .body("status", is(412)).body("errors.field", hasItem("version"));
        ObjectNode newerVersion = body.deepCopy().put("version", version + 1);
        put(item, etag, newerVersion).then().statusCode(412).body("errors.field", hasItem("version"));
        ObjectNode unknown = body.deepCopy().put("notAField", "x");
        Problems.rejects(put(item, etag, unknown).then(), "notAField");
        ObjectNode wrongType = body.deepCopy().put("id", "one");
        Problems.rejects(put(item, etag, wrongType).then(), "id");
        // If-Match stays required: the body's version does not stand in for it
        given().auth().oauth2(DevTokens.editor()).contentType(ContentType.JSON).body(body.toString()).when().put(item)
                .then().statusCode(428);
        given().when().get(item).then().statusCode(200).header("ETag", etag);

        ObjectNode without = body.deepCopy();
        without.remove("id");
        without.remove("version");
        put(item, etag, without).then().statusCode(200).header("ETag", "\"" + (version + 1) + "\"");
    }

    /**
     * The OpenAPI document says so too: for every PUT, each property of the representation GET answers is a property
     * of the request body schema, and the fields the representation marks readOnly are readOnly there as well.
     */
    public static void assertInputSchemasAcceptTheirRepresentation(String documentPath) {
        JsonNode api = tree(given().queryParam("format", "json").when().get(documentPath).then().statusCode(200).extract().asString());
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode put = path.getValue().path("put");
            JsonNode get = path.getValue().path("get");
            JsonNode input = resolve(api, put.path("requestBody").path("content").path("application/json").path("schema"));
            JsonNode view = resolve(api, get.path("responses").path("200").path("content").path("application/json").path("schema"));
            if (put.isMissingNode() || !input.has("properties") || !view.has("properties")) {
                continue;
            }
            checked++;
            for (Iterator<Map.Entry<String, JsonNode>> it = view.path("properties").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> property = it.next();
                JsonNode accepted = input.path("properties").path(property.getKey());
                if (accepted.isMissingNode()) {
                    problems.add("PUT " + path.getKey() + " does not accept '" + property.getKey() + "' of what GET answers");
                } else if (property.getValue().path("readOnly").asBoolean(false) && !accepted.path("readOnly").asBoolean(false)) {
                    problems.add("PUT " + path.getKey() + ": '" + property.getKey() + "' is readOnly in the representation, not in the input");
                }
            }
            for (String readOnly : List.of("id", "version")) {
                // an id the client chooses at creation (a provider's "imf-dot") is writable in the input, so not readOnly
                boolean clientChosen = readOnly.equals("id") && input.path("properties").has("id")
                        && !input.path("properties").path("id").path("readOnly").asBoolean(false);
                if (!clientChosen && !view.path("properties").path(readOnly).path("readOnly").asBoolean(false)) {
                    problems.add("GET " + path.getKey() + ": '" + readOnly + "' is not marked readOnly");
                }
            }
        }
        assertTrue(checked > 0, "no PUT with a JSON body and a GET representation in " + documentPath);
        assertEquals(List.of(), problems, "request schemas of " + documentPath);
    }

    private static Response put(String item, String etag, ObjectNode body) {
        return given().auth().oauth2(DevTokens.editor()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(body.toString()).when().put(item);
    }

    private static JsonNode resolve(JsonNode api, JsonNode node) {
        for (int hops = 0; node.has("$ref") && hops < 20; hops++) {
            node = api.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    private static ObjectNode tree(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            assertFalse(node == null || !node.isObject(), "not a JSON object: " + json);
            return (ObjectNode) node;
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
