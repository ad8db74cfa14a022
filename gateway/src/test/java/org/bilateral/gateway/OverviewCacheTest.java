package org.bilateral.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.bilateral.gateway.service.Downstreams;
import org.bilateral.testsupport.DevTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The overview keeps what it read from a service until that service's change feed reports a change (or a write
 * relayed by the gateway makes one), answers 304 to its own ETag while nothing changed, and never serves a kept
 * section of a service it does not follow: a service that goes down degrades its section within the timeout.
 */
@QuarkusTest
@TestProfile(OverviewCacheTest.LiveFeeds.class)
class OverviewCacheTest {

    /** Services with change streams that stay open (WireMock's cannot), and the cache on. */
    public static class LiveFeeds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("bilateral.gateway.overview.cache.enabled", "true");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FeedingServices.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    private static final String OVERVIEW = "/api/v1/overview?reporter=BY&partner=KZ";
    private static final String SERIES = "/api/v1/trade/series";
    private static final String AGREEMENTS = "/api/v1/agreements";
    private static final String STATISTICS = "/api/v1/ventures/statistics";

    private final FeedingServices.Service trade = FeedingServices.service("trade");
    private final FeedingServices.Service agreements = FeedingServices.service("agreements");
    private final FeedingServices.Service ventures = FeedingServices.service("ventures");

    @BeforeEach
    void documents() {
        for (FeedingServices.Service s : List.of(trade, agreements, ventures)) {
            s.reset();
        }
        Arc.container().instance(Downstreams.class).get().resetBreakers();
        turnover("896.1");
        series("EXPORT", "783.7");
        series("IMPORT", "112.3");
        trade.put("/api/v1/trade/targets", OverviewStubs.TARGETS);
        agreements.put(AGREEMENTS, OverviewStubs.AGREEMENTS);
        ventures.put(STATISTICS, OverviewStubs.VENTURE_STATISTICS);
        // whatever an earlier test left kept is stale now: a change on every feed, then an overview read after all three
        trade.change("figures", 1);
        agreements.change("agreements", 1);
        ventures.change("ventures", 1);
        awaitOverview(r -> cursor(r, "trade") == trade.cursor() && cursor(r, "agreements") == agreements.cursor()
                && cursor(r, "ventures") == ventures.cursor(), "an overview read after the latest change of every service");
    }

    @Test
    void aSectionIsReadOnceAndServedUntilItsServicesFeedReportsAChange() {
        int series = trade.reads(SERIES);
        int agreementPages = agreements.reads(AGREEMENTS);
        int statistics = ventures.reads(STATISTICS);
        for (int i = 0; i < 5; i++) {
            given().when().get(OVERVIEW).then().statusCode(200).body("degraded", empty())
                    .body("trade.turnover.value", is(896.1f)).body("agreements.inForce", is(3)).body("ventures.total", is(9));
        }
        assertEquals(series, trade.reads(SERIES), "the series were read again though nothing changed");
        assertEquals(agreementPages, agreements.reads(AGREEMENTS));
        assertEquals(statistics, ventures.reads(STATISTICS));

        // a new figure, not yet reported by the feed: the kept section still stands (no per-request reads)
        turnover("950.4");
        given().when().get(OVERVIEW).then().statusCode(200).body("trade.turnover.value", is(896.1f));
        long at = trade.change("figures", 3);
        Response after = awaitOverview(r -> cursor(r, "trade") == at, "the trade section read after change " + at);
        after.then().body("trade.turnover.value", is(950.4f)).body("trade.turnover.period", is("2018"));
        assertEquals(series + 3, trade.reads(SERIES), "one read per flow after the change");
        assertEquals(agreementPages, agreements.reads(AGREEMENTS), "a trade change made the agreements section be read again");
        assertEquals(statistics, ventures.reads(STATISTICS));
    }

    @Test
    void aWriteRelayedByTheGatewayShowsInTheWritersNextOverview() {
        ventures.put(STATISTICS, OverviewStubs.VENTURE_STATISTICS.replace("\"total\":9", "\"total\":10"));
        given().auth().oauth2(DevTokens.editor()).contentType("application/json").body("{\"name\":\"Plant\"}")
                .when().put("/api/v1/ventures/9").then().statusCode(200);
        // no feed event yet: the relayed write alone makes the next overview read ventures again
        given().when().get(OVERVIEW).then().statusCode(200).body("ventures.total", is(10));
    }

    @Test
    void theETagAnswers304UntilAChangeAltersTheOverview() {
        Response first = given().when().get(OVERVIEW);
        first.then().statusCode(200).header("Cache-Control", is("no-cache"));
        String etag = first.header("ETag");
        assertNotNull(etag);
        given().header("If-None-Match", etag).when().get(OVERVIEW).then().statusCode(304).header("ETag", is(etag))
                .body(emptyString());
        given().header("If-None-Match", "W/" + etag + ", \"other\"").when().get(OVERVIEW).then().statusCode(304);
        given().header("If-None-Match", "\"other\"").when().get(OVERVIEW).then().statusCode(200).header("ETag", is(etag));

        agreements.put(AGREEMENTS, OverviewStubs.AGREEMENTS.replace("\"totalItems\":3", "\"totalItems\":4"));
        long at = agreements.change("agreements", 12);
        Response changed = awaitOverview(r -> cursor(r, "agreements") == at, "the agreements section read after change " + at);
        changed.then().body("agreements.inForce", is(4));
        assertNotEquals(etag, changed.header("ETag"));
        given().header("If-None-Match", etag).when().get(OVERVIEW).then().statusCode(200).body("agreements.inForce", is(4));
    }

    @Test
    void aServiceThatGoesDownIsNotServedFromWhatWasKeptAndDegradesWithinTheTimeout() {
        ventures.down();
        Response degraded = awaitOverview(r -> r.path("degraded").equals(List.of("ventures")), "ventures degraded");
        degraded.then().body("ventures.reason", is("ventures-service failed to answer the request (status 503)"))
                .body("ventures.total", nullValue()).body("cursors.ventures", nullValue())
                .body("trade.turnover.value", is(896.1f)).body("agreements.inForce", is(3));
        given().when().get(OVERVIEW).then().statusCode(200).time(lessThan(5000L), TimeUnit.MILLISECONDS)
                .body("degraded", contains("ventures"));

        ventures.up();
        // the 503s opened its breaker (test window: 4 calls); closing it is not what this test is about
        Arc.container().instance(Downstreams.class).get().resetBreakers();
        awaitOverview(r -> r.path("degraded").equals(List.of()) && cursor(r, "ventures") == ventures.cursor(), "ventures followed again")
                .then().body("ventures.total", is(9)).body("cursors.ventures", not(nullValue()));
    }

    private void turnover(String latest) {
        trade.put(SERIES + "?reporter=BY&partner=KZ&flow=TURNOVER", OverviewStubs.series("TURNOVER", "689.3", latest, "30", "30.0"));
    }

    private void series(String flow, String latest) {
        trade.put(SERIES + "?reporter=BY&partner=KZ&flow=" + flow, OverviewStubs.series(flow, "600.2", latest, "25", "30.6"));
    }

    private static long cursor(Response overview, String service) {
        Number cursor = overview.path("cursors." + service);
        return cursor == null ? -1 : cursor.longValue();
    }

    /** Asks for the overview until it shows what the gateway learns asynchronously (a feed event, a stream's end). */
    private static Response awaitOverview(Predicate<Response> done, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        Response last;
        do {
            last = given().when().get(OVERVIEW);
            last.then().statusCode(200);
            if (done.test(last)) {
                return last;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no " + what + " within 5 s; last answer: " + last.asString());
    }
}
