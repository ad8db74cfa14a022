package org.bilateral.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import org.bilateral.testsupport.AuthorizationMatrixContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every write of every service, through the gateway (operations from the merged document): the
 * gateway itself refuses bad or missing tokens (401) and tokens without editor/admin (403) before
 * anything reaches a service; an editor's write is passed through.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    @BeforeEach
    void services() {
        Stubs.reset();
        for (String service : new String[] {"trade", "agreements", "ventures"}) {
            Stubs.client(service).register(get(urlPathEqualTo("/q/openapi")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody(Stubs.resource("downstream/" + service + "-openapi.json"))));
            Stubs.client(service).register(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody("{}")));
        }
    }

    @Test
    void everyWriteThroughTheGatewayRefusesBadTokensAndWrongGroups() {
        int covered = AuthorizationMatrixContract.assertEnforced("/q/openapi?format=json", AuthorizationMatrixContract.Enforcer.GATEWAY);
        org.junit.jupiter.api.Assertions.assertTrue(covered >= 10, "writes of all three services covered: " + covered);
        // a refused write never reached a service: every write the services saw carried a token
        for (String service : new String[] {"trade", "agreements", "ventures"}) {
            Stubs.client(service).verifyThat(0, anyRequestedFor(anyUrl()).withHeader("Authorization", absent())
                    .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matching(".+")));
        }
    }
}
