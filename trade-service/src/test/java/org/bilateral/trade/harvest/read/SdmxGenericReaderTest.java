package org.bilateral.trade.harvest.read;

import static org.bilateral.trade.harvest.read.HarvestFixtures.IMF_ACCEPTED;
import static org.bilateral.trade.harvest.read.HarvestFixtures.IMF_REJECTED;
import static org.bilateral.trade.harvest.read.HarvestFixtures.imfDot;
import static org.bilateral.trade.harvest.read.HarvestFixtures.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bilateral.trade.domain.Flow;
import org.bilateral.trade.domain.Qualifier;
import org.junit.jupiter.api.Test;

class SdmxGenericReaderTest {

    static final String URL = "https://provider.example/sdmx/rest/data/IMF,DOT,latest/all";

    static HarvestFixtures.RecordingSink read(byte[] xml, ProviderMapping mapping, List<String> dims) throws HarvestFailure {
        HarvestFixtures.RecordingSink sink = new HarvestFixtures.RecordingSink();
        SdmxObservationMapper mapper = new SdmxObservationMapper(mapping, sink);
        new SdmxMlDataReader(dims, null).read(new ByteArrayInputStream(xml), mapper, URL);
        assertEquals(sink.accepted.size() + sink.rejected.size(), mapper.read(), "every observation is counted once");
        return sink;
    }

    @Test
    void everyObservationOfAGenericMessageMapsWithItsMultiplierAppliedExactly() throws HarvestFailure {
        HarvestFixtures.RecordingSink sink = read(resource("imf-dot-generic.xml"), imfDot(URL), null);
        assertEquals(IMF_ACCEPTED, sink.lines());
        assertEquals(IMF_REJECTED.keySet(), Set(sink.rejected));
        IMF_REJECTED.forEach((locator, reason) -> assertTrue(sink.reason(locator).contains(reason), sink.reason(locator)));
    }

    static java.util.Set<String> Set(List<String> l) {
        assertEquals(l.size(), new java.util.HashSet<>(l).size(), "no observation handed on twice: " + l);
        return new java.util.HashSet<>(l);
    }

    @Test
    void alpha3AndNumericCountryCodesBecomeAlpha2() throws HarvestFailure {
        String alpha3 = genericSeries("BLR", "KAZ", "2019-Q4", "12.5", "9");
        ProviderMapping m = imfDot(URL);
        ProviderMapping a3 = withCountries(m, CountryCodes.ISO_ALPHA3);
        HarvestFixtures.RecordingSink sink = read(alpha3.getBytes(StandardCharsets.UTF_8), a3, null);
        assertEquals(List.of("BY KZ EXPORT - 2019-10-01..2019-12-31 2019-Q4 12500000000 12.5e9 USD EXACT M.BLR.TXG_FOB_USD.KAZ M.BLR.TXG_FOB_USD.KAZ@2019-Q4"),
                sink.lines());

        String numeric = genericSeries("112", "398", "2019", "7", "0");
        sink = read(numeric.getBytes(StandardCharsets.UTF_8), withCountries(m, CountryCodes.ISO_NUMERIC), null);
        assertEquals("BY", sink.accepted.get(0).reporter());
        assertEquals("KZ", sink.accepted.get(0).partner());

        // an alpha-2 code read as alpha-3 is not a country: rejected with the reason, not guessed
        sink = read(genericSeries("BY", "KAZ", "2019", "7", "0").getBytes(StandardCharsets.UTF_8), a3, null);
        assertTrue(sink.accepted.isEmpty());
        assertTrue(sink.reasons.get(0).contains("reporter code 'BY' of REF_AREA is not an ISO_ALPHA3 country code"), sink.reasons.toString());
    }

    @Test
    void aFixedMultiplierAppliesWhenNoAttributeCarriesIt() throws HarvestFailure {
        ProviderMapping m = imfDot(URL);
        ProviderMapping fixed = new ProviderMapping(m.providerId(), m.kind(), m.url(), m.dataflow(), m.key(), m.dimensions(), m.flowCodes(),
                m.allGoodsCode(), m.countries(), m.currency(), null, 3, m.statusCodes());
        HarvestFixtures.RecordingSink sink = read(genericSeries("BY", "KZ", "2019-07", "0.001", "9").getBytes(StandardCharsets.UTF_8), fixed, null);
        assertEquals(3, sink.accepted.get(0).scale());
        assertEquals("1", sink.accepted.get(0).absolute().toPlainString());
    }

    @Test
    void aMissingMultiplierAnUnmappedStatusAndAWeekAreRejectedWithTheirReasons() throws HarvestFailure {
        String xml = GENERIC_HEAD + series("M", "BY", "TXG_FOB_USD", "KZ", null, obs("2018-01", "1", null))
                + series("M", "BY", "TXG_FOB_USD", "KZ", "6", obs("2018-02", "2", "X"))
                + series("W", "BY", "TXG_FOB_USD", "KZ", "6", obs("2018-W05", "3", null))
                + series("M", "BY", "TXG_FOB_USD", "KZ", "6", obs("2018-04", "", null)) + GENERIC_TAIL;
        HarvestFixtures.RecordingSink sink = read(xml.getBytes(StandardCharsets.UTF_8), imfDot(URL), null);
        assertTrue(sink.accepted.isEmpty(), sink.lines().toString());
        assertEquals(4, sink.rejected.size());
        assertTrue(sink.reasons.get(0).contains("no UNIT_MULT attribute"), sink.reasons.get(0));
        assertTrue(sink.reasons.get(1).contains("observation status 'X' (OBS_STATUS) is not mapped"), sink.reasons.get(1));
        assertTrue(sink.reasons.get(2).contains("is a week"), sink.reasons.get(2));
        assertTrue(sink.reasons.get(3).contains("no value"), sink.reasons.get(3));
    }

    @Test
    void flatObservationsWithAllDimensionsRead() throws HarvestFailure {
        String xml = GENERIC_HEAD.replace("dimensionAtObservation=\"TIME_PERIOD\"", "dimensionAtObservation=\"AllDimensions\"")
                + "<generic:Obs><generic:ObsKey><generic:Value id=\"FREQ\" value=\"A\"/><generic:Value id=\"REF_AREA\" value=\"KZ\"/>"
                + "<generic:Value id=\"INDICATOR\" value=\"TMG_CIF_USD\"/><generic:Value id=\"COUNTERPART_AREA\" value=\"BY\"/>"
                + "<generic:Value id=\"TIME_PERIOD\" value=\"2017\"/></generic:ObsKey><generic:ObsValue value=\"987.654\"/>"
                + "<generic:Attributes><generic:Value id=\"UNIT_MULT\" value=\"6\"/></generic:Attributes></generic:Obs>" + GENERIC_TAIL;
        HarvestFixtures.RecordingSink sink = read(xml.getBytes(StandardCharsets.UTF_8), imfDot(URL), null);
        assertEquals(List.of("KZ BY IMPORT - 2017-01-01..2017-12-31 2017 987654000 987.654e6 USD EXACT A.KZ.TMG_CIF_USD.BY A.KZ.TMG_CIF_USD.BY@2017"),
                sink.lines());
    }

    @Test
    void theSeriesKeyFollowsTheDataStructureOrderWhenItIsKnown() throws HarvestFailure {
        String xml = GENERIC_HEAD + "<generic:Series><generic:SeriesKey><generic:Value id=\"COUNTERPART_AREA\" value=\"KZ\"/>"
                + "<generic:Value id=\"INDICATOR\" value=\"TXG_FOB_USD\"/><generic:Value id=\"REF_AREA\" value=\"BY\"/>"
                + "<generic:Value id=\"FREQ\" value=\"A\"/></generic:SeriesKey>"
                + "<generic:Attributes><generic:Value id=\"UNIT_MULT\" value=\"0\"/></generic:Attributes>" + obs("2016", "5", null)
                + "</generic:Series>" + GENERIC_TAIL;
        HarvestFixtures.RecordingSink sink = read(xml.getBytes(StandardCharsets.UTF_8), imfDot(URL),
                List.of("FREQ", "REF_AREA", "INDICATOR", "COUNTERPART_AREA"));
        assertEquals("A.BY.TXG_FOB_USD.KZ", sink.accepted.get(0).seriesKey());
    }

    @Test
    void anSdmxErrorMessageIsAFailureQuotingCodeAndText() {
        SdmxErrorFailure f = assertThrows(SdmxErrorFailure.class, () -> read(resource("imf-error-100.xml"), imfDot(URL), null));
        assertEquals(100, f.code());
        assertTrue(f.getMessage().startsWith("SDMX error 100: No Results Found - No observations match key"), f.getMessage());
        assertFalse(f.isTransient());
    }

    @Test
    void malformedXmlNamesItsLine() {
        String xml = GENERIC_HEAD + "<generic:Series><generic:SeriesKey><generic:Value id=\"FREQ\" value=\"M\">\n</generic:SeriesKey>"
                + "</generic:Series>" + GENERIC_TAIL;
        HarvestFailure f = assertThrows(HarvestFailure.class, () -> read(xml.getBytes(StandardCharsets.UTF_8), imfDot(URL), null));
        assertTrue(f.getMessage().startsWith("malformed SDMX-ML at line "), f.getMessage());
        int line = (int) xml.lines().takeWhile(l -> !l.contains("</generic:SeriesKey>")).count() + 1;
        assertTrue(f.getMessage().contains("at line " + line + ","), "line " + line + ": " + f.getMessage());
        assertFalse(f.isTransient());
    }

    @Test
    void aDocumentCutOffMidElementIsReportedAsCutOffAfterTheObservationsBeforeIt() {
        byte[] whole = resource("imf-dot-generic.xml");
        String text = new String(whole, StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(whole, text.indexOf("<generic:ObsValue value=\"52000\"") + 20);
        HarvestFixtures.RecordingSink sink = new HarvestFixtures.RecordingSink();
        HarvestFailure f = assertThrows(HarvestFailure.class, () -> new SdmxMlDataReader(null, null)
                .read(new ByteArrayInputStream(cut), new SdmxObservationMapper(imfDot(URL), sink), URL));
        assertTrue(f.getMessage().contains("before the SDMX-ML document was complete (cut off or unclosed"), f.getMessage());
        assertEquals(4, sink.accepted.size() + sink.rejected.size(), "the observations before the cut were read");
    }

    @Test
    void aStructureSpecificMessageNeedsTheDimensions() {
        HarvestFailure f = assertThrows(HarvestFailure.class, () -> read(resource("imf-dot-structurespecific.xml"), imfDot(URL), null));
        assertTrue(f.getMessage().contains("needs the data structure's dimensions"), f.getMessage());
    }

    @Test
    void aDocumentTypeDeclarationIsNotFollowed() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n" + GENERIC_HEAD.substring(GENERIC_HEAD.indexOf("<message:GenericData"))
                + series("A", "BY", "TXG_FOB_USD", "KZ", "0", obs("2018", "&e;", null)) + GENERIC_TAIL;
        assertThrows(HarvestFailure.class, () -> read(xml.getBytes(StandardCharsets.UTF_8), imfDot(URL), null));
    }

    static ProviderMapping withCountries(ProviderMapping m, CountryCodes c) {
        return new ProviderMapping(m.providerId(), m.kind(), m.url(), m.dataflow(), m.key(), m.dimensions(), m.flowCodes(),
                m.allGoodsCode(), c, m.currency(), m.multiplierAttribute(), m.multiplier(), m.statusCodes());
    }

    static final String GENERIC_HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <message:GenericData xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"
                xmlns:common="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common"
                xmlns:generic="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic">
            <message:Header><message:ID>T</message:ID><message:Test>true</message:Test><message:Prepared>2026-12-01T00:00:00Z</message:Prepared>
            <message:Sender id="IMF"/><message:Structure structureID="S" dimensionAtObservation="TIME_PERIOD">
            <common:Structure><Ref agencyID="IMF" id="DSD_DOT" version="1.0"/></common:Structure></message:Structure></message:Header>
            <message:DataSet structureRef="S">
            """;
    static final String GENERIC_TAIL = "</message:DataSet></message:GenericData>\n";

    static String series(String freq, String reporter, String indicator, String partner, String unitMult, String observations) {
        return "<generic:Series><generic:SeriesKey><generic:Value id=\"FREQ\" value=\"" + freq + "\"/>"
                + "<generic:Value id=\"REF_AREA\" value=\"" + reporter + "\"/><generic:Value id=\"INDICATOR\" value=\"" + indicator + "\"/>"
                + "<generic:Value id=\"COUNTERPART_AREA\" value=\"" + partner + "\"/></generic:SeriesKey>"
                + (unitMult == null ? "" : "<generic:Attributes><generic:Value id=\"UNIT_MULT\" value=\"" + unitMult + "\"/></generic:Attributes>")
                + observations + "</generic:Series>\n";
    }

    static String obs(String period, String value, String status) {
        return "<generic:Obs><generic:ObsDimension value=\"" + period + "\"/><generic:ObsValue value=\"" + value + "\"/>"
                + (status == null ? "" : "<generic:Attributes><generic:Value id=\"OBS_STATUS\" value=\"" + status + "\"/></generic:Attributes>")
                + "</generic:Obs>";
    }

    static String genericSeries(String reporter, String partner, String period, String value, String unitMult) {
        return GENERIC_HEAD + series("M", reporter, "TXG_FOB_USD", partner, unitMult, obs(period, value, null)) + GENERIC_TAIL;
    }

    @Test
    void theMapperCountsEveryObservation() {
        HarvestFixtures.RecordingSink sink = new HarvestFixtures.RecordingSink();
        SdmxObservationMapper m = new SdmxObservationMapper(imfDot(URL), sink);
        m.observation(Map.of("FREQ", "A", "REF_AREA", "BY", "INDICATOR", "TXG_FOB_USD", "COUNTERPART_AREA", "KZ"), "2018", "1", Map.of("UNIT_MULT", "0"));
        m.observation(Map.of("FREQ", "A", "REF_AREA", "BY", "INDICATOR", "TXG_FOB_USD", "COUNTERPART_AREA", "KZ"), "2018", "x", Map.of("UNIT_MULT", "0"));
        assertEquals(2, m.read());
        assertEquals(1, m.accepted());
        assertEquals(Flow.EXPORT, sink.accepted.get(0).flow());
        assertEquals(Qualifier.EXACT, sink.accepted.get(0).qualifier());
        assertTrue(sink.reasons.get(0).contains("value 'x' is not a number"), sink.reasons.toString());
    }
}
