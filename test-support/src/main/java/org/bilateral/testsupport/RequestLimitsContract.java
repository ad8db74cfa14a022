package org.bilateral.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Request limits every HTTP application applies the same way: a body over
 * {@code bilateral.http.max-body-size} is a 413 problem+json before authentication or parsing; an
 * over-long request line is a 414 and over-large headers a 431 from the HTTP codec; after each the
 * application keeps serving; and slow-client timeouts are configured. A module's
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
    void aRequestLineOverTheLimitIsA414AndTheServerCarriesOn() throws Exception {
        int limit = ConfigProvider.getConfig().getValue("quarkus.http.limits.max-initial-line-length", Integer.class);
        HttpResponse<String> r = send(HttpRequest.newBuilder(ApiDocument.uri(readPath + "?q=" + "a".repeat(limit + 10))).GET().build());
        assertEquals(414, r.statusCode());
        given().when().get(readPath).then().statusCode(200);
    }

    @Test
    void headersOverTheLimitAreA431AndTheServerCarriesOn() throws Exception {
        long limit = ConfigProvider.getConfig().getValue("quarkus.http.limits.max-header-size", io.quarkus.runtime.configuration.MemorySize.class)
                .asLongValue();
        HttpResponse<String> r = send(HttpRequest.newBuilder(ApiDocument.uri(readPath)).header("X-Padding", "p".repeat((int) limit + 10))
                .GET().build());
        assertEquals(431, r.statusCode());
        given().when().get(readPath).then().statusCode(200);
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
        return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
