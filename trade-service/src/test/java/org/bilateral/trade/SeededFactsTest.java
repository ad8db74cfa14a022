package org.bilateral.trade;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SeededFactsTest {

    @Test
    void the2018TurnoverIsServedWithBothSources() {
        given().queryParam("year", 2018).queryParam("flow", "TURNOVER").queryParam("region", "none")
                .when().get("/api/v1/trade/figures")
                .then().statusCode(200)
                .body("totalItems", is(2))
                .body("items.value.amount", containsInAnyOrder(896.1f, 896))
                .body("items.source.source", containsInAnyOrder("000_86346d2b20f6c8b6", "004_7047c9f966aa55ab"));
    }
}
