package org.bilateral.trade;

import static io.restassured.RestAssured.given;
import static org.bilateral.testsupport.JsonBodies.nested;
import static org.bilateral.testsupport.Problems.rejects;
import static org.bilateral.trade.FigureFixtures.FIGURES;
import static org.bilateral.trade.FigureFixtures.validFigure;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.bilateral.testsupport.DevTokens;
import org.junit.jupiter.api.Test;

/** Every kind of bad input is a 400 problem+json naming what is wrong, and nothing is written. */
@QuarkusTest
class BadInputTest {

    private static ValidatableResponse post(Object body) {
        return given().auth().oauth2(DevTokens.editor()).contentType(ContentType.JSON).body(body)
                .when().post(FIGURES).then();
    }

    @Test
    void malformedJsonIsRejected() {
        rejects(post("{\"reporter\": \"BY\", "), "body");
        rejects(post("not json at all"), "body");
    }

    @Test
    void unknownFieldsAreRejectedByName() {
        Map<String, Object> body = validFigure();
        body.put("amount", 5);
        rejects(post(body), "amount");
        Map<String, Object> nestedUnknown = validFigure();
        nested(nestedUnknown, "period").put("quarter", 2);
        rejects(post(nestedUnknown), "period.quarter");
    }

    @Test
    void wrongTypesAreRejectedByField() {
        Map<String, Object> body = validFigure();
        nested(body, "value").put("amount", "lots");
        rejects(post(body), "value.amount");
        Map<String, Object> scale = validFigure();
        nested(scale, "value").put("scale", 6.5);
        rejects(post(scale), "value.scale");
        Map<String, Object> inferred = validFigure();
        nested(inferred, "period").put("inferred", "yes");
        rejects(post(inferred), "period.inferred");
        Map<String, Object> reporter = validFigure();
        reporter.put("reporter", 12);
        rejects(post(reporter), "reporter");
    }

    @Test
    void unknownEnumValuesAreRejectedNamingTheAllowedOnes() {
        Map<String, Object> body = validFigure();
        body.put("flow", "SMUGGLING");
        post(body).statusCode(400).body("errors[0].field", is("flow")).body("errors[0].message", containsString("TURNOVER"));
        Map<String, Object> lower = validFigure();
        lower.put("flow", "export");
        rejects(post(lower), "flow");
    }

    @Test
    void impossibleDatesAreRejected() {
        Map<String, Object> body = validFigure();
        nested(body, "period").put("start", "2019-02-30");
        rejects(post(body), "period.start");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRejected() {
        Map<String, Object> body = validFigure();
        nested(body, "period").put("end", "1900-01-01");
        rejects(post(body), "period.end");
    }

    @Test
    void negativeAndOutOfRangeNumbersAreRejected() {
        Map<String, Object> body = validFigure();
        nested(body, "value").put("amount", -1);
        rejects(post(body), "value.amount");
        Map<String, Object> huge = validFigure();
        nested(huge, "value").put("scale", 99);
        rejects(post(huge), "value.scale");
        Map<String, Object> overflow = validFigure();
        nested(overflow, "value").put("scale", 99999999999L);
        rejects(post(overflow), "value.scale");
        Map<String, Object> factor = validFigure();
        nested(factor, "reportedChange").put("kind", "FACTOR");
        nested(factor, "reportedChange").put("value", 0);
        rejects(post(factor), "reportedChange.value");
    }

    @Test
    void missingAndInvalidCodesAreRejected() {
        Map<String, Object> body = validFigure();
        body.remove("reporter");
        body.put("partner", "XX");
        body.put("region", "KZ-ALA");
        ValidatableResponse r = post(body);
        rejects(r, "reporter");
        r.body("errors.field", hasItem("partner"));
        Map<String, Object> wrongRegion = validFigure();
        wrongRegion.put("region", "BY-MA");
        rejects(post(wrongRegion), "region");
        Map<String, Object> unknownSource = validFigure();
        nested(unknownSource, "source").put("source", "999_nope");
        rejects(post(unknownSource), "source.source");
        Map<String, Object> nothing = validFigure();
        nothing.remove("value");
        nothing.remove("reportedChange");
        rejects(post(nothing), "value");
        rejects(post("null"), "body");
    }

    @Test
    void badQueryParametersAreRejectedByName() {
        given().queryParam("size", 201).when().get(FIGURES).then().statusCode(400).body("errors.field", hasItem("size"));
        given().queryParam("size", 0).when().get(FIGURES).then().statusCode(400).body("errors.field", hasItem("size"));
        given().queryParam("page", -1).when().get(FIGURES).then().statusCode(400).body("errors.field", hasItem("page"));
        given().queryParam("sort", "colour").when().get(FIGURES).then().statusCode(400)
                .body("errors.field", hasItem("sort")).body("errors[0].message", containsString("colour"));
        given().queryParam("flow", "BARTER").when().get(FIGURES).then().statusCode(400).body("errors.field", hasItem("flow"));
        given().queryParam("reporter", "ZZ").when().get(FIGURES).then().statusCode(400).body("errors.field", hasItem("reporter"));
        given().queryParam("region", "Mogilev").when().get(FIGURES).then().statusCode(400).body("errors.field", hasItem("region"));
        given().queryParam("year", 20180).when().get(FIGURES).then().statusCode(400).body("errors.field", hasItem("year"));
        given().queryParam("from", "2019-01-01").queryParam("to", "2018-01-01").when().get(FIGURES).then().statusCode(400)
                .body("errors.field", hasItem("to"));
        given().queryParam("limit", 5000).when().get("/api/v1/trade/changes").then().statusCode(400).body("errors.field", hasItem("limit"));
        given().queryParam("kind", "SOMETHING").when().get("/api/v1/trade/commodities").then().statusCode(400)
                .body("errors.field", hasItem("kind"));
        given().queryParam("flow", "nope").when().get("/api/v1/trade/series").then().statusCode(400).body("errors.field", hasItem("flow"));
    }

    @Test
    void unparsableQueryValuesAreA400NotA404() {
        given().queryParam("year", "twenty").when().get(FIGURES).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("year"));
        given().queryParam("from", "2019-02-30").when().get(FIGURES).then().statusCode(400).body("errors.field", hasItem("from"));
        given().queryParam("asOf", "yesterday").when().get(FIGURES).then().statusCode(400).body("errors.field", hasItem("asOf"));
        given().when().get(FIGURES + "/abc").then().statusCode(400).body("errors.field", hasItem("id"));
    }

    @Test
    void rejectedWritesLeaveNothingBehind() {
        int before = given().queryParam("reporter", "PL").when().get(FIGURES).then().extract().path("totalItems");
        Map<String, Object> body = validFigure();
        nested(body, "period").put("end", "1900-01-01");
        post(body).statusCode(400);
        given().queryParam("reporter", "PL").when().get(FIGURES).then().body("totalItems", is(before));
    }

    @Test
    void unsupportedMediaTypesAndMethodsAreProblems() {
        given().auth().oauth2(DevTokens.editor()).contentType("text/plain").body("x").when().post(FIGURES)
                .then().statusCode(415).contentType("application/problem+json");
        given().accept("application/xml").when().get(FIGURES + "/1").then().statusCode(406).contentType("application/problem+json");
        given().when().patch(FIGURES + "/1").then().statusCode(405).contentType("application/problem+json");
        given().when().get("/api/v1/trade/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }
}
