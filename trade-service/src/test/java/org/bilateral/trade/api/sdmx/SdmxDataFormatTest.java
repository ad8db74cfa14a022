package org.bilateral.trade.api.sdmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bilateral.trade.service.SdmxFigures.Observation;
import org.junit.jupiter.api.Test;

/** Each SDMX data format on its own: which media type picks it, and what it writes for each detail. */
class SdmxDataFormatTest {

    private static final List<Observation> TWO_SERIES = List.of(
            new Observation(1, "BY", "KZ", "_T", "EXPORT", "_T", "A", LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31),
                    new BigDecimal("612.3"), "USD", 6, "EXACT", "s1", 1),
            new Observation(2, "BY", "KZ", "_T", "EXPORT", "_T", "A", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31),
                    new BigDecimal("700"), "USD", 6, "APPROXIMATE", "s,2", 1),
            new Observation(3, "BY", "KZ", "_T", "IMPORT", "_T", "A", LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31),
                    new BigDecimal("1.5"), "USD", 9, "EXACT", "s1", 1));

    private static String write(SdmxDataFormat format, boolean flat, SdmxDetail detail) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(new SdmxDataMessage(TWO_SERIES, flat, detail, Map.of(), "http://bilateral.example/sdmx/data/TRADE"), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eachMediaTypePicksItsFormatAndPlainXmlIsGeneric() {
        assertInstanceOf(SdmxGenericData.class, SdmxDataFormat.of(SdmxMediaTypes.GENERIC));
        assertInstanceOf(SdmxGenericData.class, SdmxDataFormat.of(SdmxMediaTypes.XML));
        assertInstanceOf(SdmxStructureSpecificData.class, SdmxDataFormat.of(SdmxMediaTypes.STRUCTURE_SPECIFIC));
        assertInstanceOf(SdmxCsvData.class, SdmxDataFormat.of(SdmxMediaTypes.CSV));
        assertInstanceOf(SdmxJsonData.class, SdmxDataFormat.of(SdmxMediaTypes.JSON));
    }

    @Test
    void xmlIsAnsweredInUtf8AndOnlyJsonNeedsTheCodeLists() {
        assertEquals(SdmxMediaTypes.GENERIC + ";charset=UTF-8", SdmxDataFormat.of(SdmxMediaTypes.GENERIC).contentType(SdmxMediaTypes.GENERIC));
        assertEquals(SdmxMediaTypes.CSV, SdmxDataFormat.of(SdmxMediaTypes.CSV).contentType(SdmxMediaTypes.CSV));
        assertTrue(SdmxDataFormat.of(SdmxMediaTypes.JSON).namesCodes());
        assertFalse(SdmxDataFormat.of(SdmxMediaTypes.CSV).namesCodes());
    }

    @Test
    void csvHasOneLinePerObservationWithAttributesAndQuotesCellsWithCommas() throws IOException {
        assertEquals("""
                DATAFLOW,REPORTER,PARTNER,REGION,FLOW,COMMODITY,FREQ,TIME_PERIOD,OBS_VALUE,UNIT,UNIT_MULT,OBS_STATUS,QUALIFIER,SOURCE\r
                BILATERAL:TRADE(1.0),BY,KZ,_T,EXPORT,_T,A,2018,612.3,USD,6,A,EXACT,s1\r
                BILATERAL:TRADE(1.0),BY,KZ,_T,EXPORT,_T,A,2019,700,USD,6,E,APPROXIMATE,"s,2"\r
                BILATERAL:TRADE(1.0),BY,KZ,_T,IMPORT,_T,A,2018,1.5,USD,9,A,EXACT,s1\r
                """, write(new SdmxCsvData(), false, SdmxDetail.FULL));
    }

    @Test
    void csvWithSeriesKeysOnlyHasOneLinePerSeriesAndNoValues() throws IOException {
        assertEquals("""
                DATAFLOW,REPORTER,PARTNER,REGION,FLOW,COMMODITY,FREQ\r
                BILATERAL:TRADE(1.0),BY,KZ,_T,EXPORT,_T,A\r
                BILATERAL:TRADE(1.0),BY,KZ,_T,IMPORT,_T,A\r
                """, write(new SdmxCsvData(), false, SdmxDetail.SERIESKEYSONLY));
    }

    @Test
    void genericDataGroupsObservationsIntoSeriesUnlessFlat() throws IOException {
        String series = write(new SdmxGenericData(), false, SdmxDetail.FULL);
        assertEquals(2, count(series, "<gen:Series>"));
        assertEquals(3, count(series, "<gen:Obs>"));
        assertTrue(series.contains("dimensionAtObservation=\"TIME_PERIOD\""), series);
        String flat = write(new SdmxGenericData(), true, SdmxDetail.FULL);
        assertEquals(0, count(flat, "<gen:Series>"));
        assertEquals(3, count(flat, "<gen:ObsKey>"));
        assertTrue(flat.contains("dimensionAtObservation=\"AllDimensions\""), flat);
    }

    @Test
    void dataOnlyLeavesTheAttributesOutAndSeriesKeysOnlyTheObservations() throws IOException {
        String dataOnly = write(new SdmxStructureSpecificData(), false, SdmxDetail.DATAONLY);
        assertTrue(dataOnly.contains("OBS_VALUE=\"612.3\""), dataOnly);
        assertFalse(dataOnly.contains("QUALIFIER="), dataOnly);
        String keysOnly = write(new SdmxStructureSpecificData(), false, SdmxDetail.SERIESKEYSONLY);
        assertEquals(2, count(keysOnly, "<Series "));
        assertEquals(0, count(keysOnly, "<Obs "));
    }

    @Test
    void jsonIndexesEachValueOnceAndLinksTheRequest() throws IOException {
        String json = write(new SdmxJsonData(), false, SdmxDetail.FULL);
        // series keys are indexes into the dimension values: EXPORT is FLOW value 0, IMPORT value 1
        assertTrue(json.contains("\"0:0:0:0:0:0\""), json);
        assertTrue(json.contains("\"0:0:0:1:0:0\""), json);
        assertTrue(json.contains("\"href\":\"http://bilateral.example/sdmx/data/TRADE\""), json);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
