package org.bilateral.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.bilateral.testsupport.OpenApiFuzzContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway's own operations, fed hostile values in every parameter, answer 4xx problem+json and leak nothing. */
@QuarkusTest
class OpenApiFuzzTest {

    @BeforeEach
    void reset() {
        Stubs.reset();
    }

    @Test
    void everyGatewayOperationAnswersHostileInputWithoutA5xxOrALeak() {
        OpenApiFuzzContract.assertSurvivesHostileInput("/q/openapi/gateway?format=json", 9, 40);
    }
}
