package org.bilateral.trade.harvest.read;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.bilateral.trade.harvest.read.HarvestFixtures.IMF_ACCEPTED;
import static org.bilateral.trade.harvest.read.HarvestFixtures.IMF_REJECTED;
import static org.bilateral.trade.harvest.read.HarvestFixtures.imfDot;
import static org.bilateral.trade.harvest.read.HarvestFixtures.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SDMX fetcher against a provider served by WireMock (and a raw socket server for broken connections). */
class SdmxRestFetcherTest {

    static final String GENERIC = "application/vnd.sdmx.genericdata+xml; version=2.1";
    static final String STRUCTURE_SPECIFIC = "application/vnd.sdmx.structurespecificdata+xml; version=2.1";
    static final String JSON = "application/vnd.sdmx.data+json; charset=utf-8; version=1.0.0";
    static final String STRUCTURE = "application/vnd.sdmx.structure+xml; version=2.1";
    static final String DATA_PATH = "/sdmx/rest/data/IMF,DOT,latest/.*";
    static final String DATAFLOW_PATH = "/sdmx/rest/dataflow/IMF/DOT/latest";

    static WireMockServer provider;
    static WireMockServer elsewhere;

    HarvestFixtures.TestConfig config;
    HarvestFixtures.RecordingSink sink;

    @BeforeAll
    static void start() {
        provider = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        elsewhere = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        provider.start();
        elsewhere.start();
    }

    @AfterAll
    static void stop() {
        provider.stop();
        elsewhere.stop();
    }

    @BeforeEach
    void reset() {
        provider.resetAll();
        elsewhere.resetAll();
        config = new HarvestFixtures.TestConfig();
        sink = new HarvestFixtures.RecordingSink();
    }

    static String base() {
        return "http://127.0.0.1:" + provider.port() + "/sdmx/rest";
    }

    static String dataUrl() {
        return base() + "/data/IMF,DOT,latest/M.BY+KZ.TXG_FOB_USD+TMG_CIF_USD.KZ+BY?detail=full";
    }

    HarvestRun fetch(Instant updatedAfter, boolean checkStructure) throws HarvestFailure {
        return new SdmxRestFetcher(config).fetch(imfDot(base()), updatedAfter, checkStructure, sink);
    }

    static void serveData(String contentType, String resource) {
        provider.stubFor(get(urlPathMatching(DATA_PATH)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", contentType)
                .withBody(resource(resource))));
    }

    static void serveStructure(byte[] body) {
        provider.stubFor(get(urlPathMatching(DATAFLOW_PATH)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", STRUCTURE)
                .withBody(body)));
    }

    void assertEveryImfObservation(HarvestRun run) {
        assertEquals(IMF_ACCEPTED, sink.lines());
        assertEquals(IMF_REJECTED.keySet(), new HashSet<>(sink.rejected));
        assertEquals(IMF_ACCEPTED.size() + IMF_REJECTED.size(), run.observationsRead());
    }

    @Test
    void aGenericAnswerStreamsEveryObservationFromTheSdmxDataUrl() throws HarvestFailure {
        serveData(GENERIC, "imf-dot-generic.xml");
        HarvestRun run = fetch(null, false);
        assertEveryImfObservation(run);
        assertEquals(List.of(dataUrl()), run.requestUrls());
        provider.verify(getRequestedFor(urlPathMatching(DATA_PATH))
                .withHeader("Accept", containing("application/vnd.sdmx.genericdata+xml;version=2.1"))
                .withHeader("Accept", containing("application/vnd.sdmx.structurespecificdata+xml;version=2.1;q=0.9"))
                .withHeader("Accept", containing("application/vnd.sdmx.data+json;version=1.0.0;q=0.8")));
    }

    @Test
    void aStructureSpecificAnswerIsReadWithTheDimensionOrderOfTheDsdFetchedOnce() throws HarvestFailure {
        serveData(STRUCTURE_SPECIFIC, "imf-dot-structurespecific.xml");
        serveStructure(resource("imf-dot-structure.xml"));
        SdmxRestFetcher fetcher = new SdmxRestFetcher(config);
        HarvestRun run = fetcher.fetch(imfDot(base()), null, false, sink);
        assertEveryImfObservation(run);
        assertEquals(List.of(dataUrl(), base() + "/dataflow/IMF/DOT/latest?references=all"), run.requestUrls());

        sink = new HarvestFixtures.RecordingSink();
        run = fetcher.fetch(imfDot(base()), null, false, sink);
        assertEquals(List.of(dataUrl()), run.requestUrls(), "the dimension order is remembered");
        assertEquals(IMF_ACCEPTED, sink.lines());
    }

    @Test
    void plainXmlIsReadByItsRootElement() throws HarvestFailure {
        serveData("application/xml", "imf-dot-structurespecific.xml");
        serveStructure(resource("imf-dot-structure.xml"));
        assertEveryImfObservation(fetch(null, false));
    }

    @Test
    void anSdmxJsonAnswerStreamsEveryObservation() throws HarvestFailure {
        serveData(JSON, "imf-dot.json");
        assertEveryImfObservation(fetch(null, false));
    }

    @Test
    void theFirstHarvestChecksTheMappingAgainstTheDsdBeforeAskingForData() throws HarvestFailure {
        serveData(GENERIC, "imf-dot-generic.xml");
        serveStructure(resource("imf-dot-structure.xml"));
        HarvestRun run = fetch(null, true);
        assertEquals(List.of(base() + "/dataflow/IMF/DOT/latest?references=all", dataUrl()), run.requestUrls());
        assertEveryImfObservation(run);
    }

    @Test
    void aDsdMissingAMappedCodeFailsTheHarvestNamingItAndNoDataIsAskedFor() {
        String dsd = new String(resource("imf-dot-structure.xml"), StandardCharsets.UTF_8);
        serveStructure(dsd.replaceAll("<structure:Code id=\"TMG_CIF_USD\">.*?</structure:Code>", "").getBytes(StandardCharsets.UTF_8));
        serveData(GENERIC, "imf-dot-generic.xml");
        HarvestFailure f = assertThrows(HarvestFailure.class, () -> fetch(null, true));
        assertTrue(f.getMessage().contains("flow code TMG_CIF_USD is not in code list IMF:CL_INDICATOR_DOT(1.0) of dimension INDICATOR"), f.getMessage());
        provider.verify(0, getRequestedFor(urlPathMatching(DATA_PATH)));
        assertTrue(sink.accepted.isEmpty());
    }

    @Test
    void aDsdMissingAMappedDimensionFailsTheHarvestNamingIt() {
        String dsd = new String(resource("imf-dot-structure.xml"), StandardCharsets.UTF_8);
        serveStructure(dsd.replaceAll("(?s)<structure:Dimension id=\"COUNTERPART_AREA\" position=\"4\">.*?</structure:Dimension>", "")
                .getBytes(StandardCharsets.UTF_8));
        HarvestFailure f = assertThrows(HarvestFailure.class, () -> fetch(null, true));
        assertTrue(f.getMessage().contains("dimension COUNTERPART_AREA (partner) is not in IMF:DSD_DOT(1.0), whose dimensions are FREQ, REF_AREA, INDICATOR"),
                f.getMessage());
        assertFalse(f.isTransient());
    }

    @Test
    void codeListsMissingFromTheDataflowAnswerAreFetchedWithTheDataStructure() throws HarvestFailure {
        String full = new String(resource("imf-dot-structure.xml"), StandardCharsets.UTF_8);
        serveStructure(full.replaceAll("(?s)<structure:Codelists>.*</structure:Codelists>", "").getBytes(StandardCharsets.UTF_8));
        provider.stubFor(get(urlPathMatching("/sdmx/rest/datastructure/IMF/DSD_DOT/1.0")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", STRUCTURE).withBody(full)));
        serveData(GENERIC, "imf-dot-generic.xml");
        HarvestRun run = fetch(null, true);
        assertEquals(List.of(base() + "/dataflow/IMF/DOT/latest?references=all",
                base() + "/datastructure/IMF/DSD_DOT/1.0?references=children", dataUrl()), run.requestUrls());
        assertEveryImfObservation(run);
    }

    @Test
    void noResultsAfterUpdatedAfterMeansNothingChanged() throws HarvestFailure {
        provider.stubFor(get(urlPathMatching(DATA_PATH)).willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/xml")
                .withBody(resource("imf-error-100.xml"))));
        HarvestRun run = fetch(Instant.parse("2026-11-30T00:00:00Z"), false);
        assertEquals(0, run.observationsRead());
        assertEquals(List.of(dataUrl() + "&updatedAfter=2026-11-30T00%3A00%3A00Z"), run.requestUrls());
        assertTrue(sink.accepted.isEmpty());
    }

    @Test
    void noResultsForAWholeHarvestIsAFailureQuotingTheSdmxError() {
        provider.stubFor(get(urlPathMatching(DATA_PATH)).willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/xml")
                .withBody(resource("imf-error-100.xml"))));
        SdmxErrorFailure f = assertThrows(SdmxErrorFailure.class, () -> fetch(null, false));
        assertEquals(100, f.code());
        assertTrue(f.getMessage().startsWith("SDMX error 100: No Results Found - No observations match key"), f.getMessage());
        provider.verify(1, getRequestedFor(urlPathMatching(DATA_PATH)));
    }

    @Test
    void anUnreachableProviderFailsAfterTheConfiguredAttempts() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        HarvestFailure f = assertThrows(HarvestFailure.class, () -> new SdmxRestFetcher(config)
                .fetch(imfDot("http://127.0.0.1:" + port + "/sdmx/rest"), null, false, sink));
        assertTrue(f.getMessage().startsWith("could not connect to http://127.0.0.1:" + port), f.getMessage());
        assertTrue(f.getMessage().endsWith("(gave up after 3 attempts)"), f.getMessage());
        assertTrue(f.isTransient());
    }

    @Test
    void aProviderSlowerThanTheReadTimeoutFails() {
        config.readTimeout = Duration.ofMillis(300);
        config.attempts = 2;
        provider.stubFor(get(urlPathMatching(DATA_PATH)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", GENERIC)
                .withBody(resource("imf-dot-generic.xml")).withFixedDelay(1500)));
        HarvestFailure f = assertThrows(HarvestFailure.class, () -> fetch(null, false));
        assertTrue(f.getMessage().startsWith("the provider did not answer within 0.3 s (read timeout)"), f.getMessage());
        assertTrue(f.getMessage().endsWith("(gave up after 2 attempts)"), f.getMessage());
        provider.verify(2, getRequestedFor(urlPathMatching(DATA_PATH)));
    }

    @Test
    void aClientErrorIsNotRetriedAndQuotesStatusAndBody() {
        provider.stubFor(get(urlPathMatching(DATA_PATH)).willReturn(aResponse().withStatus(403).withHeader("Content-Type", "text/plain")
                .withBody("Access denied:\n  subscription key required")));
        HarvestFailure f = assertThrows(HarvestFailure.class, () -> fetch(null, false));
        assertEquals("the provider answered HTTP 403: \"Access denied: subscription key required\" (" + dataUrl() + ")", f.getMessage());
        assertFalse(f.isTransient());
        provider.verify(1, getRequestedFor(urlPathMatching(DATA_PATH)));
    }

    @Test
    void aServerErrorIsRetriedWithBackoffAndTheRetrySucceeds() throws HarvestFailure {
        provider.stubFor(get(urlPathMatching(DATA_PATH)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("maintenance")).willSetStateTo("up"));
        provider.stubFor(get(urlPathMatching(DATA_PATH)).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", GENERIC).withBody(resource("imf-dot-generic.xml"))));
        HarvestRun run = fetch(null, false);
        assertEquals(List.of(dataUrl(), dataUrl()), run.requestUrls());
        assertEveryImfObservation(run);
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheRetryAfterTheProviderNames() throws HarvestFailure {
        provider.stubFor(get(urlPathMatching(DATA_PATH)).inScenario("limited").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")).willSetStateTo("ok"));
        provider.stubFor(get(urlPathMatching(DATA_PATH)).inScenario("limited").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", GENERIC).withBody(resource("imf-dot-generic.xml"))));
        assertEveryImfObservation(fetch(null, false));
    }

    @Test
    void aServerErrorThatPersistsFailsAfterEveryAttempt() {
        provider.stubFor(get(urlPathMatching(DATA_PATH)).willReturn(aResponse().withStatus(500).withBody("<html><body>Internal error</body></html>")));
        HarvestFailure f = assertThrows(HarvestFailure.class, () -> fetch(null, false));
        assertTrue(f.getMessage().startsWith("the provider answered HTTP 500: \"<html><body>Internal error</body></html>\""), f.getMessage());
        assertTrue(f.getMessage().endsWith("(gave up after 3 attempts)"), f.getMessage());
        provider.verify(3, getRequestedFor(urlPathMatching(DATA_PATH)));
    }

    @Test
    void malformedXmlFailsWithItsLineAndIsNotRetried() {
        String xml = new String(resource("imf-dot-generic.xml"), StandardCharsets.UTF_8).replace("<generic:ObsValue value=\"140.75\"/>",
                "<generic:ObsValue value=\"140.75\">");
        provider.stubFor(get(urlPathMatching(DATA_PATH)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", GENERIC).withBody(xml)));
        HarvestFailure f = assertThrows(HarvestFailure.class, () -> fetch(null, false));
        int line = (int) xml.lines().takeWhile(l -> !l.contains("value=\"140.75\"")).count() + 2;
        assertTrue(f.getMessage().startsWith("malformed SDMX-ML at line " + line + ","), line + ": " + f.getMessage());
        provider.verify(1, getRequestedFor(urlPathMatching(DATA_PATH)));
    }

    @Test
    void anAnswerCutOffMidStreamAfterDataStartedFailsWithoutRetry() throws Exception {
        byte[] body = resource("imf-dot-generic.xml");
        int half = new String(body, StandardCharsets.UTF_8).indexOf("<generic:ObsValue value=\"612.345678901234\"");
        try (RawHttpServer raw = new RawHttpServer(out -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: " + GENERIC + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, half);
            out.flush();
        })) {
            HarvestFailure f = assertThrows(HarvestFailure.class,
                    () -> new SdmxRestFetcher(config).fetch(imfDot(raw.url("/sdmx/rest")), null, false, sink));
            assertTrue(f.getMessage().startsWith("the answer was cut off after "), f.getMessage());
            assertFalse(f.isTransient());
            assertEquals(6, sink.accepted.size() + sink.rejected.size(), "what came before the cut reached the sink (the caller discards it)");
            assertEquals(1, raw.connections(), "no retry once observations were delivered");
        }
    }

    @Test
    void anAnswerThatStallsAfterDataStartedFailsOnTheReadTimeoutWithoutRetry() throws Exception {
        config.readTimeout = Duration.ofMillis(400);
        byte[] body = resource("imf-dot-generic.xml");
        int half = new String(body, StandardCharsets.UTF_8).indexOf("<generic:ObsValue value=\"612.345678901234\"");
        try (RawHttpServer raw = new RawHttpServer(out -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: " + GENERIC + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, half);
            out.flush();
            Thread.sleep(3000);
        })) {
            HarvestFailure f = assertThrows(HarvestFailure.class,
                    () -> new SdmxRestFetcher(config).fetch(imfDot(raw.url("/sdmx/rest")), null, false, sink));
            assertTrue(f.getMessage().startsWith("the provider sent nothing for 0.4 s (read timeout) after "), f.getMessage());
            assertTrue(f.isTransient());
            assertEquals(1, raw.connections(), "no retry once observations were delivered");
        }
    }

    @Test
    void anAnswerCutOffBeforeAnyObservationIsACutOffToo() throws Exception {
        byte[] body = resource("imf-dot-generic.xml");
        try (RawHttpServer raw = new RawHttpServer(out -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: " + GENERIC + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(("200\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, 0x200);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        })) {
            HarvestFailure f = assertThrows(HarvestFailure.class,
                    () -> new SdmxRestFetcher(config).fetch(imfDot(raw.url("/sdmx/rest")), null, false, sink));
            assertTrue(f.getMessage().startsWith("the answer was cut off after 512 bytes"), f.getMessage());
            assertTrue(sink.accepted.isEmpty());
        }
    }

    @Test
    void anUnclosedDocumentIsACutOffAnswer() {
        String xml = new String(resource("imf-dot-generic.xml"), StandardCharsets.UTF_8);
        provider.stubFor(get(urlPathMatching(DATA_PATH)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", GENERIC)
                .withBody(xml.substring(0, xml.indexOf("</message:DataSet>")))));
        HarvestFailure f = assertThrows(HarvestFailure.class, () -> fetch(null, false));
        assertTrue(f.getMessage().contains("before the SDMX-ML document was complete (cut off or unclosed"), f.getMessage());
        assertEquals(IMF_ACCEPTED, sink.lines());
    }

    @Test
    void aRedirectToAnotherHostIsRefusedAndThatHostNeverCalled() {
        String target = "http://localhost:" + elsewhere.port() + "/sdmx/rest/data/IMF,DOT,latest/all";
        provider.stubFor(get(urlPathMatching(DATA_PATH)).willReturn(aResponse().withStatus(302).withHeader("Location", target)));
        elsewhere.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", GENERIC)
                .withBody(resource("imf-dot-generic.xml"))));
        HarvestFailure f = assertThrows(HarvestFailure.class, () -> fetch(null, false));
        assertTrue(f.getMessage().startsWith("the provider redirected to " + target + ", which is not http://127.0.0.1:" + provider.port()),
                f.getMessage());
        assertFalse(f.isTransient());
        elsewhere.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aRedirectWithinTheProviderIsFollowed() throws HarvestFailure {
        provider.stubFor(get(urlPathMatching(DATA_PATH)).willReturn(aResponse().withStatus(301)
                .withHeader("Location", "/sdmx/v2/rest/data/IMF,DOT,1.0/all?detail=full")));
        provider.stubFor(get(urlPathMatching("/sdmx/v2/rest/data/.*")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", GENERIC)
                .withBody(resource("imf-dot-generic.xml"))));
        HarvestRun run = fetch(null, false);
        assertEquals(List.of(dataUrl(), base().replace("/sdmx/rest", "/sdmx/v2/rest") + "/data/IMF,DOT,1.0/all?detail=full"), run.requestUrls());
        assertEveryImfObservation(run);
    }

    @Test
    void redirectsAreBounded() {
        provider.stubFor(get(urlPathMatching(DATA_PATH)).willReturn(aResponse().withStatus(302).withHeader("Location", dataUrl())));
        HarvestFailure f = assertThrows(HarvestFailure.class, () -> fetch(null, false));
        assertTrue(f.getMessage().startsWith("the provider redirected more than 3 times"), f.getMessage());
    }

    @Test
    void anAnswerThatIsNotSdmxIsRefused() {
        provider.stubFor(get(urlPathMatching(DATA_PATH)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                .withBody("<html>login</html>")));
        HarvestFailure f = assertThrows(HarvestFailure.class, () -> fetch(null, false));
        assertTrue(f.getMessage().startsWith("the provider answered with Content-Type 'text/html', not SDMX data"), f.getMessage());
    }
}
