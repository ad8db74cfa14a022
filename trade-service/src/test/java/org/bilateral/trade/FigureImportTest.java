package org.bilateral.trade;

import static io.restassured.RestAssured.given;
import static org.bilateral.trade.FigureFixtures.FIGURES;
import static org.bilateral.trade.FigureFixtures.SOURCE;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.bilateral.testsupport.DevTokens;
import org.bilateral.testsupport.Race;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * POST /figures/import: CSV and NDJSON land in one transaction or not at all, every bad row is
 * reported with its line and field, re-sending changes nothing, and the rows show up in history
 * and the change feed. Each test imports EE→LV figures in years of its own.
 */
@QuarkusTest
@TestProfile(BulkImportProfile.class)
class FigureImportTest {

    static final String IMPORT = FIGURES + "/import";
    static final String CSV = "text/csv";
    static final String NDJSON = "application/x-ndjson";
    static final String HEADER = "reporter,partner,region,flow,commodity,period.start,period.end,period.label,"
            + "value.amount,value.unit,value.scale,value.qualifier,source.source,source.locator,note";
    private static final AtomicInteger YEARS = new AtomicInteger(2101);

    @TestHTTPResource(IMPORT)
    URL importUrl;

    /** A valid CSV row: EE→LV exports of one month of a year. */
    static String row(int year, int month, String amount) {
        String m = String.format("%02d", month);
        String end = java.time.YearMonth.of(year, month).atEndOfMonth().toString();
        return "EE,LV,,EXPORT,,%d-%s-01,%s,%d-%s,%s,EUR,6,EXACT,%s,p1,".formatted(year, m, end, year, m, amount, SOURCE);
    }

    static String csv(List<String> rows) {
        return HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    static ValidatableResponse post(String contentType, String body) {
        return given().auth().oauth2(DevTokens.editor()).contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post(IMPORT).then();
    }

    static int count(int year) {
        return given().queryParam("reporter", "EE").queryParam("partner", "LV").queryParam("year", year)
                .when().get(FIGURES).then().statusCode(200).extract().path("totalItems");
    }

    @Test
    void aListAskedBeforeAnImportShowsTheImportedRowsRightAfter() {
        // the bulk path writes its revisions set-based, not through the trigger: the page kept before must still be dropped
        int year = YEARS.getAndIncrement();
        assertEquals(0, count(year));
        assertEquals(0, count(year));
        post(CSV, csv(List.of(row(year, 1, "10"), row(year, 2, "20"), row(year, 3, "30")))).statusCode(200).body("inserted", is(3));
        assertEquals(3, count(year));
    }

    @Test
    void csvRowsLandAndReadBackThroughTheJsonApiWithHistoryAndFeed() {
        int year = YEARS.getAndIncrement();
        // a BOM, CRLF line ends, a quoted note with a comma, a doubled quote and a line break, columns in another order
        String body = "\uFEFFpartner,reporter,flow,region,commodity,period.start,period.end,period.label,period.inferred,value.amount,"
                + "value.unit,value.scale,value.qualifier,reportedChange.kind,reportedChange.value,reportedChange.qualifier,"
                + "source.source,source.locator,note\r\n"
                + "LV,EE,EXPORT,EE-37,8701," + year + "-01-01," + year + "-12-31," + year + ",false,120.5,USD,6,EXACT,PERCENT,4.5,EXACT,"
                + SOURCE + ",p7,\"Tallinn, \"\"harbour\"\" only\r\nsecond line\"\r\n"
                + "LV,EE,IMPORT,,," + year + "-01-01," + year + "-06-30," + year + "-H1,true,,,,,FACTOR,2.5,APPROXIMATE,"
                + SOURCE + ",p8,\r\n";
        Response r = given().auth().oauth2(DevTokens.editor()).contentType(CSV).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post(IMPORT).then().statusCode(200).contentType("application/json")
                .body("received", is(2)).body("inserted", is(2)).body("unchanged", is(0))
                .body("changes", startsWith("/api/v1/trade/changes?since="))
                .header("Link", containsString("rel=\"changes\"")).extract().response();

        given().queryParam("reporter", "EE").queryParam("year", year).queryParam("sort", "flow").when().get(FIGURES)
                .then().statusCode(200).body("totalItems", is(2))
                .body("items[0].flow", is("EXPORT")).body("items[0].region", is("EE-37")).body("items[0].commodity", is("8701"))
                .body("items[0].value.amount", is(120.5f)).body("items[0].value.unit", is("USD"))
                .body("items[0].reportedChange.value", is(4.5f)).body("items[0].period.inferred", is(false))
                .body("items[0].note", is("Tallinn, \"harbour\" only\r\nsecond line"))
                .body("items[1].flow", is("IMPORT")).body("items[1].value", nullValue())
                .body("items[1].reportedChange.kind", is("FACTOR")).body("items[1].period.label", is(year + "-H1"))
                .body("items[1].period.inferred", is(true)).body("items[1].note", nullValue());

        List<Integer> ids = given().queryParam("reporter", "EE").queryParam("year", year).when().get(FIGURES).then().extract().path("items.id");
        for (int id : ids) {
            given().when().get(FIGURES + "/" + id).then().statusCode(200).header("ETag", is("\"1\""));
            given().when().get(FIGURES + "/" + id + "/revisions").then().statusCode(200)
                    .body("operation", contains("CREATE")).body("version", contains(1))
                    .body("actor", contains("test@bilateral.example")).body("data[0].id", is(id));
        }
        given().when().get(r.<String>path("changes")).then().statusCode(200)
                .body("items.findAll { it.resource == 'figures' && it.operation == 'CREATE' }.id", hasItems(ids.toArray()))
                .body("items.find { it.id == " + ids.get(0) + " }.actor", is("test@bilateral.example"))
                .body("items.find { it.id == " + ids.get(0) + " }.data.source.source", is(SOURCE));
    }

    @Test
    void ndjsonRowsLandAndReadBackThroughTheJsonApi() {
        int year = YEARS.getAndIncrement();
        String body = "{\"reporter\":\"EE\",\"partner\":\"LV\",\"flow\":\"TURNOVER\",\"period\":{\"start\":\"" + year + "-01-01\",\"end\":\""
                + year + "-12-31\",\"label\":\"" + year + "\"},\"value\":{\"amount\":77.25,\"unit\":\"USD\",\"scale\":6,\"qualifier\":\"AT_LEAST\"},"
                + "\"source\":{\"source\":\"" + SOURCE + "\",\"locator\":\"p3\"},\"note\":\"from NDJSON\"}\r\n"
                + "\n"
                + "{\"reporter\":\"EE\",\"partner\":\"LV\",\"flow\":\"SERVICES\",\"period\":{\"start\":\"" + year + "-01-01\",\"end\":\""
                + year + "-03-31\",\"label\":\"" + year + "-Q1\"},\"reportedChange\":{\"kind\":\"PERCENT\",\"value\":-5,\"qualifier\":\"EXACT\"},"
                + "\"source\":{\"source\":\"" + SOURCE + "\",\"locator\":\"p4\"}}";
        post(NDJSON, body).statusCode(200).body("received", is(2)).body("inserted", is(2)).body("unchanged", is(0));
        given().queryParam("reporter", "EE").queryParam("year", year).queryParam("sort", "flow").when().get(FIGURES)
                .then().statusCode(200).body("totalItems", is(2))
                .body("items[0].flow", is("SERVICES")).body("items[0].reportedChange.value", is(-5))
                .body("items[1].flow", is("TURNOVER")).body("items[1].value.amount", is(77.25f))
                .body("items[1].value.qualifier", is("AT_LEAST")).body("items[1].note", is("from NDJSON"));
    }

    @Test
    void sendingTheSameFileAgainChangesNothing() {
        int year = YEARS.getAndIncrement();
        List<String> rows = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            rows.add(row(year, m, "1" + m));
        }
        rows.add(row(year, 5, "15")); // the same key twice in one file is stored once
        String file = csv(rows);
        post(CSV, file).statusCode(200).body("received", is(13)).body("inserted", is(12)).body("unchanged", is(1));
        List<Object> before = given().queryParam("reporter", "EE").queryParam("year", year).queryParam("sort", "id").when().get(FIGURES)
                .then().extract().path("items");
        String changes = post(CSV, file).statusCode(200).body("received", is(13)).body("inserted", is(0)).body("unchanged", is(13))
                .extract().path("changes");
        given().queryParam("reporter", "EE").queryParam("year", year).queryParam("sort", "id").when().get(FIGURES)
                .then().body("items", is(before));
        given().when().get(changes).then().statusCode(200)
                .body("items.findAll { it.resource == 'figures' && it.data.period.start.startsWith('" + year + "') }", empty());
        int id = given().queryParam("reporter", "EE").queryParam("year", year).when().get(FIGURES).then().extract().path("items[0].id");
        given().when().get(FIGURES + "/" + id + "/revisions").then().body("version", contains(1));
        // a stored key sent with another value keeps the stored figure: corrections go through PUT
        post(CSV, csv(List.of(row(year, 1, "999")))).statusCode(200).body("inserted", is(0)).body("unchanged", is(1));
        given().queryParam("reporter", "EE").queryParam("year", year).queryParam("sort", "period").when().get(FIGURES)
                .then().body("items[0].value.amount", is(11));
    }

    @Test
    void oneBadRowAmongManyWritesNothingAndIsNamedByLineAndField() {
        int year = YEARS.getAndIncrement();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            rows.add(row(year, 1 + i % 12, Integer.toString(i)).replace(",EXPORT,,", ",EXPORT," + String.format("%04d", 1000 + i) + ","));
        }
        // data line 57 is file line 58: its period ends before it starts
        rows.set(56, rows.get(56).replace(year + "-", (year - 1) + "-").replaceFirst((year - 1) + "-\\d\\d-01", year + "-01-01"));
        post(CSV, csv(rows)).statusCode(400).contentType("application/problem+json")
                .body("status", is(400)).body("errorCount", is(1)).body("errors", hasSize(1))
                .body("errors[0].line", is(58)).body("errors[0].field", is("period.end"))
                .body("errors[0].message", containsString("period.start"))
                .body("detail", containsString("nothing was written"))
                .body(not(containsString("Exception")));
        assertEquals(0, count(year));
        assertEquals(0, count(year - 1));
    }

    @Test
    void everyKindOfBadCsvRowIsListedWithItsLineAndField() {
        int year = YEARS.getAndIncrement();
        List<String> rows = List.of(
                row(year, 1, "1"),                                                   // line 2: fine
                row(year, 2, "1").replace(year + "-02-01", year + "-02-30"),         // 3: not a date
                row(year, 3, "1").replace("EXPORT", "EXPORTS"),                      // 4: unknown flow
                row(year, 4, "1").replaceFirst("^EE", ""),                           // 5: reporter missing
                row(year, 5, "1") + ",extra",                                         // 6: too many fields
                row(year, 6, "1").replace("EE,LV,,", "EE,LV,LV-RIX,"),               // 7: region of another country
                row(year, 7, "1").replace(SOURCE, "no_such_source"),                 // 8: unknown source
                row(year, 8, "-3"),                                                  // 9: negative amount
                row(year, 9, "abc"),                                                 // 10: not a number
                row(year, 10, "1").replace("EE,LV", "EE,EE"),                        // 11: partner = reporter
                row(year, 11, "1").replace("EE,LV", "XX,LV"),                        // 12: not a country
                row(year, 12, "1").replace(",EUR,6,EXACT,", ",EUR,,EXACT,"));        // 13: value without scale
        ValidatableResponse r = post(CSV, csv(rows)).statusCode(400).contentType("application/problem+json")
                .body("errorCount", is(11));
        expect(r, 3, "period.start");
        expect(r, 4, "flow");
        expect(r, 5, "reporter");
        expect(r, 6, "line");
        expect(r, 7, "region");
        expect(r, 8, "source.source");
        expect(r, 9, "value.amount");
        expect(r, 10, "value.amount");
        expect(r, 11, "partner");
        expect(r, 12, "reporter");
        expect(r, 13, "value.scale");
        r.body("errors.line", not(hasItem(2))).body("errors.line", contains(3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13));
        assertEquals(0, count(year));
    }

    private static void expect(ValidatableResponse r, int line, String field) {
        r.body("errors.findAll { it.line == " + line + " }.field", hasItem(field));
    }

    @Test
    void everyKindOfBadNdjsonLineIsListedWithItsLineAndField() {
        int year = YEARS.getAndIncrement();
        String good = "{\"reporter\":\"EE\",\"partner\":\"LV\",\"flow\":\"EXPORT\",\"period\":{\"start\":\"" + year + "-01-01\",\"end\":\""
                + year + "-12-31\",\"label\":\"" + year + "\"},\"value\":{\"amount\":1,\"unit\":\"USD\",\"scale\":6,\"qualifier\":\"EXACT\"},"
                + "\"source\":{\"source\":\"" + SOURCE + "\",\"locator\":\"p1\"}}";
        String body = String.join("\n", good,
                "{\"reporter\":\"EE\",",                                       // 2: not JSON
                good.replace("\"flow\"", "\"colour\":\"red\",\"flow\""),        // 3: unknown field
                good.replace("\"scale\":6", "\"scale\":\"six\""),               // 4: wrong type
                "[1,2]",                                                        // 5: not an object
                good.replace("\"unit\":\"USD\"", "\"unit\":\"usd\""),           // 6: bad currency
                good.replace(",\"value\":{\"amount\":1,\"unit\":\"USD\",\"scale\":6,\"qualifier\":\"EXACT\"}", ""), // 7: neither value nor change
                "null");                                                        // 8: not an object
        ValidatableResponse r = post(NDJSON, body).statusCode(400).contentType("application/problem+json").body("errorCount", is(7));
        expect(r, 2, "line");
        expect(r, 3, "colour");
        expect(r, 4, "value.scale");
        expect(r, 5, "line");
        expect(r, 6, "value.unit");
        expect(r, 7, "value");
        expect(r, 8, "line");
        assertEquals(0, count(year));
    }

    @Test
    void aBadHeaderIsRefusedNamingTheColumn() {
        post(CSV, "reporter,partner,flow,colour,period.start,period.end,period.label,source.source,source.locator\nEE,LV,EXPORT,red,2020-01-01,2020-12-31,2020,x,y\n")
                .statusCode(400).body("errors[0].line", is(1)).body("errors[0].field", is("header"))
                .body("errors[0].message", containsString("'colour'"));
        post(CSV, "reporter,partner,flow,period.start,period.end,source.source,source.locator\n")
                .statusCode(400).body("errors.message", hasItem(containsString("'period.label'")));
        post(CSV, "reporter,reporter,partner,flow,period.start,period.end,period.label,source.source,source.locator\n")
                .statusCode(400).body("errors.message", hasItem(containsString("appears twice")));
    }

    @Test
    void emptyBodiesAndBrokenCsvAreRefused() {
        post(CSV, "").statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("body"));
        post(NDJSON, "\n\n").statusCode(400).body("errors.field", hasItem("body"));
        post(CSV, HEADER + "\r\n").statusCode(400).body("errors.field", hasItem("body"))
                .body("errors.message", hasItem(containsString("no rows")));
        int year = YEARS.getAndIncrement();
        post(CSV, csv(List.of(row(year, 1, "1"), row(year, 2, "1").replace("p1,", "\"p1,"))))
                .statusCode(400).body("errors[0].line", is(3)).body("errors[0].field", is("line"))
                .body("errors[0].message", containsString("not closed"));
        post(CSV, csv(List.of(row(year, 1, "1").replace("p1", "p\"1"))))
                .statusCode(400).body("errors[0].line", is(2)).body("errors[0].message", containsString("quote"));
        byte[] badUtf8 = (HEADER + "\n" + row(year, 1, "1") + "\n").getBytes(StandardCharsets.UTF_8);
        badUtf8[badUtf8.length - 3] = (byte) 0xC3;
        given().auth().oauth2(DevTokens.editor()).contentType(CSV).body(badUtf8).when().post(IMPORT)
                .then().statusCode(400).body("errors[0].field", is("line")).body("errors[0].message", containsString("UTF-8"));
        post(CSV, csv(List.of(row(year, 1, "1").replace("p1,", "p1,\"nul \u0000 inside\""))))
                .statusCode(400).body("errors[0].field", is("note"));
        assertEquals(0, count(year));
    }

    @Test
    void theListOfErrorsIsCappedButAllAreCounted() {
        int year = YEARS.getAndIncrement();
        List<String> rows = IntStream.range(0, 150).mapToObj(i -> row(year, 1 + i % 12, "1").replace("EXPORT", "SIDEWAYS")).toList();
        post(CSV, csv(rows)).statusCode(400).body("errorCount", is(150)).body("errors", hasSize(100))
                .body("errors[0].line", is(2)).body("errors[99].line", is(101));
    }

    @Test
    void importingNeedsAnEditorTokenAndASupportedType() {
        String file = csv(List.of(row(2099, 1, "1")));
        given().contentType(CSV).body(file).when().post(IMPORT)
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.reader()).contentType(CSV).body(file).when().post(IMPORT)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.editor()).contentType("application/json").body("{}").when().post(IMPORT)
                .then().statusCode(415).contentType("application/problem+json")
                .body("detail", containsString("text/csv")).body("detail", containsString("application/x-ndjson"));
        given().auth().oauth2(DevTokens.editor()).contentType("text/plain").body(file).when().post(IMPORT)
                .then().statusCode(415);
        assertEquals(0, count(2099));
    }

    @Test
    void otherRoutesKeepATightBodyLimit() {
        String big = "{\"note\":\"" + "x".repeat(1_100_000) + "\"}";
        given().auth().oauth2(DevTokens.editor()).contentType("application/json").body(big).when().post(FIGURES)
                .then().statusCode(413).contentType("application/problem+json").body("status", is(413));
    }

    @Test
    void fiftyThousandStreamedRowsLandInOneImport() throws Exception {
        int year = YEARS.getAndIncrement();
        int rows = 50_000;
        HttpResponse<String> response = streamCsv(year, rows);
        assertEquals(200, response.statusCode(), response.body());
        org.hamcrest.MatcherAssert.assertThat(response.body(), containsString("\"inserted\":" + rows));
        given().queryParam("reporter", "EE").queryParam("partner", "LV").queryParam("year", year).queryParam("size", 1)
                .when().get(FIGURES).then().body("totalItems", is(rows));
    }

    @Test
    void concurrentImportsOfTheSameFileStoreEachFigureOnce() {
        int year = YEARS.getAndIncrement();
        List<String> rows = IntStream.range(0, 600)
                .mapToObj(i -> row(year, 1 + i % 12, "1").replace(",EXPORT,,", ",EXPORT," + String.format("%04d", 2000 + i / 12) + ","))
                .toList();
        String file = csv(rows);
        List<Integer> inserted = Race.atOnce(4, i -> post(CSV, file).statusCode(200).body("received", is(600))
                .extract().<Integer>path("inserted"));
        assertEquals(600, inserted.stream().mapToInt(Integer::intValue).sum(), inserted.toString());
        assertEquals(600, count(year));
    }

    /** HTTP/2 too: the JDK client upgrades to h2c, and Vert.x rebuilds the connection's pipeline when it does. */
    @ParameterizedTest
    @EnumSource(HttpClient.Version.class)
    void anImportWhoseFinalInsertOutlastsTheIdleTimeoutStillCommitsAndAnswers(HttpClient.Version version) throws Exception {
        int year = YEARS.getAndIncrement();
        String file = csv(List.of(row(year, 1, "10"), row(year, 2, "20")));
        long stall = (BulkImportProfile.IDLE_TIMEOUT_SECONDS + 2) * 1000L;
        Config config = ConfigProvider.getConfig();
        try (Connection blocker = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class), config.getValue("quarkus.datasource.password", String.class))) {
            blocker.setAutoCommit(false);
            // readers pass, the import's insert waits: the connection sees no byte for longer than its idle timeout
            blocker.createStatement().execute("LOCK TABLE " + BulkImportProfile.SCHEMA + ".figure IN EXCLUSIVE MODE");
            CompletableFuture<HttpResponse<String>> answer = HttpClient.newBuilder().version(version).build().sendAsync(
                    HttpRequest.newBuilder(URI.create(importUrl.toString())).header("Authorization", "Bearer " + DevTokens.editor())
                            .header("Content-Type", CSV).POST(HttpRequest.BodyPublishers.ofString(file)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(stall);
            assertFalse(answer.isDone(), () -> "the import should wait for the lock, but it ended: " + answer.handle(
                    (r, e) -> e != null ? e.toString() : r.statusCode() + " " + r.body()).join());
            blocker.commit();
            HttpResponse<String> response = answer.get(30, TimeUnit.SECONDS);
            assertEquals(200, response.statusCode(), response.body());
            assertEquals(version, response.version());
            org.hamcrest.MatcherAssert.assertThat(response.body(), containsString("\"inserted\":2"));
        }
        assertEquals(2, count(year));
    }

    @Test
    void otherRequestsKeepTheShortIdleTimeout() throws Exception {
        try (Socket socket = new Socket(importUrl.getHost(), importUrl.getPort())) {
            socket.setSoTimeout((BulkImportProfile.IDLE_TIMEOUT_SECONDS + 8) * 1000);
            long started = System.nanoTime();
            assertEquals(-1, socket.getInputStream().read(), "the server closed the silent connection");
            long waited = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
            org.hamcrest.MatcherAssert.assertThat(waited, lessThan((long) BulkImportProfile.IDLE_TIMEOUT_SECONDS + 4));
        }
    }

    /** Sends a generated CSV as a chunked stream (no Content-Length), never building the file in memory. */
    private HttpResponse<String> streamCsv(int year, int rows) throws IOException, InterruptedException {
        java.util.Enumeration<InputStream> parts = new java.util.Enumeration<>() {
            int next = -1;

            @Override
            public boolean hasMoreElements() {
                return next < rows;
            }

            @Override
            public InputStream nextElement() {
                String text;
                if (next < 0) {
                    text = HEADER + "\n";
                } else {
                    int i = next;
                    text = row(year, 1 + i % 12, Integer.toString(i)).replace(",EXPORT,,", ",EXPORT," + String.format("%04d", 1000 + i / 12) + ",")
                            + "\n";
                }
                next++;
                return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            }
        };
        HttpRequest request = HttpRequest.newBuilder(URI.create(importUrl.toString()))
                .header("Authorization", "Bearer " + DevTokens.editor()).header("Content-Type", CSV)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(parts)))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
