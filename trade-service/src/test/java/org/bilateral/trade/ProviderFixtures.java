package org.bilateral.trade;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Provider bodies the provider and harvest tests send. */
final class ProviderFixtures {

    static final String PROVIDERS = "/api/v1/trade/providers";

    private ProviderFixtures() {
    }

    /** The example provider, under the given id. */
    static Map<String, Object> imfLike(String id) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("name", "IMF Direction of Trade");
        body.put("kind", "SDMX_REST_2_1");
        body.put("url", "https://provider.example/sdmx/rest");
        body.put("dataflow", new HashMap<>(Map.of("agency", "IMF", "id", "DOT", "version", "latest")));
        body.put("key", "M.BY+KZ.TXG_FOB_USD+TMG_CIF_USD.KZ+BY");
        body.put("dimensions", new HashMap<>(Map.of("reporter", "REF_AREA", "partner", "COUNTERPART_AREA", "flow", "INDICATOR",
                "frequency", "FREQ")));
        body.put("codes", new HashMap<>(Map.of("flow", new HashMap<>(Map.of("TXG_FOB_USD", "EXPORT", "TMG_CIF_USD", "IMPORT")),
                "countries", "ISO_ALPHA2")));
        body.put("unit", new HashMap<>(Map.of("currency", "USD", "multiplierAttribute", "UNIT_MULT")));
        body.put("schedule", "0 0 5 * * ?");
        return body;
    }

    /** A provider of this service's own SDMX structure (BILATERAL:TRADE 1.0) at the given REST root. */
    static Map<String, Object> bilateralSdmx(String id, String url, String key) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("name", "Statistics served as BILATERAL:TRADE");
        body.put("kind", "SDMX_REST_2_1");
        body.put("url", url);
        body.put("dataflow", Map.of("agency", "BILATERAL", "id", "TRADE", "version", "1.0"));
        body.put("key", key);
        body.put("dimensions", Map.of("reporter", "REPORTER", "partner", "PARTNER", "flow", "FLOW", "frequency", "FREQ",
                "commodity", "COMMODITY"));
        body.put("codes", Map.of("flow", Map.of("EXPORT", "EXPORT", "IMPORT", "IMPORT", "TURNOVER", "TURNOVER"), "countries", "ISO_ALPHA2",
                "allGoods", "_T", "status", Map.of(
                        // our own SDMX sends CL_OBS_STATUS (A normal, E estimated); the hand-written messages our qualifiers
                        "A", "EXACT", "E", "APPROXIMATE",
                        "EXACT", "EXACT", "APPROXIMATE", "APPROXIMATE", "AT_LEAST", "AT_LEAST", "MORE_THAN", "MORE_THAN")));
        body.put("unit", Map.of("currency", "USD", "multiplierAttribute", "UNIT_MULT"));
        return body;
    }

    static List<String> terminal() {
        return List.of("SUCCEEDED", "FAILED");
    }
}
