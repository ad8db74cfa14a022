package org.bilateral.trade;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.bilateral.testsupport.OpenApiFuzzContract;
import org.junit.jupiter.api.Test;

/** Every operation of the trade API, fed hostile values in every parameter and body field, answers 4xx problem+json and leaks nothing. */
@QuarkusTest
@TestProfile(HostileClientProfile.class)
class OpenApiFuzzTest {

    @Test
    void everyOperationAnswersHostileInputWithoutA5xxOrALeak() {
        OpenApiFuzzContract.assertSurvivesHostileInput("/q/openapi?format=json", 9, 8);
    }
}
