package org.bilateral.trade;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Filters, sorting, paging links and CSV of the figures list, over the seeded BY/KZ figures. */
@QuarkusTest
class FigureQueryTest {

    private static final String FIGURES = "/api/v1/trade/figures";

    @Test
    void everyFilterNarrowsTheList() {
        given().queryParam("reporter", "BY").queryParam("partner", "KZ").queryParam("flow", "EXPORT").queryParam("region", "none")
                .when().get(FIGURES).then().statusCode(200)
                .body("totalItems", is(3)).body("items.flow", everyItem(is("EXPORT")));
        given().queryParam("commodity", "01-24").when().get(FIGURES).then().statusCode(200)
                .body("totalItems", is(1)).body("items[0].region", is("BY-MA"));
        given().queryParam("source", "001_880c9c4a9254a351").when().get(FIGURES).then().statusCode(200)
                .body("totalItems", is(3)).body("items.period.label", everyItem(is("2017-H1")));
        // the first half of 2019 (doc 004) and the growth-only figure for 2019 so far (doc 000)
        given().queryParam("from", "2019-01-01").queryParam("partner", "KZ").queryParam("sort", "period").when().get(FIGURES)
                .then().statusCode(200)
                .body("totalItems", is(2)).body("items.value.amount", hasItem(481.7f))
                .body("items.source.source", containsInAnyOrder("004_7047c9f966aa55ab", "000_86346d2b20f6c8b6"));
        given().queryParam("to", "2017-12-31").queryParam("partner", "KZ").when().get(FIGURES).then().statusCode(200)
                .body("totalItems", is(3));
        given().queryParam("year", 2019).queryParam("partner", "KZ").when().get(FIGURES).then().statusCode(200)
                .body("totalItems", is(2));
        given().queryParam("partner", "US").when().get(FIGURES).then().statusCode(200)
                .body("totalItems", is(0)).body("items", empty());
    }

    @Test
    void sortingAppliesEveryNamedFieldInOrder() {
        given().queryParam("partner", "KZ").queryParam("region", "none").queryParam("sort", "-amount")
                .when().get(FIGURES).then().statusCode(200)
                .body("items[0].value.amount", is(896.1f))
                .body("items[1].value.amount", is(896));
        // two 2019 figures start on 1 January (the first half, and the growth-only one up to August): periodEnd orders them
        given().queryParam("partner", "KZ").queryParam("region", "none").queryParam("sort", "-period,periodEnd,flow").queryParam("size", 3)
                .when().get(FIGURES).then().statusCode(200)
                .body("items[0].period.label", is("2019-H1"))
                .body("items[1].period.label", is("2019-01..2019-08"))
                .body("items[2].period.label", is("2018"))
                .body("items[2].flow", is("EXPORT"));
    }

    @Test
    void pagesAreCutInSqlAndLinkedBothWays() {
        int total = given().queryParam("partner", "KZ").when().get(FIGURES).then().extract().path("totalItems");
        given().queryParam("partner", "KZ").queryParam("size", 5).queryParam("page", 1).queryParam("sort", "id")
                .when().get(FIGURES).then().statusCode(200)
                .body("page", is(1)).body("size", is(5)).body("items", hasSize(5))
                .body("totalItems", is(total)).body("totalPages", is((total + 4) / 5))
                .header("Link", containsString("page=2&size=5>; rel=\"next\""))
                .header("Link", containsString("page=0&size=5>; rel=\"prev\""))
                .header("Link", containsString("partner=KZ"));
        int firstIdOfPage1 = given().queryParam("partner", "KZ").queryParam("size", 5).queryParam("page", 1).queryParam("sort", "id")
                .when().get(FIGURES).then().extract().path("items[0].id");
        int sixthId = given().queryParam("partner", "KZ").queryParam("size", 6).queryParam("sort", "id")
                .when().get(FIGURES).then().extract().path("items[5].id");
        org.junit.jupiter.api.Assertions.assertEquals(sixthId, firstIdOfPage1);
        given().queryParam("partner", "KZ").queryParam("size", 5).queryParam("page", 99)
                .when().get(FIGURES).then().statusCode(200).body("items", empty())
                .header("Link", not(containsString("rel=\"next\"")));
    }

    @Test
    void listsAnswerCsvWithAHeaderRowAndOneLinePerFigure() {
        String csv = given().accept("text/csv").queryParam("year", 2018).queryParam("flow", "TURNOVER").queryParam("region", "none")
                .queryParam("sort", "amount")
                .when().get(FIGURES).then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Link", containsString("rel=\"first\""))
                .extract().asString();
        String[] lines = csv.split("\r\n");
        org.junit.jupiter.api.Assertions.assertEquals(3, lines.length, csv);
        org.hamcrest.MatcherAssert.assertThat(lines[0], startsWith("id,version,reporter,partner,region,flow,commodity,period.start,period.end,period.label"));
        org.hamcrest.MatcherAssert.assertThat(lines[0], containsString("value.amount"));
        org.hamcrest.MatcherAssert.assertThat(lines[1], containsString(",896,"));
        org.hamcrest.MatcherAssert.assertThat(lines[2], containsString(",896.1,"));
    }

    @Test
    void aMissingFigureIsA404Problem() {
        given().when().get(FIGURES + "/999999").then().statusCode(404).contentType("application/problem+json")
                .body("status", is(404)).body("detail", containsString("999999")).body("instance", is(FIGURES + "/999999"));
    }

    @Test
    void singleFigureCarriesItsVersionAsETag() {
        int id = given().queryParam("partner", "KZ").queryParam("sort", "id").when().get(FIGURES).then().extract().path("items[0].id");
        given().when().get(FIGURES + "/" + id).then().statusCode(200).contentType(ContentType.JSON)
                .header("ETag", matchesPattern("\"[0-9]+\"")).body("id", is(id));
    }

    @Test
    void oneProblemNamesEveryBadFilter() {
        given().queryParam("reporter", "ZZ").queryParam("region", "Minsk").queryParam("year", 1800)
                .queryParam("from", "2019-01-01").queryParam("to", "2018-01-01")
                .when().get(FIGURES).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("reporter", "region", "year", "to"));
    }
}
