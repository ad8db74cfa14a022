package org.bilateral.agreements;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import org.bilateral.testsupport.WarmUpContract;
import org.junit.jupiter.api.Test;

/** Switched on, the warm-up sends this service's configured GETs to itself before readiness reports up. */
@QuarkusTest
@TestProfile(WarmUpContract.Enabled.class)
class WarmUpTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void readinessWaitsForTheWarmUpAndItsPathsAreValidGets() throws InterruptedException {
        WarmUpContract.assertWarmedUpBeforeReady(management);
    }
}
