package org.bilateral.trade.harvest.read;

import static org.bilateral.trade.harvest.read.HarvestFixtures.IMF_ACCEPTED;
import static org.bilateral.trade.harvest.read.HarvestFixtures.IMF_REJECTED;
import static org.bilateral.trade.harvest.read.HarvestFixtures.imfDot;
import static org.bilateral.trade.harvest.read.HarvestFixtures.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SdmxStructureSpecificReaderTest {

    static final String URL = "https://provider.example/sdmx/rest/data/IMF,DOT,latest/all";
    static final List<String> DOT_DIMENSIONS = List.of("FREQ", "REF_AREA", "INDICATOR", "COUNTERPART_AREA");

    static HarvestFixtures.RecordingSink read(String xml) throws HarvestFailure {
        HarvestFixtures.RecordingSink sink = new HarvestFixtures.RecordingSink();
        new SdmxMlDataReader(DOT_DIMENSIONS, "TIME_PERIOD").read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                new SdmxObservationMapper(imfDot(URL), sink), URL);
        return sink;
    }

    @Test
    void everyObservationOfAStructureSpecificMessageMapsLikeTheGenericOne() throws HarvestFailure {
        HarvestFixtures.RecordingSink sink = read(new String(resource("imf-dot-structurespecific.xml"), StandardCharsets.UTF_8));
        // the same observations as the generic message, in the same order; the quarterly series lists its
        // XML attributes backwards, and its key still follows the data structure
        assertEquals(IMF_ACCEPTED, sink.lines());
        assertEquals(IMF_REJECTED.keySet(), new HashSet<>(sink.rejected));
        IMF_REJECTED.forEach((locator, reason) -> assertTrue(sink.reason(locator).contains(reason), sink.reason(locator)));
    }

    static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <message:StructureSpecificData xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"
                xmlns:ss="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xmlns:ns1="urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=IMF:DSD_DOT(1.0):ObsLevelDim:TIME_PERIOD">
            <message:Header><message:ID>T</message:ID><message:Test>true</message:Test><message:Prepared>2026-12-01T00:00:00Z</message:Prepared>
            <message:Sender id="IMF"/></message:Header>
            """;

    @Test
    void aDatasetAttributeAppliesToEverySeriesAndAnObservationAttributeWins() throws HarvestFailure {
        String xml = HEAD + "<message:DataSet ss:structureRef=\"S\" xsi:type=\"ns1:DataSetType\" UNIT_MULT=\"3\">"
                + "<Series FREQ=\"A\" REF_AREA=\"BY\" INDICATOR=\"TXG_FOB_USD\" COUNTERPART_AREA=\"KZ\">"
                + "<Obs TIME_PERIOD=\"2016\" OBS_VALUE=\"1.25\"/><Obs TIME_PERIOD=\"2017\" OBS_VALUE=\"2.5\" UNIT_MULT=\"6\"/></Series>"
                + "</message:DataSet></message:StructureSpecificData>";
        HarvestFixtures.RecordingSink sink = read(xml);
        assertEquals(List.of("1250", "2500000"), sink.accepted.stream().map(o -> o.absolute().toPlainString()).toList());
    }

    @Test
    void flatObservationsCarryTheirDimensions() throws HarvestFailure {
        String xml = HEAD + "<message:DataSet ss:structureRef=\"S\" xsi:type=\"ns1:DataSetType\">"
                + "<Obs COUNTERPART_AREA=\"BY\" FREQ=\"Q\" REF_AREA=\"KZ\" INDICATOR=\"TMG_CIF_USD\" TIME_PERIOD=\"2019-Q2\" OBS_VALUE=\"77\" UNIT_MULT=\"6\" OBS_STATUS=\"P\"/>"
                + "</message:DataSet></message:StructureSpecificData>";
        HarvestFixtures.RecordingSink sink = read(xml);
        assertEquals(List.of("KZ BY IMPORT - 2019-04-01..2019-06-30 2019-Q2 77000000 77e6 USD APPROXIMATE Q.KZ.TMG_CIF_USD.BY Q.KZ.TMG_CIF_USD.BY@2019-Q2"),
                sink.lines());
    }

    @Test
    void anErrorMessageIsAnSdmxFailureHereToo() {
        SdmxErrorFailure f = assertThrows(SdmxErrorFailure.class, () -> read(new String(resource("imf-error-100.xml"), StandardCharsets.UTF_8)));
        assertEquals(100, f.code());
    }

    @Test
    void anUnclosedDocumentIsCutOff() {
        String xml = HEAD + "<message:DataSet ss:structureRef=\"S\"><Series FREQ=\"A\" REF_AREA=\"BY\" INDICATOR=\"TXG_FOB_USD\" COUNTERPART_AREA=\"KZ\" UNIT_MULT=\"0\">"
                + "<Obs TIME_PERIOD=\"2016\" OBS_VALUE=\"1\"/>";
        HarvestFailure f = assertThrows(HarvestFailure.class, () -> read(xml));
        assertTrue(f.getMessage().contains("before the SDMX-ML document was complete"), f.getMessage());
    }
}
