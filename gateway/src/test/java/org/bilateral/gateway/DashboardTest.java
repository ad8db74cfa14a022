package org.bilateral.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.testsupport.Management;
import org.junit.jupiter.api.Test;

/** The dashboard at /: a page built by the Web Bundler, its hashed bundle files, and the routes it must not shadow. */
@QuarkusTest
class DashboardTest {

    /** Health and metrics are on the management interface, not the API port. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/static/bundle/[^\"]+\\.(js|css))\"");

    @Test
    void rootServesTheDashboardPageWithItsBundledScriptAndStyle() {
        Response page = given().when().get("/").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Cache-Control", "no-cache")
                .extract().response();
        String html = page.asString();
        assertTrue(html.contains("<title>Bilateral"), "the dashboard page, not another index");
        List<String> assets = assets(html);
        assertTrue(assets.stream().anyMatch(a -> a.endsWith(".js")), "a bundled script in " + html);
        assertTrue(assets.stream().anyMatch(a -> a.endsWith(".css")), "a bundled stylesheet in " + html);
        // the page runs under a CSP without 'unsafe-inline': no inline script, no inline handler, no style attribute
        assertFalse(Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>").matcher(html).find(), "an inline <script> in the page");
        assertFalse(Pattern.compile("\\son[a-z]+=\"", Pattern.CASE_INSENSITIVE).matcher(html).find(), "an inline event handler in the page");
        assertFalse(html.contains(" style=\""), "an inline style attribute in the page");
        // and only the gateway's own origin: no CDN
        assertFalse(html.contains("src=\"http") || html.contains("href=\"http://") || html.contains("cdn"), "an external asset in the page");
    }

    @Test
    void theDashboardHasAMirrorChartFedByTheMirrorEndpointAndTellsOfficialFromPressValues() {
        String html = given().when().get("/").then().statusCode(200).extract().asString();
        assertTrue(html.contains("id=\"mirror-chart\"") && html.contains("id=\"mirror-table\""), "the mirror chart and its table");
        String script = assets(html).stream().filter(a -> a.endsWith(".js"))
                .map(a -> given().when().get(a).then().statusCode(200).extract().asString()).reduce("", String::concat);
        assertTrue(script.contains("/api/v1/trade/mirror"), "the bundle reads the mirror endpoint");
        assertTrue(script.contains("officialVsReported") && script.contains("official statistics"), "official and press values told apart");
    }

    @Test
    void dashboardPolicyAllowsOnlyTheGatewaysOwnScriptsStylesAndApi() {
        String policy = given().when().get("/").then().statusCode(200).extract().header("Content-Security-Policy");
        assertTrue(policy.contains("script-src 'self'") && policy.contains("style-src 'self'") && policy.contains("connect-src 'self'"), policy);
        assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        // the API keeps its own, stricter policy
        given().when().get("/api/v1/nowhere").then().header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void bundledAssetsAreServedWithTheirTypesAndMayBeCached() {
        List<String> assets = assets(given().when().get("/").then().statusCode(200).extract().asString());
        for (String asset : assets) {
            Response response = given().when().get(asset).then().statusCode(200)
                    .contentType(asset.endsWith(".js") ? "text/javascript;charset=UTF-8" : "text/css;charset=UTF-8")
                    .header("X-Content-Type-Options", "nosniff")
                    .extract().response();
            String cache = response.header("Cache-Control");
            assertTrue(cache != null && cache.contains("public") && cache.contains("immutable")
                    && Pattern.compile("max-age=[1-9]").matcher(cache).find(),
                    asset + " cacheable, was " + cache);
            assertTrue(response.asString().length() > 1000, asset + " has content");
        }
        String script = given().when().get(assets.stream().filter(a -> a.endsWith(".js")).findFirst().orElseThrow()).asString();
        // the app reads the public API through the gateway's own routes, and carries the two countries' outlines
        assertTrue(script.contains("/api/v1/overview") && script.contains("/api/v1/trade/series") && script.contains("/api/v1/ventures"),
                "the bundle calls the gateway's API routes");
        assertTrue(script.contains("Natural Earth") && script.contains("Kazakhstan") && script.contains("Belarus"),
                "the bundle carries the map outlines with their origin");
        given().when().get("/static/bundle/nothing-here.js").then().statusCode(404).header("Cache-Control", not(containsString("immutable")));
    }

    @Test
    void dashboardShadowsNeitherTheApiNorTheQuarkusEndpoints() {
        given().when().get("/api/v1/nowhere").then().statusCode(404).contentType(startsWith("application/problem+json"))
                .body(not(containsString("<html")));
        given().when().get("/q/openapi?format=json").then().statusCode(200).contentType(startsWith("application/json"))
                .body(containsString("\"openapi\""));
        Management.given(management).when().get("/q/health/live").then().statusCode(200).body(containsString("UP"));
        String swagger = given().when().get("/q/swagger-ui/").then().statusCode(200).extract().asString();
        assertFalse(swagger.contains("/static/bundle/"), "Swagger UI is still Swagger UI");
    }

    private static List<String> assets(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = ASSET.matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        assertEquals(found.stream().distinct().count(), found.size(), "each asset once");
        return found;
    }
}
