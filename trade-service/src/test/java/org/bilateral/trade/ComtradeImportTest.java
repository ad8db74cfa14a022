package org.bilateral.trade;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bilateral.testsupport.DevTokens;
import org.junit.jupiter.api.Test;

/** The bulk import reads UN Comtrade's CSV layout with profile=comtrade, all or nothing, as official figures of source comtrade-import. */
@QuarkusTest
@TestProfile(HarvestProfile.class)
class ComtradeImportTest {

    private static final String IMPORT = "/api/v1/trade/figures/import";
    private static final String CSV = """
            typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,partnerCode,partnerISO,partner2Code,cmdCode,customsCode,motCode,primaryValue
            C,A,19930101,1993,52,1993,112,BLR,Belarus,X,398,KAZ,0,TOTAL,C00,0,412345678.5
            C,A,19930101,1993,52,1993,112,BLR,Belarus,M,398,KAZ,0,TOTAL,C00,0,98765432
            C,A,19930101,1993,52,1993,112,BLR,Belarus,X,398,KAZ,0,8701,C00,0,1234567
            """;

    @Test
    void aComtradeFileBecomesOfficialFiguresAndSendingItAgainChangesNothing() {
        given().auth().oauth2(DevTokens.editor()).contentType("text/csv").queryParam("profile", "comtrade").body(CSV)
                .when().post(IMPORT).then().statusCode(200)
                .body("received", is(3)).body("inserted", is(3)).body("unchanged", is(0)).body("revised", is(0));
        given().queryParam("source", "comtrade-import").queryParam("year", 1993).queryParam("sort", "id").when().get("/api/v1/trade/figures")
                .then().statusCode(200).body("totalItems", is(3))
                .body("items.find { it.flow == 'EXPORT' && it.commodity == null }.value.amount", is(412345678.5f))
                .body("items.find { it.flow == 'EXPORT' && it.commodity == null }.value.scale", is(0))
                .body("items.find { it.flow == 'EXPORT' && it.commodity == null }.reporter", is("BY"))
                .body("items.find { it.flow == 'EXPORT' && it.commodity == null }.partner", is("KZ"))
                .body("items.find { it.flow == 'EXPORT' && it.commodity == '8701' }.value.amount", is(1234567))
                .body("items.find { it.flow == 'IMPORT' }.harvest.provider", is("comtrade-import"))
                .body("items.find { it.flow == 'IMPORT' }.harvest.retrievedAt", notNullValue());
        given().when().get("/api/v1/trade/sources").then().body("find { it.id == 'comtrade-import' }.publisher", is("UN Comtrade"));
        // the same file through the media type parameter: all unchanged
        given().auth().oauth2(DevTokens.editor()).contentType("text/csv; profile=comtrade").body(CSV)
                .when().post(IMPORT).then().statusCode(200).body("inserted", is(0)).body("unchanged", is(3)).body("revised", is(0));
        // a corrected value is a new revision of the same figure
        given().auth().oauth2(DevTokens.editor()).contentType("text/csv; profile=comtrade").body(CSV.replace("98765432", "98765433"))
                .when().post(IMPORT).then().statusCode(200).body("inserted", is(0)).body("revised", is(1)).body("unchanged", is(2));
    }

    @Test
    void importedDollarsAndPressMillionsCompareAsOneUnitInTheDiscrepancies() {
        // press reports in millions (scale 6): one a little off the official value, one equal to it
        for (String[] press : new String[][] {{"1995", "412.3"}, {"1996", "98.7654"}}) {
            Map<String, Object> body = FigureFixtures.validFigure();
            body.put("reporter", "BY");
            body.put("partner", "KZ");
            body.put("period", new HashMap<>(Map.of("start", press[0] + "-01-01", "end", press[0] + "-12-31", "label", press[0])));
            body.put("value", new HashMap<>(Map.of("amount", new BigDecimal(press[1]), "unit", "USD", "scale", 6, "qualifier", "EXACT")));
            body.remove("reportedChange");
            FigureFixtures.create(body);
        }
        // official statistics in dollars (scale 0)
        String csv = """
                typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,partnerCode,partnerISO,partner2Code,cmdCode,customsCode,motCode,primaryValue
                C,A,19950101,1995,52,1995,112,BLR,Belarus,X,398,KAZ,0,TOTAL,C00,0,412345678.5
                C,A,19960101,1996,52,1996,112,BLR,Belarus,X,398,KAZ,0,TOTAL,C00,0,98765400
                """;
        given().auth().oauth2(DevTokens.editor()).contentType("text/csv").queryParam("profile", "comtrade").body(csv)
                .when().post(IMPORT).then().statusCode(200).body("inserted", is(2));

        JsonPath d = given().config(RestAssuredConfig.config().jsonConfig(JsonConfig.jsonConfig()
                        .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .queryParam("reporter", "BY").queryParam("partner", "KZ").when().get("/api/v1/trade/discrepancies")
                .then().statusCode(200).extract().jsonPath();
        String conflict1995 = "sourceConflicts.find { it.flow == 'EXPORT' && it.period.label == '1995' && it.commodity == null && it.region == null }";
        List<BigDecimal> amounts = d.getList(conflict1995 + ".reported.amount", BigDecimal.class);
        assertEquals(List.of(new BigDecimal("412.3456785"), new BigDecimal("412.3")),
                amounts.stream().map(BigDecimal::stripTrailingZeros).toList(), d.prettify());
        assertEquals(0, new BigDecimal("0.0456785").compareTo(d.getObject(conflict1995 + ".spread", BigDecimal.class)), d.prettify());
        assertTrue(d.getList("sourceConflicts.findAll { it.period.label == '1996' }").isEmpty(),
                "98765400 dollars and 98.7654 millions are one value: " + d.prettify());
        assertEquals(0, BigDecimal.ZERO.compareTo(d.getObject(
                "officialVsReported.find { it.flow == 'EXPORT' && it.period.label == '1996' }.spread", BigDecimal.class)), d.prettify());
    }

    @Test
    void oneRowThatCannotBeAFigureAndNothingOfTheFileIsWritten() {
        String bad = CSV.replace("1993", "1994") + "C,A,19940101,1994,52,1994,112,BLR,Belarus,RX,398,KAZ,0,TOTAL,C00,0,5\n";
        given().auth().oauth2(DevTokens.editor()).contentType("text/csv").queryParam("profile", "comtrade").body(bad)
                .when().post(IMPORT).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("nothing was written")).body("errors", hasSize(1));
        given().queryParam("source", "comtrade-import").queryParam("year", 1994).when().get("/api/v1/trade/figures")
                .then().statusCode(200).body("totalItems", is(0));
        given().auth().oauth2(DevTokens.editor()).contentType("text/csv").queryParam("profile", "comtrade").body("reporterISO,value\nBLR,1\n")
                .when().post(IMPORT).then().statusCode(400).body("errors.field", hasItem("body"));
        given().auth().oauth2(DevTokens.editor()).contentType("text/csv").queryParam("profile", "eurostat").body(CSV)
                .when().post(IMPORT).then().statusCode(400).body("errors.field", hasItem("profile"));
        given().auth().oauth2(DevTokens.editor()).contentType("application/x-ndjson").queryParam("profile", "comtrade").body("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post(IMPORT).then().statusCode(415);
    }
}
