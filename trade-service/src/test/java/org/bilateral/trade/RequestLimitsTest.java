package org.bilateral.trade;

import io.quarkus.test.junit.QuarkusTest;
import org.bilateral.testsupport.RequestLimitsContract;

/** Body, request-line and header limits of the trade service, and its slow-client timeouts. */
@QuarkusTest
class RequestLimitsTest extends RequestLimitsContract {

    RequestLimitsTest() {
        super("/api/v1/trade/figures", "/api/v1/trade/figures");
    }
}
