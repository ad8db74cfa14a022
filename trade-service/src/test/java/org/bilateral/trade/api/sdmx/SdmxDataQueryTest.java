package org.bilateral.trade.api.sdmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bilateral.trade.service.SdmxFigures;
import org.junit.jupiter.api.Test;

class SdmxDataQueryTest {

    private static SdmxDataQuery query(String start, String end, String firstN, String lastN, String dimension, String detail,
            String updatedAfter) {
        return new SdmxDataQuery(start, end, firstN, lastN, dimension, detail, updatedAfter);
    }

    private static SdmxException refused(SdmxDataQuery query, int code) {
        SdmxException e = assertThrows(SdmxException.class, query::parse);
        assertEquals(code, e.code());
        return e;
    }

    @Test
    void absentParametersMeanSeriesOverTimeInFullAndNoRestriction() {
        SdmxDataQuery.Parsed parsed = new SdmxDataQuery().parse();
        assertFalse(parsed.allDimensions());
        assertEquals(SdmxDetail.FULL, parsed.detail());
        assertNull(parsed.firstN());
        assertNull(parsed.start());
        assertNull(parsed.updatedAfter());
        assertEquals("", new SdmxDataQuery().periodText());
    }

    @Test
    void parametersAreTypedAndPeriodsExpandToTheirDays() {
        SdmxDataQuery.Parsed parsed = query("2018-S2", "2019-Q1", "2", "3", "AllDimensions", "serieskeysonly", "2026-01-01").parse();
        assertTrue(parsed.allDimensions());
        assertEquals(SdmxDetail.SERIESKEYSONLY, parsed.detail());
        assertEquals(2, parsed.firstN());
        assertEquals(3, parsed.lastN());
        assertEquals(LocalDate.parse("2018-07-01"), parsed.start());
        assertEquals(LocalDate.parse("2019-03-31"), parsed.end());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), parsed.updatedAfter());
    }

    @Test
    void theSelectionCarriesKeyProvidersAndParameters() {
        List<Set<String>> key = List.of(Set.of("BY"), Set.of("KZ"), Set.of(), Set.of("EXPORT"), Set.of(), Set.of("A"));
        SdmxFigures.Selection selection = query("2018", null, null, "1", null, null, null).parse().selection(key, Set.of("doc"));
        assertEquals(Set.of("BY"), selection.reporters());
        assertEquals(Set.of("EXPORT"), selection.flows());
        assertEquals(Set.of("doc"), selection.sources());
        assertEquals(LocalDate.parse("2018-01-01"), selection.startOnOrAfter());
        assertEquals(1, selection.lastN());
    }

    @Test
    void aCountMustBeAPositiveWholeNumberAndIsNamed() {
        assertTrue(refused(query(null, null, "0", null, null, null, null), 140).getMessage().startsWith("firstNObservations '0'"));
        assertTrue(refused(query(null, null, null, "x", null, null, null), 140).getMessage().startsWith("lastNObservations 'x'"));
    }

    @Test
    void detailIsMatchedInSdmxSpelling() {
        assertTrue(refused(query(null, null, null, null, null, "FULL", null), 140).getMessage().startsWith("detail 'FULL'"));
        assertEquals(SdmxDetail.NODATA, query(null, null, null, null, null, "nodata", null).parse().detail());
    }

    @Test
    void aDimensionOtherThanTimeAtObservationIsNotImplementedAndAnUnknownOneIsASyntaxError() {
        refused(query(null, null, null, null, "REPORTER", null, null), 501);
        assertTrue(refused(query(null, null, null, null, "PLANET", null, null), 140).getMessage().startsWith("dimensionAtObservation 'PLANET'"));
    }

    @Test
    void anEndBeforeTheStartIsASemanticError() {
        SdmxException e = refused(query("2019", "2018", null, null, null, null, null), 150);
        assertTrue(e.getMessage().contains("endPeriod 2018"), e.getMessage());
        assertEquals(" between 2019 and 2018", query("2019", "2018", null, null, null, null, null).periodText());
    }

    @Test
    void updatedAfterNeedsAnOffsetOrADate() {
        assertTrue(refused(query(null, null, null, null, null, null, "2026-01-01T00:00"), 140).getMessage().startsWith("updatedAfter"));
    }
}
