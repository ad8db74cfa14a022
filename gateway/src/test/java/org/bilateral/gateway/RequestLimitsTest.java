package org.bilateral.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.bilateral.testsupport.RequestLimitsContract;
import org.junit.jupiter.api.BeforeEach;

/** Body, request-line and header limits at the front door, and its slow-client timeouts. */
@QuarkusTest
class RequestLimitsTest extends RequestLimitsContract {

    RequestLimitsTest() {
        super("/api/v1/agreements", "/api/v1/overview");
    }

    @BeforeEach
    void reset() {
        Stubs.reset();
    }
}
