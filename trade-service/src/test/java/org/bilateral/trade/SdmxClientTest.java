package org.bilateral.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import sdmxdl.Connection;
import sdmxdl.DatabaseRef;
import sdmxdl.FlowRef;
import sdmxdl.Key;
import sdmxdl.Languages;
import sdmxdl.Obs;
import sdmxdl.Query;
import sdmxdl.Series;
import sdmxdl.Structure;
import sdmxdl.web.SdmxWebManager;
import sdmxdl.web.WebSource;

/** sdmx-dl, a client nobody here wrote, reads the service as a custom SDMX 2.1 source through its RI driver. */
@QuarkusTest
class SdmxClientTest extends TestDatabase {

    @TestHTTPResource("/api/v1/trade/sdmx")
    URL endpoint;

    @Test
    void sdmxDlListsTheDataflowReadsTheStructureAndFetchesTheTurnoverSeries() throws Exception {
        WebSource source = WebSource.builder().id("BILATERAL").name("en", "Bilateral").driver("RI_SDMX21")
                .endpointOf(endpoint.toString()).build();
        SdmxWebManager manager = SdmxWebManager.ofServiceLoader();
        try (Connection connection = manager.getConnection(source, Languages.ANY)) {
            var flows = connection.getFlows(DatabaseRef.NO_DATABASE);
            assertEquals(List.of("TRADE"), flows.stream().map(f -> f.getRef().getId()).toList());
            FlowRef flow = FlowRef.of("BILATERAL", "TRADE", "1.0");
            Structure structure = connection.getStructure(DatabaseRef.NO_DATABASE, flow);
            assertEquals(List.of("REPORTER", "PARTNER", "REGION", "FLOW", "COMMODITY", "FREQ"),
                    structure.getDimensionList().stream().map(d -> d.getId()).toList());
            assertEquals("TIME_PERIOD", structure.getTimeDimensionId());
            assertTrue(structure.getDimensionList().get(3).getCodelist().getCodes().containsKey("TURNOVER"));

            List<Series> series = connection.getDataStream(DatabaseRef.NO_DATABASE, flow,
                    Query.builder().key(Key.parse("BY.KZ._T.TURNOVER._T.A")).build()).toList();
            assertEquals(1, series.size());
            Map<Integer, Double> byYear = new TreeMap<>();
            for (Obs o : series.get(0).getObs()) {
                byYear.put(o.getPeriod().getStart().getYear(), o.getValue());
            }
            // seeded: 2018 turnover 896.1 million USD (preferred over a rounder 896 from another source)
            assertEquals(Map.of(2018, 896.1), byYear);
            assertEquals("USD", series.get(0).getObs().first().getMeta().get("UNIT"));
            // the SDMX observation status a client understands (A: normal value), our qualifier beside it
            assertEquals("A", series.get(0).getObs().first().getMeta().get("OBS_STATUS"));
            assertEquals("EXACT", series.get(0).getObs().first().getMeta().get("QUALIFIER"));

            List<Series> halves = connection.getDataStream(DatabaseRef.NO_DATABASE, flow,
                    Query.builder().key(Key.parse("BY.KZ._T.TURNOVER._T.S")).build()).toList();
            Map<String, Double> byHalf = new TreeMap<>();
            halves.get(0).getObs().forEach(o -> byHalf.put(o.getPeriod().getStart().toLocalDate().toString(), o.getValue()));
            assertEquals(Map.of("2017-01-01", 294.6, "2019-01-01", 481.7), byHalf);
        }
    }
}
