package org.bilateral.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.bilateral.testsupport.SecretsContract;
import org.junit.jupiter.api.BeforeEach;

/** Bearer tokens never reach the gateway's logs, on its own routes or proxied ones. */
@QuarkusTest
class SecretsTest extends SecretsContract {

    SecretsTest() {
        super("/api/v1/agreements", "/api/v1/overview");
    }

    @BeforeEach
    void reset() {
        Stubs.reset();
    }
}
