package org.bilateral.trade.harvest.read;

import static org.bilateral.trade.harvest.read.HarvestFixtures.imfDot;
import static org.bilateral.trade.harvest.read.HarvestFixtures.resource;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bilateral.trade.domain.Flow;
import org.junit.jupiter.api.Test;

class SdmxStructureReaderTest {

    static final String URL = "https://provider.example/sdmx/rest/dataflow/IMF/DOT/latest?references=all";

    static SdmxStructure dot() throws HarvestFailure {
        return SdmxStructure.read(new ByteArrayInputStream(resource("imf-dot-structure.xml")), URL);
    }

    @Test
    void readsTheDataflowItsDataStructureAndTheCodeLists() throws HarvestFailure {
        SdmxStructure s = dot();
        SdmxStructure.DataStructure dsd = SdmxStructureCheck.dataStructure(s, new ProviderMapping.Dataflow("IMF", "DOT", "latest"));
        assertNotNull(dsd);
        assertEquals("IMF:DSD_DOT(1.0)", dsd.ref().toString());
        assertEquals(List.of("FREQ", "REF_AREA", "INDICATOR", "COUNTERPART_AREA"), dsd.keyOrder());
        assertEquals("TIME_PERIOD", dsd.timeDimension());
        assertEquals(Set.of("UNIT_MULT", "TIME_FORMAT", "OBS_STATUS"), dsd.attributes());
        assertEquals("IMF:CL_INDICATOR_DOT(1.0)", dsd.dimension("INDICATOR").codelist().toString());
        assertEquals(Set.of("TXG_FOB_USD", "TMG_CIF_USD", "TMG_FOB_USD", "TBG_USD"), s.codes(dsd.dimension("INDICATOR").codelist()));
        assertEquals(Set.of("BY", "KZ", "RU", "W00"), s.codes(dsd.dimension("COUNTERPART_AREA").codelist()));
    }

    @Test
    void theIssueExampleMappingFitsTheStructure() throws HarvestFailure {
        SdmxStructure s = dot();
        SdmxStructure.DataStructure dsd = SdmxStructureCheck.dataStructure(s, new ProviderMapping.Dataflow("IMF", "DOT", "latest"));
        assertDoesNotThrow(() -> SdmxStructureCheck.check(s, dsd, imfDot(URL), "IMF:DOT(latest)"));
    }

    @Test
    void aMissingDimensionAttributeOrCodeIsNamedEveryOneOfThem() throws HarvestFailure {
        SdmxStructure s = dot();
        SdmxStructure.DataStructure dsd = SdmxStructureCheck.dataStructure(s, new ProviderMapping.Dataflow("IMF", "DOT", "latest"));
        ProviderMapping m = imfDot(URL);
        ProviderMapping wrong = new ProviderMapping(m.providerId(), m.kind(), m.url(), m.dataflow(), m.key(),
                new ProviderMapping.Dimensions("REF_AREA", "PARTNER_AREA", "INDICATOR", "FREQ", "COMMODITY"),
                Map.of("TXG_FOB_USD", Flow.EXPORT, "TMG_CIF_USD_X", Flow.IMPORT), "TOTAL", m.countries(), m.currency(), "SCALE", null,
                m.statusCodes());
        HarvestFailure f = assertThrows(HarvestFailure.class, () -> SdmxStructureCheck.check(s, dsd, wrong, "IMF:DOT(latest)"));
        String msg = f.getMessage();
        assertTrue(msg.contains("dimension PARTNER_AREA (partner) is not in IMF:DSD_DOT(1.0), whose dimensions are FREQ, REF_AREA, INDICATOR, COUNTERPART_AREA"), msg);
        assertTrue(msg.contains("dimension COMMODITY (commodity) is not in IMF:DSD_DOT(1.0)"), msg);
        assertTrue(msg.contains("attribute SCALE (unit multiplier) is not in IMF:DSD_DOT(1.0)"), msg);
        assertTrue(msg.contains("flow code TMG_CIF_USD_X is not in code list IMF:CL_INDICATOR_DOT(1.0) of dimension INDICATOR"), msg);
        assertTrue(!msg.contains("flow code TXG_FOB_USD "), "codes that exist are not named: " + msg);
    }

    @Test
    void anAllGoodsCodeMissingFromTheCommodityCodeListIsNamed() throws HarvestFailure {
        // the DOT structure has no commodity dimension; give INDICATOR the commodity role to reach its code list
        SdmxStructure s = dot();
        SdmxStructure.DataStructure dsd = SdmxStructureCheck.dataStructure(s, new ProviderMapping.Dataflow("IMF", "DOT", "latest"));
        ProviderMapping m = imfDot(URL);
        ProviderMapping allGoods = new ProviderMapping(m.providerId(), m.kind(), m.url(), m.dataflow(), m.key(),
                new ProviderMapping.Dimensions("REF_AREA", "COUNTERPART_AREA", "INDICATOR", "FREQ", "INDICATOR"), m.flowCodes(), "_T",
                m.countries(), m.currency(), m.multiplierAttribute(), null, m.statusCodes());
        HarvestFailure f = assertThrows(HarvestFailure.class, () -> SdmxStructureCheck.check(s, dsd, allGoods, "IMF:DOT(latest)"));
        assertTrue(f.getMessage().contains("all-goods code _T is not in code list IMF:CL_INDICATOR_DOT(1.0)"), f.getMessage());
    }

    @Test
    void aDataMessageIsNotAStructure() {
        HarvestFailure f = assertThrows(HarvestFailure.class,
                () -> SdmxStructure.read(new ByteArrayInputStream(resource("imf-dot-generic.xml")), URL));
        assertTrue(f.getMessage().contains("not an SDMX-ML 2.1 structure message: its root element is GenericData"), f.getMessage());
        SdmxErrorFailure e = assertThrows(SdmxErrorFailure.class,
                () -> SdmxStructure.read(new ByteArrayInputStream(resource("imf-error-100.xml")), URL));
        assertEquals(100, e.code());
        String cut = new String(resource("imf-dot-structure.xml"), StandardCharsets.UTF_8);
        HarvestFailure c = assertThrows(HarvestFailure.class, () -> SdmxStructure.read(
                new ByteArrayInputStream(cut.substring(0, cut.length() / 2).getBytes(StandardCharsets.UTF_8)), URL));
        assertTrue(c.getMessage().contains("cut off"), c.getMessage());
    }
}
