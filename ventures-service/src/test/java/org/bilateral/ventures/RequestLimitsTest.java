package org.bilateral.ventures;

import io.quarkus.test.junit.QuarkusTest;
import org.bilateral.testsupport.RequestLimitsContract;

/** Body, request-line and header limits of the ventures service, and its slow-client timeouts. */
@QuarkusTest
class RequestLimitsTest extends RequestLimitsContract {

    RequestLimitsTest() {
        super("/api/v1/ventures", "/api/v1/ventures");
    }
}
