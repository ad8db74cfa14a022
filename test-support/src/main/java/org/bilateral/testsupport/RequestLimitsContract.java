package org.bilateral.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Request limits every HTTP application applies the same way: a body over
 * {@code bilateral.http.max-body-size} is a 413 problem+json before authentication or parsing; a
 * request line over {@code bilateral.http.max-request-line-length} is a 414 problem+json and headers
 * over {@code bilateral.http.max-header-size} a 431 problem+json, with the HTTP codec's own (empty)
 * 414 and 431 only beyond a ceiling above them; after each the application keeps serving; and slow-client timeouts are configured. A module's
 * {@code @QuarkusTest} extends this with a write path and a read path.
 */
public abstract class RequestLimitsContract {

    private final String writePath;
    private final String readPath;

    protected RequestLimitsContract(String writePath, String readPath) {
        this.writePath = writePath;
        this.readPath = readPath;
    }

    private static long bodyLimit() {
        return ConfigProvider.getConfig().getValue("bilateral.http.max-body-size", io.quarkus.runtime.configuration.MemorySize.class)
                .asLongValue();
    }

    @Test
    void aBodyOverTheLimitIsA413ProblemBeforeAnythingElse() {
        String big = "{\"note\":\"" + "x".repeat((int) bodyLimit() + 10) + "\"}";
        for (String auth : new String[] {null, DevTokens.bearer(DevTokens.editor())}) {
            var request = given().contentType(ContentType.JSON).body(big);
            if (auth != null) {
                request.header("Authorization", auth);
            }
            request.when().post(writePath).then().statusCode(413).contentType("application/problem+json")
                    .header("X-Content-Type-Options", "nosniff")
                    .body("status", is(413)).body("type", is("https://bilateral.example/problems/payload-too-large"))
                    .body("detail", containsString(Long.toString(bodyLimit())));
        }
        given().when().get(readPath).then().statusCode(200);
    }

    @Test
    void aBodyJustUnderTheLimitIsReadAndJudgedOnItsContent() {
        String almost = "{\"unexpectedField\":\"" + "x".repeat((int) bodyLimit() - 100) + "\"}";
        int status = given().auth().oauth2(DevTokens.editor()).contentType(ContentType.JSON).body(almost).when().post(writePath)
                .then().extract().statusCode();
        assertTrue(status != 413 && status < 500, "a body under the limit is read, not refused for its size: " + status);
    }

    @Test
    void aRequestLineOverTheLimitIsA414ProblemToTheByteAndTheServerCarriesOn() throws Exception {
        int limit = ConfigProvider.getConfig().getValue("bilateral.http.max-request-line-length", Integer.class);
        // "GET " + target + " HTTP/1.1" is exactly the limit, then one byte more
        String prefix = readPath + (readPath.contains("?") ? "&" : "?") + "q=";
        String atLimit = prefix + "a".repeat(limit - "GET ".length() - " HTTP/1.1".length() - prefix.length());
        HttpResponse<String> just = send(HttpRequest.newBuilder(ApiDocument.uri(atLimit)).GET().build());
        assertTrue(just.statusCode() != 414 && just.statusCode() < 500, "a request line of exactly the limit is answered: " + just.statusCode());
        HttpResponse<String> r = send(HttpRequest.newBuilder(ApiDocument.uri(atLimit + "a")).GET().build());
        assertProblem(r, 414, "uri-too-long", Integer.toString(limit));
        given().when().get(readPath).then().statusCode(200);
    }

    @Test
    void headersOverTheLimitAreA431ProblemAndTheServerCarriesOn() throws Exception {
        long limit = ConfigProvider.getConfig().getValue("bilateral.http.max-header-size", io.quarkus.runtime.configuration.MemorySize.class)
                .asLongValue();
        HttpResponse<String> under = send(HttpRequest.newBuilder(ApiDocument.uri(readPath)).header("X-Padding", "p".repeat((int) limit - 1000))
                .GET().build());
        assertEquals(200, under.statusCode(), "headers under the limit are read");
        HttpResponse<String> r = send(HttpRequest.newBuilder(ApiDocument.uri(readPath)).header("X-Padding", "p".repeat((int) limit + 10))
                .GET().build());
        assertProblem(r, 431, "request-header-fields-too-large", Long.toString(limit));
        given().when().get(readPath).then().statusCode(200);
    }

    @Test
    void theHttpCodecsOwnCeilingsStayAboveTheApisLimitsAndStillRefuse() throws Exception {
        var config = ConfigProvider.getConfig();
        int codecLine = config.getValue("quarkus.http.limits.max-initial-line-length", Integer.class);
        long codecHeaders = config.getValue("quarkus.http.limits.max-header-size", io.quarkus.runtime.configuration.MemorySize.class).asLongValue();
        assertTrue(codecLine > config.getValue("bilateral.http.max-request-line-length", Integer.class), "codec line ceiling above the API's");
        assertTrue(codecHeaders > config.getValue("bilateral.http.max-header-size", io.quarkus.runtime.configuration.MemorySize.class).asLongValue(),
                "codec header ceiling above the API's");
        // beyond the ceiling the codec refuses before any application code (with its empty body), and the server carries on
        HttpResponse<String> r = send(HttpRequest.newBuilder(ApiDocument.uri(readPath + "?q=" + "a".repeat(codecLine + 10))).GET().build());
        assertEquals(414, r.statusCode());
        given().when().get(readPath).then().statusCode(200);
    }

    private static void assertProblem(HttpResponse<String> r, int status, String slug, String limit) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.headers().map().toString());
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(r.body().contains("\"status\":" + status), r.body());
        assertTrue(r.body().contains("\"type\":\"https://bilateral.example/problems/" + slug + "\""), r.body());
        assertTrue(r.body().contains(limit), "the problem names the limit: " + r.body());
    }

    @Test
    void aClientThatStallsMidRequestDoesNotHoldAThreadAndOthersAreServed() throws Exception {
        // Half a request: headers promise a body that never comes. Vert.x holds no worker thread for it.
        try (Socket stalled = new Socket("localhost", io.restassured.RestAssured.port)) {
            OutputStream out = stalled.getOutputStream();
            out.write(("POST " + writePath + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            given().when().get(readPath).then().statusCode(200);
        }
    }

    @Test
    void slowClientTimeoutsAreConfigured() {
        var config = ConfigProvider.getConfig();
        assertTrue(config.getOptionalValue("quarkus.http.idle-timeout", String.class).isPresent(), "idle-timeout set");
        assertTrue(config.getOptionalValue("quarkus.http.read-timeout", String.class).isPresent(), "read-timeout set");
        long ceiling = config.getValue("quarkus.http.limits.max-body-size", io.quarkus.runtime.configuration.MemorySize.class).asLongValue();
        assertTrue(ceiling >= bodyLimit(), "the hard ceiling is not below the API's body limit");
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
