package org.bilateral.agreements;

import static io.restassured.RestAssured.given;
import static org.bilateral.agreements.AgreementFixtures.AGREEMENTS;
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
        given().when().get(AGREEMENTS).then().statusCode(200).body("totalItems", is(0));
        given().when().get(AGREEMENTS + "/commissions").then().statusCode(200).body("$", empty());
        int agreements = given().auth().oauth2(DevTokens.admin()).when().post("/api/v1/agreements/admin/seed-import")
                .then().statusCode(200).body("sources", is(5)).body("agreements", greaterThan(0))
                .body("claims", greaterThan(0)).body("commissions", greaterThan(0)).body("events", greaterThan(0))
                .extract().path("agreements");
        given().auth().oauth2(DevTokens.admin()).when().post("/api/v1/agreements/admin/seed-import")
                .then().statusCode(200).body("sources", is(0)).body("agreements", is(0)).body("claims", is(0)).body("commissions", is(0)).body("events", is(0));
        given().when().get(AGREEMENTS).then().statusCode(200).body("totalItems", is(agreements));
    }
}
