package org.bilateral.trade;

import static io.restassured.RestAssured.given;
import static org.bilateral.trade.FigureFixtures.FIGURES;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.bilateral.testsupport.DevTokens;
import org.bilateral.testsupport.Race;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** With bilateral.seed.enabled=false the service starts empty; imports racing each other then fill it exactly once. */
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
    void nothingIsImportedAtStartAndConcurrentImportsAddEverythingExactlyOnce() {
        given().when().get(FIGURES).then().statusCode(200).body("totalItems", is(0));
        given().when().get("/api/v1/trade/targets").then().statusCode(200).body("$", empty());
        // several replicas importing at once: the advisory lock lets exactly one of them add the facts
        List<Integer> added = Race.atOnce(3, i -> given().auth().oauth2(DevTokens.admin()).when().post("/api/v1/trade/admin/seed-import")
                .then().statusCode(200).extract().<Integer>path("figures"));
        Assertions.assertEquals(2, added.stream().filter(n -> n == 0).count(), "only one import adds anything: " + added);
        int figures = added.stream().mapToInt(Integer::intValue).sum();
        Assertions.assertTrue(figures > 0, "the winning import added the seed figures");
        given().auth().oauth2(DevTokens.admin()).when().post("/api/v1/trade/admin/seed-import")
                .then().statusCode(200).body("sources", is(0)).body("figures", is(0)).body("commodities", is(0)).body("targets", is(0))
                .body("rankings", is(0));
        given().when().get("/api/v1/trade/rankings").then().statusCode(200).body("totalItems", is(2));
        given().when().get("/api/v1/trade/targets").then().statusCode(200).body("$", not(empty()));
        given().when().get(FIGURES).then().statusCode(200).body("totalItems", is(figures));
    }
}
