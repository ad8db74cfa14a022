package org.bilateral.trade.harvest.read;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.bilateral.trade.harvest.read.HarvestFixtures.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.bilateral.trade.domain.ProviderKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ComtradeCsvFetcherTest {

    static final String PATH = "/public/v1/get/C/A/HS";
    static WireMockServer comtrade;

    HarvestFixtures.RecordingSink sink;

    @BeforeAll
    static void start() {
        comtrade = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        comtrade.start();
    }

    @AfterAll
    static void stop() {
        comtrade.stop();
    }

    @BeforeEach
    void reset() {
        comtrade.resetAll();
        sink = new HarvestFixtures.RecordingSink();
    }

    static ProviderMapping mapping() {
        return new ProviderMapping("comtrade", ProviderKind.COMTRADE_CSV,
                "http://127.0.0.1:" + comtrade.port() + PATH + "?reporterCode=112&partnerCode=398&period=2018&format=csv",
                null, null, null, null, null, null, "USD", null, 0, null);
    }

    HarvestRun fetch() throws HarvestFailure {
        return new ComtradeCsvFetcher(new HarvestFixtures.TestConfig()).fetch(mapping(), Instant.parse("2026-01-01T00:00:00Z"), true, sink);
    }

    @Test
    void everyRowOfTheCsvAtTheUrlIsRead() throws HarvestFailure {
        comtrade.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/csv; charset=utf-8")
                .withBody(resource("comtrade.csv"))));
        HarvestRun run = fetch();
        assertEquals(ComtradeCsvReaderTest.ACCEPTED, sink.lines());
        assertEquals(4, sink.rejected.size());
        assertEquals(8, run.observationsRead());
        assertEquals(List.of(mapping().url()), run.requestUrls(), "the URL as configured; no updatedAfter is added");
    }

    @Test
    void aServerErrorIsRetriedAndTheRetrySucceeds() throws HarvestFailure {
        comtrade.stubFor(get(urlPathEqualTo(PATH)).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(502).withBody("bad gateway")).willSetStateTo("ok"));
        comtrade.stubFor(get(urlPathEqualTo(PATH)).inScenario("busy").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/csv").withBody(resource("comtrade.csv"))));
        assertEquals(2, fetch().requestUrls().size());
        assertEquals(ComtradeCsvReaderTest.ACCEPTED, sink.lines());
    }

    @Test
    void anAnswerThatIsNotCsvOrLacksTheColumnsFails() {
        comtrade.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"elapsedTime\":\"0.1 secs\",\"count\":0,\"data\":[]}")));
        HarvestFailure f = assertThrows(HarvestFailure.class, this::fetch);
        assertTrue(f.getMessage().startsWith("the provider answered with Content-Type 'application/json', not CSV"), f.getMessage());

        comtrade.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/csv")
                .withBody("refYear,reporterISO,flowCode\n2018,BLR,X\n")));
        f = assertThrows(HarvestFailure.class, this::fetch);
        assertTrue(f.getMessage().contains("lacks the column(s) partnerISO (or partnerCode) cmdCode primaryValue"), f.getMessage());
        assertFalse(f.isTransient());
    }

    @Test
    void aCutOffCsvFailsAfterTheRowsBeforeTheCut() throws Exception {
        byte[] body = resource("comtrade.csv");
        int cut = new String(body, StandardCharsets.UTF_8).indexOf("C,M,20180701");
        try (RawHttpServer raw = new RawHttpServer(out -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, cut);
            out.flush();
        })) {
            ProviderMapping m = mapping();
            ProviderMapping at = new ProviderMapping(m.providerId(), m.kind(), raw.url("/comtrade.csv"), null, null, null, null, null, null,
                    "USD", null, 0, null);
            HarvestFailure f = assertThrows(HarvestFailure.class,
                    () -> new ComtradeCsvFetcher(new HarvestFixtures.TestConfig()).fetch(at, null, false, sink));
            assertTrue(f.getMessage().startsWith("the answer was cut off after "), f.getMessage());
            assertEquals(1, raw.connections());
        }
    }

    @Test
    void aClientErrorQuotesTheAnswer() {
        comtrade.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(401).withBody("{\"statusCode\":401,\"message\":\"Access denied due to missing subscription key.\"}")));
        HarvestFailure f = assertThrows(HarvestFailure.class, this::fetch);
        assertTrue(f.getMessage().startsWith("the provider answered HTTP 401: \"{\"statusCode\":401,\"message\":\"Access denied due to missing subscription key.\"}\""),
                f.getMessage());
        comtrade.verify(1, getRequestedFor(urlPathEqualTo(PATH)));
    }
}
