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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SdmxJsonReaderTest {

    static final String URL = "https://provider.example/sdmx/rest/data/IMF,DOT,latest/all";

    static HarvestFixtures.RecordingSink read(String json, AtomicInteger opens) throws HarvestFailure {
        HarvestFixtures.RecordingSink sink = new HarvestFixtures.RecordingSink();
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        new SdmxJsonDataReader().read(() -> {
            opens.incrementAndGet();
            return new ByteArrayInputStream(bytes);
        }, new SdmxObservationMapper(imfDot(URL), sink), URL);
        return sink;
    }

    @Test
    void everyObservationOfAnSdmxJsonMessageMapsLikeTheXmlOnes() throws HarvestFailure {
        AtomicInteger opens = new AtomicInteger();
        HarvestFixtures.RecordingSink sink = read(new String(resource("imf-dot.json"), StandardCharsets.UTF_8), opens);
        assertEquals(IMF_ACCEPTED, sink.lines());
        assertEquals(IMF_REJECTED.keySet(), new HashSet<>(sink.rejected));
        IMF_REJECTED.forEach((locator, reason) -> assertTrue(sink.reason(locator).contains(reason), sink.reason(locator)));
        assertEquals(1, opens.get(), "structure before the data: one pass");
    }

    @Test
    void dataBeforeTheStructureIsReadInASecondPassWithTheSameResult() throws HarvestFailure {
        String json = new String(resource("imf-dot.json"), StandardCharsets.UTF_8);
        int s = json.indexOf("\"structure\":");
        int d = json.indexOf("\"dataSets\":");
        int end = json.lastIndexOf('}');
        String structure = json.substring(s, d).trim();
        structure = structure.substring(0, structure.length() - 1); // its trailing comma
        String dataSets = json.substring(d, end).trim();
        String swapped = json.substring(0, s) + dataSets + ",\n  " + structure + "\n}";
        assertTrue(swapped.indexOf("\"dataSets\"") < swapped.indexOf("\"structure\""));
        AtomicInteger opens = new AtomicInteger();
        HarvestFixtures.RecordingSink sink = read(swapped, opens);
        assertEquals(IMF_ACCEPTED, sink.lines());
        assertEquals(3, sink.rejected.size());
        assertEquals(2, opens.get());
    }

    @Test
    void flatObservationsWithAllDimensionsRead() throws HarvestFailure {
        String json = """
                {"dataSets": [{"observations": {"0:0:0:0:0": ["99.5", 0]}}],
                 "structure": {"dimensions": {"series": [], "observation": [
                    {"id": "FREQ", "keyPosition": 0, "values": [{"id": "A"}]},
                    {"id": "REF_AREA", "keyPosition": 1, "values": [{"id": "BY"}]},
                    {"id": "INDICATOR", "keyPosition": 2, "values": [{"id": "TMG_CIF_USD"}]},
                    {"id": "COUNTERPART_AREA", "keyPosition": 3, "values": [{"id": "KZ"}]},
                    {"id": "TIME_PERIOD", "role": "time", "values": [{"id": "2015"}]}]},
                  "attributes": {"observation": [{"id": "UNIT_MULT", "values": [{"id": "3"}]}]}}}
                """;
        HarvestFixtures.RecordingSink sink = read(json, new AtomicInteger());
        assertEquals(List.of("BY KZ IMPORT - 2015-01-01..2015-12-31 2015 99500 99.5e3 USD EXACT A.BY.TMG_CIF_USD.KZ A.BY.TMG_CIF_USD.KZ@2015"),
                sink.lines());
    }

    @Test
    void sdmxJsonErrorsAreAnSdmxFailure() {
        String json = "{\"header\": {\"id\": \"x\"}, \"errors\": [{\"code\": 100, \"title\": \"No Results Found\"}]}";
        SdmxErrorFailure f = assertThrows(SdmxErrorFailure.class, () -> read(json, new AtomicInteger()));
        assertEquals(100, f.code());
        assertTrue(f.getMessage().contains("No Results Found"), f.getMessage());
    }

    @Test
    void aCutOffDocumentAndMalformedJsonAreFailuresWithWhereTheyBroke() {
        String json = new String(resource("imf-dot.json"), StandardCharsets.UTF_8);
        String cut = json.substring(0, json.indexOf("\"2:0:0:0\""));
        HarvestFailure f = assertThrows(HarvestFailure.class, () -> read(cut, new AtomicInteger()));
        assertTrue(f.getMessage().contains("before the SDMX-JSON document was complete"), f.getMessage());

        String bad = json.replace("\"1:0:0:0\": {", "\"1:0:0:0\" {");
        f = assertThrows(HarvestFailure.class, () -> read(bad, new AtomicInteger()));
        int line = (int) json.lines().takeWhile(l -> !l.contains("\"1:0:0:0\"")).count() + 1;
        assertTrue(f.getMessage().startsWith("malformed SDMX-JSON at line " + line + ","), line + ": " + f.getMessage());
    }

    @Test
    void aKeyNamingAValueTheStructureLacksIsMalformed() {
        String json = new String(resource("imf-dot.json"), StandardCharsets.UTF_8).replace("\"3:1:0:1\"", "\"9:1:0:1\"");
        HarvestFailure f = assertThrows(HarvestFailure.class, () -> read(json, new AtomicInteger()));
        assertTrue(f.getMessage().contains("names value 9 of FREQ"), f.getMessage());
    }
}
