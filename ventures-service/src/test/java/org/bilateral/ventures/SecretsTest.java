package org.bilateral.ventures;

import io.quarkus.test.junit.QuarkusTest;
import org.bilateral.testsupport.SecretsContract;

/** Bearer tokens and the database password never reach the ventures service's logs. */
@QuarkusTest
class SecretsTest extends SecretsContract {

    SecretsTest() {
        super("/api/v1/ventures", "/api/v1/ventures");
    }
}
