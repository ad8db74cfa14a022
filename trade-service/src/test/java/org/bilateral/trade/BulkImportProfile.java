package org.bilateral.trade;

import java.util.HashMap;
import java.util.Map;
import org.bilateral.testsupport.IsolatedSchemaProfile;

/**
 * The import tests write many rows, so they get a schema of their own; a short connection idle
 * timeout lets them prove that an import's long final insert is not cut off by it.
 */
public class BulkImportProfile extends IsolatedSchemaProfile {

    static final String SCHEMA = "trade_import";
    static final int IDLE_TIMEOUT_SECONDS = 2;

    public BulkImportProfile() {
        super(SCHEMA);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.put("quarkus.http.idle-timeout", IDLE_TIMEOUT_SECONDS + "S");
        return overrides;
    }
}
