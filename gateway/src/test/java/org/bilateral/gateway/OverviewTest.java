package org.bilateral.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /api/v1/overview: composed from the three services, degraded section by section, always within the timeout. */
@QuarkusTest
class OverviewTest {

    @BeforeEach
    void reset() {
        Stubs.reset();
    }

    @Test
    void withAllThreeServicesUpEverySectionIsFilled() {
        OverviewStubs.allUp();
        given().header("X-Request-Id", "overview-1").queryParam("reporter", "BY").queryParam("partner", "KZ")
                .when().get("/api/v1/overview")
                .then().statusCode(200)
                .body("reporter", is("BY")).body("partner", is("KZ")).body("asOn", is(LocalDate.now().toString()))
                .body("degraded", empty())
                .body("trade.degraded", is(false)).body("trade.unit", is("USD")).body("trade.scale", is(6))
                .body("trade.turnover.period", is("2018")).body("trade.turnover.value", is(896.1f))
                .body("trade.turnover.reportedChangePercent", is(30)).body("trade.turnover.recomputedChangePercent", is(30.0f))
                .body("trade.exports.value", is(783.7f)).body("trade.imports.value", is(112.3f))
                .body("trade.imports.reportedChangePercent", nullValue())
                .body("trade.targets[0].amount", is(1000)).body("trade.targets[0].deadlineYear", is(2020))
                .body("trade.targets[0].status", is("IN_PROGRESS")).body("trade.targets[0].percent", is(89.6f))
                .body("agreements.degraded", is(false))
                .body("agreements.inForce", is(3))
                .body("agreements.nextToExpire.id", is(4)).body("agreements.nextToExpire.validUntil", is("2026-12-31"))
                .body("ventures.degraded", is(false)).body("ventures.total", is(9))
                .body("ventures.byKind.JOINT_ASSEMBLY_PLANT", is(4)).body("ventures.byStatus.OPERATING", is(7));
        Stubs.trade().verifyThat(3, getRequestedFor(urlPathEqualTo("/api/v1/trade/series")).withHeader("X-Request-Id", equalTo("overview-1")));
        Stubs.ventures().verifyThat(1, getRequestedFor(urlPathEqualTo("/api/v1/ventures/statistics")));
    }

    @Test
    void tradeDownMarksOnlyTheTradeSectionDegraded() {
        OverviewStubs.agreements();
        OverviewStubs.ventures();
        Stubs.trade().register(get(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        given().when().get("/api/v1/overview?reporter=BY&partner=KZ")
                .then().statusCode(200).time(lessThan(2500L), TimeUnit.MILLISECONDS)
                .body("degraded", contains("trade"))
                .body("trade.degraded", is(true))
                .body("trade.reason", is("trade-service closed the connection without a complete answer"))
                .body("trade.turnover", nullValue())
                .body("agreements.inForce", is(3)).body("ventures.total", is(9));
    }

    @Test
    void agreementsTooSlowIsDegradedAndTheAnswerStillComesWithinTheTimeout() {
        OverviewStubs.trade();
        OverviewStubs.ventures();
        Stubs.agreements().register(get(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}").withFixedDelay(5000)));
        given().when().get("/api/v1/overview?reporter=BY&partner=KZ")
                .then().statusCode(200).time(lessThan(2500L), TimeUnit.MILLISECONDS)
                .body("degraded", contains("agreements"))
                .body("agreements.degraded", is(true))
                .body("agreements.reason", is("agreements-service did not answer within 1000 ms"))
                .body("trade.turnover.value", is(896.1f)).body("ventures.total", is(9));
    }

    @Test
    void venturesFailingIsDegraded() {
        OverviewStubs.trade();
        OverviewStubs.agreements();
        Stubs.ventures().register(get(anyUrl()).willReturn(aResponse().withStatus(500).withBody("boom")));
        given().when().get("/api/v1/overview?reporter=BY&partner=KZ")
                .then().statusCode(200)
                .body("degraded", contains("ventures"))
                .body("ventures.degraded", is(true))
                .body("ventures.reason", is("ventures-service failed to answer the request (status 500)"))
                .body("ventures.total", nullValue())
                .body("trade.degraded", is(false)).body("agreements.degraded", is(false));
    }

    @Test
    void everythingDownIsStillA200WithThreeDegradedSections() {
        for (var stub : new com.github.tomakehurst.wiremock.client.WireMock[] {Stubs.trade(), Stubs.agreements(), Stubs.ventures()}) {
            stub.register(get(anyUrl()).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        }
        given().when().get("/api/v1/overview").then().statusCode(200)
                .body("reporter", is("BY")).body("partner", is("KZ"))
                .body("degraded", contains("trade", "agreements", "ventures"));
    }

    @Test
    void badCountryCodesAreRejectedNamingTheParameter() {
        given().when().get("/api/v1/overview?reporter=XX&partner=KZ").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("reporter"));
        given().when().get("/api/v1/overview?reporter=BY&partner=BY").then().statusCode(400)
                .body("errors[0].field", is("partner"));
    }
}
