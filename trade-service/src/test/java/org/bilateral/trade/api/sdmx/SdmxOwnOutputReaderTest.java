package org.bilateral.trade.api.sdmx;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilateral.trade.domain.Flow;
import org.bilateral.trade.domain.ProviderKind;
import org.bilateral.trade.domain.Qualifier;
import org.bilateral.trade.harvest.read.CountryCodes;
import org.bilateral.trade.harvest.read.HarvestFailure;
import org.bilateral.trade.harvest.read.ObservationSink;
import org.bilateral.trade.harvest.read.OfficialObservation;
import org.bilateral.trade.harvest.read.ProviderMapping;
import org.bilateral.trade.harvest.read.SdmxJsonDataReader;
import org.bilateral.trade.harvest.read.SdmxMlDataReader;
import org.bilateral.trade.harvest.read.SdmxObservationMapper;
import org.bilateral.trade.harvest.read.SdmxStructure;
import org.bilateral.trade.harvest.read.SdmxStructureCheck;
import org.bilateral.trade.service.SdmxFigures.Observation;
import org.junit.jupiter.api.Test;

/**
 * The harvest's SDMX readers read what this service's own /sdmx writes (generic, structure-specific, SDMX-JSON,
 * series and flat), and its structure message fits the mapping a harvest of another trade-service would use.
 */
class SdmxOwnOutputReaderTest {

    static final String URL = "http://bilateral.example/api/v1/trade/sdmx/data/BILATERAL,TRADE,1.0/all";

    /** How one trade-service harvests another: our codes map to themselves. */
    static final ProviderMapping OURS = new ProviderMapping("peer", ProviderKind.SDMX_REST_2_1, "http://bilateral.example/api/v1/trade/sdmx",
            new ProviderMapping.Dataflow("BILATERAL", "TRADE", "1.0"), "..._T...",
            new ProviderMapping.Dimensions("REPORTER", "PARTNER", "FLOW", "FREQ", "COMMODITY"),
            Map.of("EXPORT", Flow.EXPORT, "IMPORT", Flow.IMPORT, "TURNOVER", Flow.TURNOVER), "_T", CountryCodes.ISO_ALPHA2, "USD",
            // OBS_STATUS carries the cross-domain CL_OBS_STATUS: A normal, E estimated (bounds included)
            "UNIT_MULT", null, Map.of("A", Qualifier.EXACT, "E", Qualifier.APPROXIMATE));

    static final List<Observation> FIGURES = List.of(
            new Observation(1, "BY", "KZ", "_T", "EXPORT", "_T", "A", LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31),
                    new BigDecimal("612.3"), "USD", 6, "EXACT", "s1", 1),
            new Observation(2, "BY", "KZ", "_T", "EXPORT", "_T", "_O", LocalDate.of(2018, 3, 5), LocalDate.of(2018, 3, 14),
                    new BigDecimal("40"), "USD", 6, "MORE_THAN", "s1", 1),
            new Observation(3, "BY", "KZ", "_T", "IMPORT", "27", "M", LocalDate.of(2018, 7, 1), LocalDate.of(2018, 7, 31),
                    new BigDecimal("1.5"), "USD", 9, "APPROXIMATE", "s2", 1),
            new Observation(4, "BY", "KZ", "_T", "TURNOVER", "_T", "M2", LocalDate.of(2018, 1, 1), LocalDate.of(2018, 2, 28),
                    new BigDecimal("200"), "USD", 6, "EXACT", "s2", 1),
            new Observation(5, "KZ", "BY", "_T", "EXPORT", "_T", "S", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 6, 30),
                    new BigDecimal("123.456789"), "USD", 6, "AT_LEAST", "s3", 1));

    static final List<String> EXPECTED = List.of(
            "BY KZ EXPORT - 2018-01-01..2018-12-31 2018 612300000 AT EXACT BY.KZ._T.EXPORT._T.A",
            "BY KZ EXPORT - 2018-03-05..2018-03-14 2018-03-05..2018-03-14 40000000 AT APPROXIMATE BY.KZ._T.EXPORT._T._O",
            "BY KZ IMPORT 27 2018-07-01..2018-07-31 2018-07 1500000000 AT APPROXIMATE BY.KZ._T.IMPORT.27.M",
            "BY KZ TURNOVER - 2018-01-01..2018-02-28 2018-01..2018-02 200000000 AT EXACT BY.KZ._T.TURNOVER._T.M2",
            "KZ BY EXPORT - 2019-01-01..2019-06-30 2019-H1 123456789 AT APPROXIMATE KZ.BY._T.EXPORT._T.S");

    static final List<String> DIMENSIONS = SdmxModel.DIMENSIONS.stream().map(SdmxModel.Component::id).toList();

    static final class Lines implements ObservationSink {
        final List<String> lines = new ArrayList<>();
        final List<String> rejected = new ArrayList<>();

        @Override
        public void accept(OfficialObservation o) {
            lines.add(o.reporter() + " " + o.partner() + " " + o.flow() + " " + (o.commodity() == null ? "-" : o.commodity()) + " "
                    + o.periodStart() + ".." + o.periodEnd() + " " + o.periodLabel() + " " + o.absolute().toPlainString() + " AT "
                    + o.qualifier() + " " + o.seriesKey());
        }

        @Override
        public void reject(String seriesKey, String period, String reason) {
            rejected.add(seriesKey + "@" + period + ": " + reason);
        }
    }

    static Lines xml(byte[] message, List<String> dims) throws HarvestFailure {
        Lines sink = new Lines();
        new SdmxMlDataReader(dims, null).read(new ByteArrayInputStream(message), new SdmxObservationMapper(OURS, sink), URL);
        assertEquals(List.of(), sink.rejected);
        return sink;
    }

    static Lines json(byte[] message) throws HarvestFailure {
        Lines sink = new Lines();
        new SdmxJsonDataReader().read(() -> new ByteArrayInputStream(message), new SdmxObservationMapper(OURS, sink), URL);
        assertEquals(List.of(), sink.rejected);
        return sink;
    }

    @Test
    void ourGenericOutputReadsBackValueForValue() throws Exception {
        for (boolean flat : new boolean[] {false, true}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new SdmxGenericData().write(new SdmxDataMessage(FIGURES, flat, SdmxDetail.FULL), out);
            assertEquals(EXPECTED, xml(out.toByteArray(), null).lines, flat ? "AllDimensions" : "series");
        }
    }

    @Test
    void ourStructureSpecificOutputReadsBackValueForValue() throws Exception {
        for (boolean flat : new boolean[] {false, true}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new SdmxStructureSpecificData().write(new SdmxDataMessage(FIGURES, flat, SdmxDetail.FULL), out);
            assertEquals(EXPECTED, xml(out.toByteArray(), DIMENSIONS).lines, flat ? "AllDimensions" : "series");
        }
    }

    @Test
    void ourSdmxJsonOutputReadsBackValueForValue() throws Exception {
        for (boolean flat : new boolean[] {false, true}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new SdmxJsonData().write(new SdmxDataMessage(FIGURES, flat, SdmxDetail.FULL, Map.of(), URL), out);
            assertEquals(EXPECTED, json(out.toByteArray()).lines, flat ? "AllDimensions" : "series");
        }
    }

    @Test
    void ourStructureMessageFitsTheMappingOfAPeerHarvest() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, SdmxModel.Codelist> codelists = SdmxModel.codelists(new org.bilateral.trade.service.SdmxFigures.Codes(
                List.of("BY", "KZ"), List.of(), List.of("27"), List.of("A", "M"), List.of("USD"), List.of("6", "9"), new LinkedHashMap<>()));
        SdmxStructureWriter.write(out, new SdmxStructureWriter.Contents(true, true, true, codelists.keySet()), codelists);
        SdmxStructure s = SdmxStructure.read(new ByteArrayInputStream(out.toByteArray()), URL);
        SdmxStructure.DataStructure dsd = SdmxStructureCheck.dataStructure(s, OURS.dataflow());
        assertEquals(DIMENSIONS, dsd.keyOrder());
        assertTrue(dsd.attributes().contains("UNIT_MULT"));
        assertDoesNotThrow(() -> SdmxStructureCheck.check(s, dsd, OURS, "BILATERAL:TRADE(1.0)"));
    }
}
