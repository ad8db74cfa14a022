package org.bilateral.trade;

import java.util.HashMap;
import java.util.Map;
import org.bilateral.testsupport.IsolatedSchemaProfile;

/**
 * Provider and harvest tests run on a schema of their own: their providers add sources, and harvested
 * figures (official, so preferred) would change what other test classes read. One provider is declared in
 * config, as Kubernetes would by env, to prove the API lists it read-only.
 */
public class HarvestProfile extends IsolatedSchemaProfile {

    public HarvestProfile() {
        super("trade_harvest");
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> o = new HashMap<>(super.getConfigOverrides());
        String p = "bilateral.trade.providers.cfg-stats.";
        o.put(p + "name", "Configured statistics office");
        o.put(p + "kind", "SDMX_REST_2_1");
        // never harvested by the tests: nothing listens there
        o.put(p + "url", "http://127.0.0.1:9/sdmx/rest");
        o.put(p + "dataflow.agency", "STAT");
        o.put(p + "dataflow.id", "TRADE");
        o.put(p + "dimensions.reporter", "REF_AREA");
        o.put(p + "dimensions.partner", "COUNTERPART_AREA");
        o.put(p + "dimensions.flow", "INDICATOR");
        o.put(p + "dimensions.frequency", "FREQ");
        o.put(p + "codes.flow.X", "EXPORT");
        o.put(p + "codes.flow.M", "IMPORT");
        o.put(p + "unit.multiplier", "6");
        return o;
    }
}
