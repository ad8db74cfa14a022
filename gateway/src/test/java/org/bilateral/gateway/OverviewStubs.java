package org.bilateral.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.time.LocalDate;

/** Answers shaped like the real services' for the calls the overview makes. */
final class OverviewStubs {

    private OverviewStubs() {
    }

    static void allUp() {
        trade();
        agreements();
        ventures();
    }

    static void trade() {
        series("TURNOVER", "689.3", "896.1", "30", "30.0");
        series("EXPORT", "600.2", "783.7", "25", "30.6");
        series("IMPORT", "89.1", "112.3", null, "26.0");
        Stubs.trade().register(get(urlPathEqualTo("/api/v1/trade/targets")).withQueryParam("reporter", equalTo("BY"))
                .withQueryParam("partner", equalTo("KZ")).willReturn(okJson("""
                        [{"id":1,"version":1,"reporter":"BY","partner":"KZ","flow":"TURNOVER","kind":"GOAL",
                          "amount":{"amount":1000,"unit":"USD","scale":6,"qualifier":"EXACT"},"deadlineYear":2020,
                          "setBy":"Heads of state of Belarus and Kazakhstan","agreementId":null,
                          "progress":{"status":"IN_PROGRESS","latestPeriod":"2018","latestValue":896.1,"latestFigureId":3,"percent":89.6}}]
                        """)));
    }

    private static void series(String flow, String previous, String latest, String reported, String recomputed) {
        Stubs.trade().register(get(urlPathEqualTo("/api/v1/trade/series")).withQueryParam("flow", equalTo(flow))
                .withQueryParam("reporter", equalTo("BY")).withQueryParam("partner", equalTo("KZ"))
                .willReturn(okJson("""
                        {"reporter":"BY","partner":"KZ","flow":"%s","unit":"USD","scale":6,"preferenceRule":"latest source",
                         "points":[
                          {"period":{"start":"2017-01-01","end":"2017-12-31","label":"2017"},"frequency":"A","derived":false,"value":%s,"qualifier":"EXACT"},
                          {"period":{"start":"2018-01-01","end":"2018-12-31","label":"2018"},"frequency":"A","derived":false,"value":%s,
                           "qualifier":"EXACT","reportedChangePercent":%s,"recomputedChangePercent":%s},
                          {"period":{"start":"2019-01-01","end":"2019-12-31","label":"2019"},"frequency":"A","derived":true,"value":1000.0,"qualifier":"APPROXIMATE"},
                          {"period":{"start":"2019-01-01","end":"2019-06-30","label":"2019-H1"},"frequency":"S","derived":false,"value":420.5,"qualifier":"EXACT"}]}
                        """.formatted(flow, previous, latest, reported, recomputed))));
    }

    static void agreements() {
        Stubs.agreements().register(get(urlPathEqualTo("/api/v1/agreements")).withQueryParam("inForceOn", equalTo(LocalDate.now().toString()))
                .withQueryParam("party", equalTo("BY")).withQueryParam("sort", equalTo("validUntil"))
                .willReturn(okJson("""
                        {"items":[
                          {"id":4,"title":"Programme of economic cooperation","kind":"PROGRAMME","status":"IN_FORCE",
                           "parties":[{"country":"BY"},{"country":"KZ"}],"signed":{"date":"2021-05-04","precision":"DAY"},
                           "validity":{"from":"2021-05-04","until":"2026-12-31"}},
                          {"id":8,"title":"Customs cooperation of the union","kind":"MULTILATERAL_TREATY","status":"IN_FORCE",
                           "parties":[{"country":"BY"},{"country":"RU"}],"signed":{"date":"2010-01-01","precision":"YEAR"},
                           "validity":{"from":"2010-07-01","until":"2027-01-31"}},
                          {"id":2,"title":"Roadmap for industrial cooperation","kind":"ROADMAP","status":"IN_FORCE",
                           "parties":[{"country":"BY"},{"country":"KZ"}],"signed":{"date":"2019-10-01","precision":"MONTH"},
                           "validity":{"from":"2019-10-01","until":"2028-12-31"}},
                          {"id":1,"title":"Treaty on economic cooperation","kind":"INTERSTATE","status":"IN_FORCE",
                           "parties":[{"country":"BY"},{"country":"KZ"}],"signed":{"date":"1996-01-17","precision":"DAY"},
                           "validity":{"from":"1996-01-17","until":null}}],
                         "page":0,"size":200,"totalItems":4,"totalPages":1}
                        """)));
    }

    static void ventures() {
        Stubs.ventures().register(get(urlPathEqualTo("/api/v1/ventures/statistics")).willReturn(okJson("""
                {"listed":{"total":9,"byKind":{"JOINT_VENTURE":3,"JOINT_ASSEMBLY_PLANT":4,"PROPOSED_PROJECT":2},
                           "byStatus":{"OPERATING":7,"PROPOSED":2},"bySector":{"AUTOMOTIVE":4},"byHostCountry":{"KZ":9}},
                 "claims":[{"id":3,"subject":"Joint assembly plants","count":8,"qualifier":"EXACT","listed":4,"coverage":50.0}]}
                """)));
    }
}
