package org.bilateral.trade;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The facts of the source documents are served, with provenance and the disagreements between sources surfaced. */
@QuarkusTest
class SeededFactsTest {

    @Test
    void the2018TurnoverIsServedWithBothOfItsSources() {
        given().queryParam("year", 2018).queryParam("flow", "TURNOVER").queryParam("region", "none")
                .when().get("/api/v1/trade/figures")
                .then().statusCode(200)
                .body("totalItems", is(2))
                .body("items.value.amount", containsInAnyOrder(896.1f, 896))
                .body("items.source.source", containsInAnyOrder("000_86346d2b20f6c8b6", "004_7047c9f966aa55ab"))
                .body("items.reportedChange.value", everyItem(is(30)));
    }

    @Test
    void the2018TurnoverDisagreementIsReportedAsWithinRounding() {
        given().when().get("/api/v1/trade/discrepancies")
                .then().statusCode(200)
                .body("sourceConflicts", hasSize(1))
                .body("sourceConflicts[0].flow", is("TURNOVER"))
                .body("sourceConflicts[0].period.label", is("2018"))
                .body("sourceConflicts[0].reported.amount", contains(896.1f, 896))
                .body("sourceConflicts[0].spread", is(0.1f))
                .body("sourceConflicts[0].withinRounding", is(true))
                .body("growthMismatches", empty())
                .body("turnoverMismatches", empty());
    }

    @Test
    void the2017TurnoverIsRecomputedFrom2018AndItsReportedGrowth() {
        given().queryParam("flow", "TURNOVER").when().get("/api/v1/trade/series")
                .then().statusCode(200)
                .body("unit", is("USD")).body("scale", is(6))
                .body("points.find { it.period.label == '2018' }.value", is(896.1f))
                .body("points.find { it.period.label == '2018' }.reported.source.source",
                        contains("000_86346d2b20f6c8b6", "004_7047c9f966aa55ab"))
                .body("points.find { it.period.label == '2018' }.reportedChangePercent", is(30))
                .body("points.find { it.period.label == '2017' }.derived", is(true))
                .body("points.find { it.period.label == '2017' }.value", is(689.3f))
                .body("points.find { it.period.label == '2017' }.frequency", is("A"))
                .body("points.find { it.period.label == '2019-H1' }.value", is(481.7f))
                .body("points.find { it.period.label == '2018-H1' }.value", is(430.9f))
                .body("points.find { it.period.label == '2017-H1' }.period.inferred", is(true));
    }

    @Test
    void importsDoubledAndAHalfIsAFactorOf2Point5() {
        given().queryParam("flow", "IMPORT").when().get("/api/v1/trade/series")
                .then().statusCode(200)
                .body("points.find { it.period.label == '2017-H1' }.reportedChange.kind", is("FACTOR"))
                .body("points.find { it.period.label == '2017-H1' }.reportedChange.value", is(2.5f))
                .body("points.find { it.period.label == '2017-H1' }.reportedChangePercent", is(150))
                .body("points.find { it.period.label == '2016-H1' }.value", is(16.8f));
    }

    @Test
    void the2018BalanceAgreesWithReportedTurnoverWithinRounding() {
        given().queryParam("year", 2018).when().get("/api/v1/trade/balance")
                .then().statusCode(200)
                .body("periods", hasSize(1))
                .body("periods[0].exports", is(783.7f))
                .body("periods[0].imports", is(112.3f))
                .body("periods[0].balance", is(671.4f))
                .body("periods[0].computedTurnover", is(896))
                .body("periods[0].reportedTurnover", is(896.1f))
                .body("periods[0].turnoverAgrees", is(true));
        given().when().get("/api/v1/trade/balance")
                .then().statusCode(200)
                .body("periods.find { it.period.label == '2017-H1' }.computedTurnover", is(294.6f))
                .body("periods.find { it.period.label == '2017-H1' }.turnoverAgrees", is(true));
    }

    @Test
    void mogilevRegionFiguresKeepQualifiersAndGrowthOnlyFacts() {
        given().queryParam("region", "BY-MA").queryParam("sort", "commodity,flow")
                .when().get("/api/v1/trade/figures")
                .then().statusCode(200)
                .body("totalItems", is(3))
                .body("items.find { it.flow == 'TURNOVER' }.value.qualifier", is("APPROXIMATE"))
                .body("items.find { it.flow == 'TURNOVER' }.value.amount", is(9.5f))
                .body("items.find { it.flow == 'TURNOVER' }.period.label", is("2018-01..2018-02"))
                .body("items.find { it.commodity == '01-24' }.value", nullValue())
                .body("items.find { it.commodity == '01-24' }.reportedChange.kind", is("FACTOR"))
                .body("items.find { it.commodity == '01-24' }.reportedChange.qualifier", is("MORE_THAN"));
    }

    @Test
    void investmentAndServicesOf2018AreServed() {
        given().queryParam("year", 2018).queryParam("flow", "INVESTMENT").when().get("/api/v1/trade/figures")
                .then().statusCode(200)
                .body("items[0].value.amount", is(18.8f))
                .body("items[0].value.qualifier", is("MORE_THAN"))
                .body("items[0].reportedChange.value", is(4.8f));
        given().queryParam("year", 2018).queryParam("flow", "SERVICES").when().get("/api/v1/trade/figures")
                .then().statusCode(200).body("items[0].value.amount", is(153.2f));
    }

    @Test
    void targetsShowProgressAgainstTheLatestAnnualTurnover() {
        given().queryParam("reporter", "BY").when().get("/api/v1/trade/targets")
                .then().statusCode(200)
                .body("", hasSize(3))
                .body("find { it.kind == 'TARGET' }.deadlineYear", is(2020))
                .body("find { it.kind == 'TARGET' }.setBy", containsString("Heads of state"))
                .body("find { it.kind == 'TARGET' }.progress.status", is("IN_PROGRESS"))
                .body("find { it.kind == 'TARGET' }.progress.latestPeriod", is("2018"))
                .body("find { it.kind == 'TARGET' }.progress.percent", is(89.6f))
                .body("find { it.kind == 'FORECAST' }.progress.status", is("MISSED"))
                .body("find { it.kind == 'ASPIRATION' }.deadlineYear", nullValue());
    }

    @Test
    void majorGoodsAreListedPerDirectionWithHsCodes() {
        given().queryParam("exporter", "KZ").queryParam("kind", "MAJOR_EXPORT").queryParam("sort", "rank")
                .when().get("/api/v1/trade/commodities")
                .then().statusCode(200)
                .body("totalItems", is(6))
                .body("items[0].hsCode", is("2710"))
                .body("items.description", hasItem("Raw aluminium"));
        given().queryParam("hsCode", "87").when().get("/api/v1/trade/commodities")
                .then().statusCode(200)
                .body("items.hsCode", containsInAnyOrder("8701", "8704"));
    }

    @Test
    void theMainGoodsOfTheAugust2019BriefingCarryNoGuessedYear() {
        // doc 004 p7 names no period: none of its 15 listings claims one, and each says so
        given().queryParam("kind", "MAJOR_EXPORT").queryParam("size", 50).when().get("/api/v1/trade/commodities")
                .then().statusCode(200)
                .body("totalItems", is(15))
                .body("items.source.locator", everyItem(is("p7")))
                .body("items.asOf", everyItem(nullValue()))
                .body("items.note", everyItem(containsString("names no period")));
        // doc 002 p3 speaks of Kazakh interest 'today' in a report of April 2018
        given().queryParam("kind", "DEMAND_INTEREST").when().get("/api/v1/trade/commodities")
                .then().statusCode(200)
                .body("totalItems", is(3))
                .body("items.asOf", everyItem(is("2018")));
    }

    @Test
    void kazakhstanIsThirdAmongCisPartnersAndAmongTheTopTenBuyersOfBelarusianExports() {
        given().queryParam("reporter", "BY").queryParam("partner", "KZ").queryParam("sort", "position").when().get("/api/v1/trade/rankings")
                .then().statusCode(200)
                .body("totalItems", is(2))
                // doc 001 p4: third among the CIS member states
                .body("items[0].position", is(3))
                .body("items[0].positionQualifier", is("EXACT"))
                .body("items[0].among", is("CIS_MEMBERS"))
                .body("items[0].flow", is("TURNOVER"))
                .body("items[0].statedBy", containsString("Kobyakov"))
                .body("items[0].source", is(java.util.Map.of("source", "001_880c9c4a9254a351", "locator", "p4")))
                // doc 000 p7: one of the top ten partners for Belarusian exports
                .body("items[1].position", is(10))
                .body("items[1].positionQualifier", is("WITHIN_TOP"))
                .body("items[1].among", is("ALL_PARTNERS"))
                .body("items[1].flow", is("EXPORT"))
                .body("items[1].source", is(java.util.Map.of("source", "000_86346d2b20f6c8b6", "locator", "p7")));
        given().queryParam("among", "CIS_MEMBERS").when().get("/api/v1/trade/rankings")
                .then().statusCode(200).body("totalItems", is(1)).body("items[0].position", is(3));
        given().queryParam("flow", "IMPORT").when().get("/api/v1/trade/rankings").then().statusCode(200).body("totalItems", is(0));
        given().queryParam("among", "EU_MEMBERS").when().get("/api/v1/trade/rankings")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("among"));
        given().queryParam("partner", "XX").when().get("/api/v1/trade/rankings").then().statusCode(400).body("errors[0].field", is("partner"));
        given().queryParam("sort", "note").when().get("/api/v1/trade/rankings").then().statusCode(400).body("errors[0].field", is("sort"));
        given().accept("text/csv").when().get("/api/v1/trade/rankings").then().statusCode(200)
                .contentType(containsString("text/csv")).body(containsString("CIS_MEMBERS"));
    }

    @Test
    void tradeKeptGrowingIn2019WithoutAStatedFigure() {
        // doc 000 p7: growth 'this year as well', no amount and no rate
        given().queryParam("source", "000_86346d2b20f6c8b6").queryParam("year", 2019).when().get("/api/v1/trade/figures")
                .then().statusCode(200)
                .body("totalItems", is(1))
                .body("items[0].flow", is("TURNOVER"))
                .body("items[0].value", nullValue())
                .body("items[0].reportedChange.kind", is("PERCENT"))
                .body("items[0].reportedChange.value", is(0))
                .body("items[0].reportedChange.qualifier", is("MORE_THAN"))
                .body("items[0].period.start", is("2019-01-01"))
                .body("items[0].period.inferred", is(true))
                .body("items[0].source.locator", is("p7"))
                .body("items[0].note", containsString("our inference"));
    }

    @Test
    void sourcesCarryPublicationDatesAndFlagInferredOnes() {
        given().when().get("/api/v1/trade/sources")
                .then().statusCode(200)
                .body("", hasSize(5))
                .body("find { it.id == '001_880c9c4a9254a351' }.publishedOnInferred", is(true))
                .body("find { it.id == '001_880c9c4a9254a351' }.publishedOn", is("2017-08-14"))
                .body("find { it.id == '002_34b32cad6ca1fef4' }.publishedOnInferred", is(false));
    }
}
