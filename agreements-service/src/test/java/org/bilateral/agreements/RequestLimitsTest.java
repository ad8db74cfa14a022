package org.bilateral.agreements;

import io.quarkus.test.junit.QuarkusTest;
import org.bilateral.testsupport.RequestLimitsContract;

/** Body, request-line and header limits of the agreements service, and its slow-client timeouts. */
@QuarkusTest
class RequestLimitsTest extends RequestLimitsContract {

    RequestLimitsTest() {
        super("/api/v1/agreements", "/api/v1/agreements");
    }
}
