package org.bilateral.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.time.LocalDate;
import java.util.List;

/**
 * Answers of the real services' shape for the calls the overview makes. Every body here is checked against the
 * schema its service documents ({@link DownstreamDocumentsTest}), so a stub cannot drift from what the service sends.
 */
final class OverviewStubs {

    /** One stubbed answer: the service, the path it answers on, and the JSON body. */
    record Document(String service, String path, String body) {
    }

    static final String TARGETS = """
            [{"id":1,"version":1,"reporter":"BY","partner":"KZ","flow":"TURNOVER","kind":"TARGET",
              "amount":{"amount":1000,"unit":"USD","scale":6,"qualifier":"EXACT"},"deadlineYear":2020,
              "setBy":"Heads of state of Belarus and Kazakhstan",
              "progress":{"status":"IN_PROGRESS","latestPeriod":"2018","latestValue":896.1,"latestFigureId":3,"percent":89.6}}]
            """;

    /**
     * The first of the three agreements in force with both countries, sorted by validUntil (the overview asks for one);
     * the service counts them in totalItems.
     */
    static final String AGREEMENTS = """
            {"items":[
              {"id":4,"version":1,"title":"Programme of economic cooperation","kind":"PROGRAMME","status":"IN_FORCE",
               "recordedStatus":"IN_FORCE","parties":[{"country":"BY"},{"country":"KZ"}],
               "signed":{"date":"2021-05-04","precision":"DAY"},"validity":{"from":"2021-05-04","until":"2026-12-31"}}],
             "page":0,"size":1,"totalItems":3,"totalPages":3}
            """;

    static final String VENTURE_STATISTICS = """
            {"listed":{"total":9,"byKind":{"JOINT_VENTURE":3,"JOINT_ASSEMBLY_PLANT":4,"PROPOSED_PROJECT":2},
                       "byStatus":{"OPERATING":7,"PROPOSED":2},"bySector":{"AUTOMOTIVE":4},"byHostCountry":{"KZ":9}}}
            """;

    private OverviewStubs() {
    }

    /** Every document the stubs answer with, for the schema check. */
    static List<Document> documents() {
        return List.of(new Document("trade", "/api/v1/trade/series", series("TURNOVER", "689.3", "896.1", "30", "30.0")),
                new Document("trade", "/api/v1/trade/series", series("IMPORT", "89.1", "112.3", null, "26.0")),
                new Document("trade", "/api/v1/trade/targets", TARGETS),
                new Document("agreements", "/api/v1/agreements", AGREEMENTS),
                new Document("ventures", "/api/v1/ventures/statistics", VENTURE_STATISTICS));
    }

    static void allUp() {
        trade();
        agreements();
        ventures();
    }

    static void trade() {
        stubSeries("TURNOVER", "689.3", "896.1", "30", "30.0", "2018");
        stubSeries("EXPORT", "600.2", "783.7", "25", "30.6", "2018");
        stubSeries("IMPORT", "89.1", "112.3", null, "26.0", "2018");
        Stubs.trade().register(get(urlPathEqualTo("/api/v1/trade/targets")).withQueryParam("reporter", equalTo("BY"))
                .withQueryParam("partner", equalTo("KZ")).willReturn(okJson(TARGETS)));
    }

    /** Registers the series of one flow; its latest stated year ends with the given values. */
    static void stubSeries(String flow, String previous, String latest, String reported, String recomputed, String latestYear) {
        Stubs.trade().register(get(urlPathEqualTo("/api/v1/trade/series")).withQueryParam("flow", equalTo(flow))
                .withQueryParam("reporter", equalTo("BY")).withQueryParam("partner", equalTo("KZ"))
                .willReturn(okJson(series(flow, previous, latest, reported, recomputed, latestYear))));
    }

    static String series(String flow, String previous, String latest, String reported, String recomputed) {
        return series(flow, previous, latest, reported, recomputed, "2018");
    }

    static String series(String flow, String previous, String latest, String reported, String recomputed, String latestYear) {
        int year = Integer.parseInt(latestYear);
        return """
                {"reporter":"BY","partner":"KZ","flow":"%s","unit":"USD","scale":6,"preferenceRule":"latest source",
                 "points":[
                  {"period":{"start":"%d-01-01","end":"%d-12-31","label":"%d"},"frequency":"A","derived":false,"value":%s,"qualifier":"EXACT"},
                  {"period":{"start":"%d-01-01","end":"%d-12-31","label":"%d"},"frequency":"A","derived":false,"value":%s,
                   "qualifier":"EXACT",%s"recomputedChangePercent":%s},
                  {"period":{"start":"%d-01-01","end":"%d-12-31","label":"%d"},"frequency":"A","derived":true,"value":1000.0,"qualifier":"APPROXIMATE"},
                  {"period":{"start":"%d-01-01","end":"%d-06-30","label":"%d-H1"},"frequency":"S","derived":false,"value":420.5,"qualifier":"EXACT"}]}
                """.formatted(flow, year - 1, year - 1, year - 1, previous, year, year, year, latest,
                // the service leaves out a growth the source does not report (no null)
                reported == null ? "" : "\"reportedChangePercent\":" + reported + ",", recomputed,
                year + 1, year + 1, year + 1, year + 1, year + 1, year + 1);
    }

    static void agreements() {
        Stubs.agreements().register(get(urlPathEqualTo("/api/v1/agreements")).withQueryParam("inForceOn", equalTo(LocalDate.now().toString()))
                .withQueryParam("party", havingExactly("BY", "KZ")).withQueryParam("sort", equalTo("validUntil"))
                .withQueryParam("size", equalTo("1"))
                .willReturn(okJson(AGREEMENTS)));
    }

    static void ventures() {
        Stubs.ventures().register(get(urlPathEqualTo("/api/v1/ventures/statistics")).willReturn(okJson(VENTURE_STATISTICS)));
    }
}
