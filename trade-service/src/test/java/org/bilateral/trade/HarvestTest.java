package org.bilateral.trade;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.restassured.RestAssured.given;
import static org.bilateral.trade.ProviderFixtures.PROVIDERS;
import static org.bilateral.trade.ProviderFixtures.bilateralSdmx;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bilateral.testsupport.DevTokens;
import org.bilateral.testsupport.Race;
import org.bilateral.trade.harvest.HarvestService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Harvests end to end: provider messages (written by us in the shapes providers serve, with this service's own
 * data structure definition) served by WireMock, read by the real SDMX fetcher, stored by the harvest service.
 */
@QuarkusTest
@TestProfile(HarvestProfile.class)
class HarvestTest {

    private static final String GENERIC = "application/vnd.sdmx.genericdata+xml;version=2.1";
    private static final String STRUCTURE = "application/vnd.sdmx.structure+xml;version=2.1";
    private static final String KEY = "UA+MD.MD+UA._T.EXPORT+IMPORT._T.A+M";
    private static WireMockServer provider;

    @Inject
    HarvestService harvests;

    @BeforeAll
    static void startProvider() {
        provider = new WireMockServer(options().dynamicPort());
        provider.start();
    }

    @AfterAll
    static void stopProvider() {
        provider.stop();
    }

    private static String resource(String name) {
        try (InputStream in = HarvestTest.class.getResourceAsStream("/harvest-api/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data structure definition this service serves for BILATERAL:TRADE, as a provider would serve its own. */
    private static void serveStructure(String base) {
        String dsd = given().accept(STRUCTURE).queryParam("references", "all")
                .when().get("/api/v1/trade/sdmx/dataflow/BILATERAL/TRADE/1.0").then().statusCode(200).extract().asString();
        provider.stubFor(get(urlPathEqualTo(base + "/dataflow/BILATERAL/TRADE/1.0"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", STRUCTURE).withBody(dsd)));
    }

    private static void serveData(String base, int status, String body) {
        provider.stubFor(get(urlPathMatching(base + "/data/.*"))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", GENERIC).withBody(body)));
    }

    private static void createProvider(String id, String base) {
        given().auth().oauth2(DevTokens.admin()).contentType(ContentType.JSON).body(bilateralSdmx(id, provider.baseUrl() + base, KEY))
                .when().post(PROVIDERS).then().statusCode(201);
    }

    /** Starts a harvest (202 + Location) and polls it until it ends. */
    private static JsonPath harvest(String providerId) {
        Response started = given().auth().oauth2(DevTokens.admin()).when().post(PROVIDERS + "/" + providerId + "/harvests")
                .then().statusCode(202).header("Location", matchesPattern("(http://[^/]+)?/api/v1/trade/harvests/[0-9]+"))
                .body("state", is(oneOf("QUEUED", "RUNNING", "SUCCEEDED", "FAILED"))).extract().response();
        return await(started.header("Location"));
    }

    private static JsonPath await(String location) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            JsonPath h = given().when().get(location).then().statusCode(200).extract().jsonPath();
            if (List.of("SUCCEEDED", "FAILED").contains(h.getString("state"))) {
                return h;
            }
            sleep(200);
        }
        throw new AssertionError("harvest " + location + " did not end");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Numbers as BigDecimal: values are compared exactly, never through a float. */
    private static JsonPath figuresOf(String source) {
        String body = given().queryParam("source", source).queryParam("size", 200).queryParam("sort", "id")
                .when().get("/api/v1/trade/figures").then().statusCode(200).extract().asString();
        return JsonPath.from(body).using(new io.restassured.path.json.config.JsonPathConfig(
                io.restassured.path.json.config.JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static Map<String, Object> figure(JsonPath figures, String reporter, String flow, String label) {
        List<Map<String, Object>> items = figures.getList("items");
        return items.stream().filter(f -> f.get("reporter").equals(reporter) && f.get("flow").equals(flow)
                && ((Map<?, ?>) f.get("period")).get("label").equals(label)).findFirst().orElseThrow(() ->
                new AssertionError("no figure " + reporter + " " + flow + " " + label));
    }

    @SuppressWarnings("unchecked")
    private static BigDecimal units(Map<String, Object> figure) {
        Map<String, Object> v = (Map<String, Object>) figure.get("value");
        return new BigDecimal(v.get("amount").toString()).movePointRight(((Number) v.get("scale")).intValue());
    }

    @Test
    void aHarvestStoresEveryObservationExactlyAndReharvestingChangesNothingButWhatTheProviderRevised() {
        serveStructure("/life");
        serveData("/life", 200, resource("generic-v1.xml"));
        createProvider("wm-life", "/life");

        JsonPath first = harvest("wm-life");
        assertEquals("SUCCEEDED", first.getString("state"), first.getString("failure"));
        assertEquals(7, first.getInt("counts.observationsRead"));
        assertEquals(6, first.getInt("counts.figuresCreated"));
        assertEquals(0, first.getInt("counts.figuresRevised"));
        assertEquals(1, first.getInt("counts.rejected"));
        assertTrue(first.getString("rejections[0].reason").contains("OBS_STATUS"), first.getString("rejections[0].reason"));
        // the first harvest checks the mapping against the provider's structure, then asks for the data
        assertEquals(2, first.getList("requestUrls").size());
        assertTrue(first.getString("requestUrls[0]").contains("/life/dataflow/BILATERAL/TRADE/1.0"));
        assertNotNull(first.getString("startedAt"));
        assertNotNull(first.getString("endedAt"));

        JsonPath figures = figuresOf("wm-life");
        assertEquals(6, figures.getInt("totalItems"));
        // values exactly as published x 10^multiplier, whatever the multiplier
        assertEquals(0, units(figure(figures, "UA", "EXPORT", "1991")).compareTo(new BigDecimal("100000000")));
        assertEquals(0, units(figure(figures, "UA", "EXPORT", "1992")).compareTo(new BigDecimal("1250000")));
        assertEquals(0, units(figure(figures, "UA", "EXPORT", "1991-01")).compareTo(new BigDecimal("10123456")));
        assertEquals(0, units(figure(figures, "MD", "IMPORT", "1991")).compareTo(new BigDecimal("108000000")));
        assertEquals(0, units(figure(figures, "MD", "EXPORT", "1991")).compareTo(new BigDecimal("50000000")));
        assertEquals(0, units(figure(figures, "UA", "IMPORT", "1991")).compareTo(new BigDecimal("70000000")));
        assertEquals("APPROXIMATE", ((Map<?, ?>) figure(figures, "MD", "IMPORT", "1991").get("value")).get("qualifier"));
        Map<String, Object> exp1992 = figure(figures, "UA", "EXPORT", "1992");
        Map<?, ?> provenance = (Map<?, ?>) exp1992.get("harvest");
        assertEquals("wm-life", provenance.get("provider"));
        assertEquals("BILATERAL:TRADE(1.0)", provenance.get("dataflow"));
        assertEquals("UA.MD._T.EXPORT._T.A", provenance.get("seriesKey"));
        assertTrue(provenance.get("requestUrl").toString().contains("/life/data/BILATERAL,TRADE,1.0/"));
        assertNotNull(provenance.get("retrievedAt"));
        assertEquals("wm-life", ((Map<?, ?>) exp1992.get("source")).get("source"));
        int id1992 = ((Number) exp1992.get("id")).intValue();

        // the same answer again: nothing changes, and only changes since the first harvest are asked for
        long cursor = ProviderApiTest.drainFeed();
        JsonPath second = harvest("wm-life");
        assertEquals("SUCCEEDED", second.getString("state"), second.getString("failure"));
        assertEquals(0, second.getInt("counts.figuresCreated"));
        assertEquals(0, second.getInt("counts.figuresRevised"));
        assertEquals(6, second.getInt("counts.figuresUnchanged"));
        assertEquals(Instant.parse(first.getString("startedAt")), Instant.parse(second.getString("updatedAfter")));
        assertEquals(1, second.getList("requestUrls").size());
        assertTrue(second.getString("requestUrls[0]").contains("updatedAfter="));
        provider.verify(getRequestedFor(urlPathMatching("/life/data/.*")).withQueryParam("updatedAfter",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo(first.getString("startedAt"))));
        given().queryParam("since", cursor).queryParam("limit", 1000).when().get("/api/v1/trade/changes").then()
                .body("items.findAll { it.resource == 'figures' && it.data.source.source == 'wm-life' }", empty());
        Instant beforeRevision = Instant.now();
        sleep(5);

        // the provider revises 1992 (and restates 1991 at another multiplier: the same value)
        serveData("/life", 200, resource("generic-v2.xml"));
        JsonPath third = harvest("wm-life");
        assertEquals("SUCCEEDED", third.getString("state"), third.getString("failure"));
        assertEquals(0, third.getInt("counts.figuresCreated"));
        assertEquals(1, third.getInt("counts.figuresRevised"));
        assertEquals(5, third.getInt("counts.figuresUnchanged"));
        assertEquals(6, figuresOf("wm-life").getInt("totalItems"));
        given().when().get("/api/v1/trade/figures/" + id1992).then().statusCode(200).header("ETag", "\"2\"")
                .body("value.amount", is(1.3f)).body("value.scale", is(6));
        given().queryParam("asOf", beforeRevision.toString()).when().get("/api/v1/trade/figures/" + id1992).then().statusCode(200)
                .body("value.amount", is(1250000));
        given().when().get("/api/v1/trade/figures/" + id1992 + "/revisions").then().statusCode(200)
                .body("operation", contains("CREATE", "UPDATE")).body("actor", everyItem(is("provider:wm-life")));
        given().queryParam("since", cursor).queryParam("limit", 1000).when().get("/api/v1/trade/changes").then()
                .body("items.findAll { it.resource == 'figures' && it.data.source.source == 'wm-life' }.id", contains(id1992))
                .body("items.findAll { it.resource == 'figures' && it.data.source.source == 'wm-life' }.actor", contains("provider:wm-life"));

        given().when().get(PROVIDERS + "/wm-life/harvests").then().statusCode(200).body("totalItems", is(3))
                .body("items[0].id", is(third.getInt("id"))).body("items.state", everyItem(is("SUCCEEDED")));
        given().when().get("/api/v1/trade/sources").then().body("id", hasItem("wm-life"));
    }

    @Test
    void aProviderAnswering404EndsFailedWithTheReasonAndWritesNothing() {
        provider.stubFor(get(urlPathMatching("/gone/.*")).willReturn(aResponse().withStatus(404).withBody("no such dataflow")));
        createProvider("wm-gone", "/gone");
        JsonPath h = harvest("wm-gone");
        assertEquals("FAILED", h.getString("state"));
        assertTrue(h.getString("failure").contains("404"), h.getString("failure"));
        assertNotNull(h.getString("endedAt"));
        assertEquals(0, figuresOf("wm-gone").getInt("totalItems"));
    }

    @Test
    void anAnswerCutOffMidStreamEndsFailedAndNoneOfItsObservationsIsWritten() {
        serveStructure("/cut");
        String whole = resource("generic-v1.xml");
        // two full series, then the answer stops inside an element
        int cut = whole.indexOf("<gen:Series>", whole.indexOf("<gen:Series>", whole.indexOf("<gen:Series>") + 1) + 1) + 30;
        serveData("/cut", 200, whole.substring(0, cut));
        createProvider("wm-cut", "/cut");
        JsonPath h = harvest("wm-cut");
        assertEquals("FAILED", h.getString("state"));
        assertFalse(h.getString("failure").isBlank());
        assertEquals(0, figuresOf("wm-cut").getInt("totalItems"));
    }

    @Test
    void anSdmxErrorMessageEndsTheHarvestFailedWithTheProvidersWords() {
        serveStructure("/err");
        serveData("/err", 404, resource("sdmx-error-100.xml"));
        createProvider("wm-err", "/err");
        JsonPath h = harvest("wm-err");
        assertEquals("FAILED", h.getString("state"));
        assertTrue(h.getString("failure").contains("100"), h.getString("failure"));
        assertEquals(0, figuresOf("wm-err").getInt("totalItems"));
    }

    @Test
    void twoRunnersRacingForOneQueuedHarvestClaimItOnceAndASecondRequestWaits() {
        provider.stubFor(get(urlPathMatching("/race/.*")).willReturn(aResponse().withStatus(404)));
        createProvider("wm-race", "/race");
        long id = harvests.request("wm-race", "test").id;
        // one harvest per provider at a time
        given().auth().oauth2(DevTokens.admin()).when().post(PROVIDERS + "/wm-race/harvests").then().statusCode(409)
                .body("detail", containsString(Long.toString(id)));
        List<Optional<Long>> claims = Race.atOnce(4, i -> harvests.claim("runner-" + i));
        assertEquals(1, claims.stream().filter(Optional::isPresent).count(), claims.toString());
        assertEquals(id, claims.stream().flatMap(Optional::stream).findFirst().orElseThrow());
        given().when().get("/api/v1/trade/harvests/" + id).then().body("state", is("RUNNING"));
        harvests.run(id);
        given().when().get("/api/v1/trade/harvests/" + id).then().body("state", is("FAILED"));
        // once it ended, the provider can be harvested again
        assertEquals("FAILED", harvest("wm-race").getString("state"));
    }

    @Test
    void aProvidersCronQueuesHarvestsAndChangingTheScheduleReplansIt() {
        provider.stubFor(get(urlPathMatching("/cron/.*")).willReturn(aResponse().withStatus(404)));
        Map<String, Object> body = bilateralSdmx("wm-cron", provider.baseUrl() + "/cron", KEY);
        body = new HashMap<>(body);
        body.put("schedule", "0/2 * * * * ?");
        Response created = given().auth().oauth2(DevTokens.admin()).contentType(ContentType.JSON).body(body).when().post(PROVIDERS)
                .then().statusCode(201).extract().response();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonPath list;
        do {
            sleep(500);
            list = given().when().get(PROVIDERS + "/wm-cron/harvests").then().statusCode(200).extract().jsonPath();
        } while (list.getList("items.findAll { it.trigger == 'SCHEDULE' && it.state == 'FAILED' }").isEmpty()
                && Instant.now().isBefore(deadline));
        assertFalse(list.getList("items.findAll { it.trigger == 'SCHEDULE' && it.state == 'FAILED' }").isEmpty(), list.prettify());
        assertEquals("schedule", list.getString("items.find { it.trigger == 'SCHEDULE' }.requestedBy"));

        // no schedule any more: the job goes, and no further harvest is queued
        body.remove("schedule");
        given().auth().oauth2(DevTokens.admin()).header("If-Match", created.header("ETag")).contentType(ContentType.JSON).body(body)
                .when().put(PROVIDERS + "/wm-cron").then().statusCode(200);
        sleep(3000);
        int settled = given().when().get(PROVIDERS + "/wm-cron/harvests").then().extract().path("totalItems");
        sleep(5000);
        given().when().get(PROVIDERS + "/wm-cron/harvests").then().body("totalItems", is(settled));
    }

    @Test
    void officialFiguresSitBesideReportedOnesInDiscrepanciesSeriesAndTheMirror() {
        serveStructure("/rec");
        serveData("/rec", 200, resource("generic-v1.xml"));
        createProvider("wm-rec", "/rec");
        assertEquals("SUCCEEDED", harvest("wm-rec").getString("state"));
        // a press report of UA's 1991 exports to MD, a little off the official value
        Map<String, Object> press = FigureFixtures.validFigure();
        press.put("reporter", "UA");
        press.put("partner", "MD");
        press.put("period", new HashMap<>(Map.of("start", "1991-01-01", "end", "1991-12-31", "label", "1991")));
        press.put("value", new HashMap<>(Map.of("amount", 101, "unit", "USD", "scale", 6, "qualifier", "EXACT")));
        press.remove("reportedChange");
        int pressId = FigureFixtures.create(press).path("id");

        JsonPath d = given().queryParam("reporter", "UA").queryParam("partner", "MD").when().get("/api/v1/trade/discrepancies")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> entry = d.getMap("officialVsReported.find { it.flow == 'EXPORT' && it.period.label == '1991' }");
        assertNotNull(entry, d.prettify());
        assertEquals(List.of(pressId), d.getList("officialVsReported.find { it.flow == 'EXPORT' && it.period.label == '1991' }.reported.figureId"));
        assertTrue(d.getList("officialVsReported.find { it.flow == 'EXPORT' && it.period.label == '1991' }.official.official").stream()
                .allMatch(Boolean.TRUE::equals));
        assertEquals(1f, d.getFloat("officialVsReported.find { it.flow == 'EXPORT' && it.period.label == '1991' }.spread"));
        assertEquals(1f, d.getFloat("officialVsReported.find { it.flow == 'EXPORT' && it.period.label == '1991' }.reportedVsOfficialPercent"));
        int preferred = d.getInt("officialVsReported.find { it.flow == 'EXPORT' && it.period.label == '1991' }.preferredFigureId");
        assertTrue(preferred != pressId, "official statistics are preferred over the press report");
        assertTrue(d.getString("officialVsReported[0].preferenceRule").startsWith("Among figures with a value for the same key: official"));

        // /series applies the same rule: the official 100 wins over the more recently published 101
        given().queryParam("reporter", "UA").queryParam("partner", "MD").queryParam("flow", "EXPORT").when().get("/api/v1/trade/series")
                .then().statusCode(200)
                .body("points.find { it.period.label == '1991' }.value", is(100))
                .body("points.find { it.period.label == '1991' }.reported.find { it.figureId == " + pressId + " }.official", is(false))
                .body("points.find { it.period.label == '1991' }.reported[0].official", is(true));

        // mirror: UA's exports beside MD's imports from UA, and the reverse
        given().queryParam("reporter", "UA").queryParam("partner", "MD").queryParam("year", 1991).when().get("/api/v1/trade/mirror")
                .then().statusCode(200).body("ratioMin", is(1.0f)).body("ratioMax", is(1.2f))
                .body("rows.find { it.exporter == 'UA' && it.period.label == '1991' }.exportsFob", is(100))
                .body("rows.find { it.exporter == 'UA' && it.period.label == '1991' }.importsCif", is(108))
                .body("rows.find { it.exporter == 'UA' && it.period.label == '1991' }.gap", is(8))
                .body("rows.find { it.exporter == 'UA' && it.period.label == '1991' }.ratio", is(1.08f))
                .body("rows.find { it.exporter == 'UA' && it.period.label == '1991' }.outsideBand", is(false))
                .body("rows.find { it.exporter == 'UA' && it.period.label == '1991' }.exportOfficial", is(true))
                .body("rows.find { it.exporter == 'MD' && it.period.label == '1991' }.ratio", is(1.4f))
                .body("rows.find { it.exporter == 'MD' && it.period.label == '1991' }.outsideBand", is(true))
                // a month only the exporter reports: no pair, no ratio, no flag
                .body("rows.find { it.exporter == 'UA' && it.period.label == '1991-01' }.importsCif", nullValue())
                .body("rows.find { it.exporter == 'UA' && it.period.label == '1991-01' }.outsideBand", nullValue())
                .body("rows[0].exporter", is("UA"));
        String csv = given().accept("text/csv").queryParam("reporter", "UA").queryParam("partner", "MD").queryParam("year", 1991)
                .when().get("/api/v1/trade/mirror").then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.startsWith("exporter,importer,period.start,period.end,period.label,period.inferred,exportsFob,importsCif,gap,ratio,outsideBand"), csv);
        assertTrue(csv.contains("MD,UA,1991-01-01,1991-12-31,1991,false,50,70,20,1.4000,true"), csv);
        given().queryParam("reporter", "UA").queryParam("partner", "UA").when().get("/api/v1/trade/mirror").then().statusCode(400)
                .body("errors.field", hasItem("partner"));
        given().queryParam("year", 1991).queryParam("from", "1991-01-01").when().get("/api/v1/trade/mirror").then().statusCode(400)
                .body("errors.field", hasItem("year"));
    }

    /**
     * The round trip no stub can fake: this running service harvests its own /api/v1/trade/sdmx/ over HTTP, as a
     * second provider and source, and gets the same value for every key it serves.
     */
    @Test
    void thisServiceHarvestsItsOwnSdmxInterfaceAndGetsTheSameValues() {
        String root = "http://localhost:" + RestAssured.port + "/api/v1/trade/sdmx";
        String key = "BY.KZ._T.EXPORT+IMPORT+TURNOVER._T.A";
        String served = given().accept("application/vnd.sdmx.data+csv;version=1.0.0")
                .when().get("/api/v1/trade/sdmx/data/BILATERAL,TRADE,1.0/" + key).then().statusCode(200).extract().asString();
        Map<String, BigDecimal> expected = new HashMap<>();
        List<String> lines = served.lines().toList();
        List<String> header = List.of(lines.get(0).split(","));
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            expected.put(c[header.indexOf("FLOW")] + "@" + c[header.indexOf("TIME_PERIOD")],
                    new BigDecimal(c[header.indexOf("OBS_VALUE")]).movePointRight(Integer.parseInt(c[header.indexOf("UNIT_MULT")])));
        }
        assertFalse(expected.isEmpty(), "the seeded BY-KZ figures are served");

        given().auth().oauth2(DevTokens.admin()).contentType(ContentType.JSON).body(bilateralSdmx("self-sdmx", root, key))
                .when().post(PROVIDERS).then().statusCode(201);
        JsonPath h = harvest("self-sdmx");
        assertEquals("SUCCEEDED", h.getString("state"), h.getString("failure"));
        assertEquals(expected.size(), h.getInt("counts.figuresCreated"));

        List<Map<String, Object>> harvested = figuresOf("self-sdmx").getList("items");
        assertEquals(expected.size(), harvested.size());
        for (Map<String, Object> f : harvested) {
            String k = f.get("flow") + "@" + ((Map<?, ?>) f.get("period")).get("label");
            assertTrue(expected.containsKey(k), "harvested " + k + " was not served");
            assertEquals(0, expected.get(k).compareTo(units(f)), k + ": served " + expected.get(k) + ", harvested " + units(f));
        }
        // harvesting again finds the same values (now also its own, preferred as official): nothing changes
        JsonPath again = harvest("self-sdmx");
        assertEquals("SUCCEEDED", again.getString("state"), again.getString("failure"));
        assertEquals(0, again.getInt("counts.figuresRevised"));
    }
}
