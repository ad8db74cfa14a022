package org.bilateral.trade;

import io.quarkus.test.junit.QuarkusTest;
import org.bilateral.testsupport.SecretsContract;

/** Bearer tokens and the database password never reach the trade service's logs. */
@QuarkusTest
class SecretsTest extends SecretsContract {

    SecretsTest() {
        super("/api/v1/trade/figures", "/api/v1/trade/figures");
    }
}
