package org.bilateral.agreements;

import io.quarkus.test.junit.QuarkusTest;
import org.bilateral.testsupport.SecretsContract;

/** Bearer tokens and the database password never reach the agreements service's logs. */
@QuarkusTest
class SecretsTest extends SecretsContract {

    SecretsTest() {
        super("/api/v1/agreements", "/api/v1/agreements");
    }
}
