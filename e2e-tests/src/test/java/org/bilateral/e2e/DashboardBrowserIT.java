package org.bilateral.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bilateral.testsupport.DevTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard at / in Debian's Chromium (playwright-core, dashboard.mjs) against the running platform: the chart
 * draws the values the series endpoint answers, the lists hold what the API lists, the in-force and kind filters change
 * them as the API does, keyboard and labels work, nothing breaks the CSP or leaves the gateway; screenshots at 1280 px
 * and 375 px go to target/screenshots. Expected values are fetched from the API by the script, never hard-coded.
 *
 * <p>Official statistics beside the seeded press reports: before the page loads, a small UN Comtrade file is imported
 * through the gateway ({@code POST /api/v1/trade/figures/import?profile=comtrade}) and the figures it made are deleted
 * again afterwards (found in the change feed from the cursor the import answers), so the other tests see the platform
 * as seeded; only the source comtrade-import, created on first use, stays.
 */
@ExtendWith(RunningPlatform.class)
class DashboardBrowserIT {

    /**
     * Test figures, not facts: 2016 (a year no seed covers) has BY's exports to KZ and KZ's imports from BY, so the
     * mirror chart has both curves and a gap; 2018 BY exports to KZ is also given by the seeded press reports, so the
     * official figure is preferred there and drawn as official.
     */
    static final String COMTRADE_CSV = """
            typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,partnerCode,partnerISO,partner2Code,cmdCode,customsCode,motCode,primaryValue
            C,A,20160101,2016,52,2016,112,BLR,Belarus,X,398,KAZ,0,TOTAL,C00,0,501200000
            C,A,20160101,2016,52,2016,398,KAZ,Kazakhstan,M,112,BLR,0,TOTAL,C00,0,537800000
            C,A,20180101,2018,52,2018,112,BLR,Belarus,X,398,KAZ,0,TOTAL,C00,0,791400000
            """;

    /** The checks dashboard.mjs must report; each one failing stops the script with FAIL and a reason. */
    private static final List<String> CHECKS = List.of(
            "OK dashboard loaded", "OK chart TURNOVER values (Years)", "OK chart IMPORT values (Half-years)",
            "OK legend names official statistics and press reports", "OK official value preferred and marked official (Years)",
            "OK press values marked press", "OK official and press bars contrast 3:1", "OK tooltip names the official source",
            "OK table tags the official figure", "OK mirror chart has both curves and the gap",
            "OK chart table alternative", "OK a progress bar per target", "OK agreement list", "OK in force on ",
            "OK venture list", "OK map points", "OK ventures of kind ", "OK claimed-vs-listed coverage",
            "OK every control has an accessible name", "OK Enter opens the source with its publisher",
            "OK no horizontal scrolling at 375 px", "OK no console errors or CSP violations", "OK no request leaves the gateway");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void dashboardShowsTheSeededDataFiltersAndWorksByKeyboardAtDesktopAndPhoneWidths() throws Exception {
        String changes = importOfficialFigures();
        try {
            String output = BrowserScripts.runAgainstGateway("dashboard.mjs", 240);
            for (String check : CHECKS) {
                assertTrue(output.contains(check), "dashboard check '" + check + "' passed:\n" + output);
            }
            for (String shot : List.of("dashboard-1280.png", "dashboard-375.png")) {
                assertTrue(Files.size(BrowserScripts.screenshots().resolve(shot)) > 10_000, "screenshot " + shot);
            }
        } finally {
            deleteCreatedSince(changes);
        }
    }

    /** Imports {@link #COMTRADE_CSV} as an editor; returns the change-feed link from just before the import. */
    private String importOfficialFigures() throws IOException, InterruptedException {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(RunningPlatform.gatewayUrl()
                        + "/api/v1/trade/figures/import?profile=comtrade"))
                .header("Authorization", "Bearer " + DevTokens.editor()).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(COMTRADE_CSV)).build());
        assertEquals(200, r.statusCode(), "Comtrade import: " + r.body());
        JsonNode result = Http.JSON.readTree(r.body());
        assertEquals(3, result.path("received").asInt(), r.body());
        return result.path("changes").asText();
    }

    /** Deletes the figures the change feed lists as created from the link on and still there, newest first. */
    private void deleteCreatedSince(String changes) throws IOException, InterruptedException {
        Set<String> created = new LinkedHashSet<>();
        String next = changes;
        for (int page = 0; page < 100 && next != null; page++) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(RunningPlatform.gatewayUrl() + next)).GET().build());
            assertEquals(200, r.statusCode(), next + ": " + r.body());
            JsonNode batch = Http.JSON.readTree(r.body());
            for (JsonNode change : batch.path("items")) {
                String item = "/api/v1/trade/figures/" + change.path("id").asText();
                if ("figures".equals(change.path("resource").asText())) {
                    switch (change.path("operation").asText()) {
                        case "CREATE" -> created.add(item);
                        case "DELETE" -> created.remove(item);
                        default -> { }
                    }
                }
            }
            next = batch.path("hasMore").asBoolean(false)
                    ? "/api/v1/trade/changes?since=" + batch.path("nextCursor").asLong() : null;
        }
        List<String> items = new ArrayList<>(created);
        List<String> failures = new ArrayList<>();
        for (int i = items.size() - 1; i >= 0; i--) {
            URI uri = URI.create(RunningPlatform.gatewayUrl() + items.get(i));
            String etag = send(HttpRequest.newBuilder(uri).GET().build()).headers().firstValue("ETag").orElse("*");
            HttpResponse<String> r = send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + DevTokens.editor())
                    .header("If-Match", etag).DELETE().build());
            if (r.statusCode() != 204) {
                failures.add("deleting " + items.get(i) + " answered " + r.statusCode() + ": " + r.body());
            }
        }
        assertEquals(List.of(), failures, "the imported figures are deleted again");
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
