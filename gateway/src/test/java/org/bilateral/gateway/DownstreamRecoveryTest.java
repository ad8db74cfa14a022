package org.bilateral.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One service failing or hanging under load: the other routes keep answering, and the overview degrades then recovers. */
@QuarkusTest
class DownstreamRecoveryTest {

    private static final String OVERVIEW = "/api/v1/overview?reporter=BY&partner=KZ";

    @BeforeEach
    void reset() {
        Stubs.reset();
    }

    @Test
    void theOverviewDegradesWhileVenturesIsDownAndIsWholeAgainOnceItAnswers() {
        OverviewStubs.trade();
        OverviewStubs.agreements();
        OverviewStubs.ventures();
        given().when().get(OVERVIEW).then().statusCode(200).body("degraded", empty());

        Stubs.ventures().resetToDefaultMappings();
        Stubs.ventures().register(get(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        given().when().get(OVERVIEW).then().statusCode(200).body("degraded", contains("ventures"))
                .body("trade.degraded", is(false)).body("agreements.degraded", is(false));

        Stubs.ventures().resetToDefaultMappings();
        OverviewStubs.ventures();
        given().when().get(OVERVIEW).then().statusCode(200).body("degraded", empty()).body("ventures.total", is(9));
    }

    @Test
    void requestsToOtherServicesAreAnsweredWhileEveryCallToAHangingServiceWaitsForItsTimeout() throws Exception {
        // ventures hangs past the 1 s route timeout; trade answers at once
        Stubs.ventures().register(get(anyUrl()).willReturn(okJson("{}").withFixedDelay(3000)));
        Stubs.trade().register(get(urlPathEqualTo("/api/v1/trade/figures")).willReturn(okJson("{\"items\":[]}")));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Integer>> hanging = java.util.stream.IntStream.range(0, 8)
                    .mapToObj(i -> CompletableFuture.supplyAsync(
                            () -> given().when().get("/api/v1/ventures").then().extract().statusCode(), pool))
                    .toList();
            Thread.sleep(100); // the ventures calls are in flight
            for (int i = 0; i < 10; i++) {
                given().when().get("/api/v1/trade/figures").then().statusCode(200);
            }
            // all ten trade answers came while the ventures calls still waited for their timeout
            assertTrue(hanging.stream().noneMatch(CompletableFuture::isDone), "ventures calls ended before trade was served");
            for (CompletableFuture<Integer> call : hanging) {
                assertEquals(504, call.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
