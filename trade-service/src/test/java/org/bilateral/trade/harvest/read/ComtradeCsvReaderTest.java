package org.bilateral.trade.harvest.read;

import static org.bilateral.trade.harvest.read.HarvestFixtures.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.bilateral.trade.domain.Flow;
import org.junit.jupiter.api.Test;

class ComtradeCsvReaderTest {

    /** Every row of the Comtrade test file that maps, exactly as published (USD, units). */
    static final List<String> ACCEPTED = List.of(
            "BY KZ EXPORT - 2018-01-01..2018-12-31 2018 612345678.901234 612345678.901234e0 USD EXACT A.BLR.KAZ.X.TOTAL A.BLR.KAZ.X.TOTAL@2018",
            "KZ BY IMPORT - 2018-01-01..2018-12-31 2018 647000123.5 647000123.5e0 USD EXACT A.KAZ.BLR.M.TOTAL A.KAZ.BLR.M.TOTAL@2018",
            "BY KZ EXPORT 27 2018-01-01..2018-12-31 2018 1234567.89 1234567.89e0 USD EXACT A.BLR.KAZ.X.27 A.BLR.KAZ.X.27@2018",
            "BY KZ EXPORT - 2018-07-01..2018-07-31 2018-07 51000000 51000000e0 USD EXACT M.BLR.KAZ.X.TOTAL M.BLR.KAZ.X.TOTAL@2018-07");

    static HarvestFixtures.RecordingSink read(String csv, Map<String, Flow> flows) throws HarvestFailure {
        HarvestFixtures.RecordingSink sink = new HarvestFixtures.RecordingSink();
        long n = new ComtradeCsvReader(flows, 65536).read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test.csv", sink);
        assertEquals(sink.accepted.size() + sink.rejected.size(), n);
        return sink;
    }

    @Test
    void everyRowOfAComtradeFileMapsOrIsRejectedWithItsReason() throws HarvestFailure {
        HarvestFixtures.RecordingSink sink = read(new String(resource("comtrade.csv"), StandardCharsets.UTF_8), null);
        assertEquals(ACCEPTED, sink.lines());
        assertEquals(4, sink.rejected.size(), sink.reasons.toString());
        assertTrue(sink.reasons.get(0).contains("line 6: flow code RX is not mapped: total exports (X) include re-exports"), sink.reasons.get(0));
        assertTrue(sink.reasons.get(1).contains("line 7: partner W00 is not a country"), sink.reasons.get(1));
        assertTrue(sink.reasons.get(2).contains("line 8: a breakdown"), sink.reasons.get(2));
        assertTrue(sink.reasons.get(3).contains("line 9: no primaryValue"), sink.reasons.get(3));
    }

    @Test
    void numericCodesRefYearAndTheLegacyHeaderRead() throws HarvestFailure {
        String csv = "Classification,Year,Period,Trade Flow Code,Reporter Code,Partner Code,Commodity Code,Trade Value (US$)\r\n"
                + "HS,2017,2017,2,112,398,TOTAL,100\r\n"
                + "HS,2017,2017,1,842,251,TOTAL,200\r\n"
                + "HS,2017,2017,3,112,398,TOTAL,300\r\n";
        HarvestFixtures.RecordingSink sink = read(csv, null);
        assertEquals(List.of("BY KZ EXPORT 100", "US FR IMPORT 200"),
                sink.accepted.stream().map(o -> o.reporter() + " " + o.partner() + " " + o.flow() + " " + o.absolute().toPlainString()).toList());
        assertTrue(sink.reasons.get(0).contains("RX is not mapped"), sink.reasons.toString());

        String byRef = "freqCode,refYear,refMonth,reporterCode,partnerCode,flowCode,cmdCode,primaryValue\n"
                + "M,2019,3,112,398,M,TOTAL,5.5\nA,2019,52,112,398,M,TOTAL,66\n";
        sink = read(byRef, null);
        assertEquals(List.of("2019-03", "2019"), sink.accepted.stream().map(OfficialObservation::periodLabel).toList());
    }

    @Test
    void reExportsMapWhenTheProviderSaysSo() throws HarvestFailure {
        String csv = "period,reporterISO,partnerISO,flowCode,cmdCode,primaryValue\n2018,BLR,KAZ,RX,TOTAL,7\n";
        assertEquals(Flow.EXPORT, read(csv, Map.of("X", Flow.EXPORT, "RX", Flow.EXPORT)).accepted.get(0).flow());
    }

    @Test
    void aHeaderWithoutTheNeededColumnsAndMalformedCsvFailTheRead() {
        HarvestFailure f = assertThrows(HarvestFailure.class, () -> read("period,reporterISO,flowCode\n2018,BLR,X\n", null));
        assertTrue(f.getMessage().contains("lacks the column(s) partnerISO (or partnerCode) cmdCode primaryValue"), f.getMessage());
        HarvestFailure q = assertThrows(HarvestFailure.class,
                () -> read("period,reporterISO,partnerISO,flowCode,cmdCode,primaryValue\n2018,BLR,KAZ,X,TOTAL,1\n2018,\"BLR,KAZ,X,TOTAL,2\n", null));
        assertTrue(q.getMessage().startsWith("malformed CSV at line 3: a quoted field is not closed"), q.getMessage());
        HarvestFailure empty = assertThrows(HarvestFailure.class, () -> read("", null));
        assertTrue(empty.getMessage().contains("no header row"), empty.getMessage());
    }
}
