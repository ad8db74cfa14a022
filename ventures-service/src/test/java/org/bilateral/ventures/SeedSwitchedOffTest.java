package org.bilateral.ventures;

import static io.restassured.RestAssured.given;
import static org.bilateral.ventures.VentureFixtures.VENTURES;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.bilateral.testsupport.DevTokens;
import org.junit.jupiter.api.Test;

/** With bilateral.seed.enabled=false the service starts empty; an admin import then fills it once. */
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
        given().when().get(VENTURES).then().statusCode(200).body("totalItems", is(0));
        given().when().get(VENTURES + "/statistics").then().statusCode(200).body("listed.total", is(0)).body("claims", empty());
        given().auth().oauth2(DevTokens.admin()).when().post(VENTURES + "/admin/seed-import")
                .then().statusCode(200)
                .body("sources", is(5)).body("organisations", is(5)).body("ventures", is(15)).body("claims", is(6));
        given().auth().oauth2(DevTokens.admin()).when().post(VENTURES + "/admin/seed-import")
                .then().statusCode(200)
                .body("sources", is(0)).body("organisations", is(0)).body("ventures", is(0)).body("claims", is(0));
        given().when().get(VENTURES + "/statistics").then().statusCode(200).body("listed.total", is(15)).body("claims", hasSize(6));
    }
}
