package org.bilateral.trade;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.bilateral.testsupport.WarmUpContract;

/** Switched on, the warm-up sends this service's configured GETs to itself before readiness reports up. */
@QuarkusTest
@TestProfile(WarmUpContract.Enabled.class)
class WarmUpTest extends WarmUpContract {
}
