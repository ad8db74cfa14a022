package org.bilateral.trade;

import static io.restassured.RestAssured.given;
import static org.bilateral.trade.FigureFixtures.FIGURES;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.bilateral.testsupport.DevTokens;
import org.junit.jupiter.api.Test;

/** With bilateral.seed.enabled=false the service starts empty; an admin import then fills it exactly once. */
@QuarkusTest
@TestProfile(SeedSwitchedOffTest.SeedOff.class)
class SeedSwitchedOffTest {

    public static class SeedOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("bilateral.seed.enabled", "false");
        }
    }

    @Test
    void nothingIsImportedAtStartAndAnAdminImportAddsEverythingOnce() {
        given().when().get(FIGURES).then().statusCode(200).body("totalItems", is(0));
        given().when().get("/api/v1/trade/targets").then().statusCode(200).body("$", empty());
        int figures = given().auth().oauth2(DevTokens.admin()).when().post("/api/v1/trade/admin/seed-import")
                .then().statusCode(200).body("sources", is(5)).body("figures", greaterThan(0))
                .body("commodities", greaterThan(0)).body("targets", greaterThan(0))
                .extract().path("figures");
        given().auth().oauth2(DevTokens.admin()).when().post("/api/v1/trade/admin/seed-import")
                .then().statusCode(200).body("sources", is(0)).body("figures", is(0)).body("commodities", is(0)).body("targets", is(0));
        given().when().get(FIGURES).then().statusCode(200).body("totalItems", is(figures));
    }
}
