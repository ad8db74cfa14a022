package org.bilateral.trade;

import java.util.HashMap;
import java.util.Map;
import org.bilateral.testsupport.IsolatedSchemaProfile;

/**
 * The import tests write many rows, so they get a schema of their own; a short connection idle
 * timeout and a short database socket timeout let them prove that an import's long final insert
 * is cut off by neither.
 */
public class BulkImportProfile extends IsolatedSchemaProfile {

    static final String SCHEMA = "trade_import";
    /** Both the HTTP idle timeout and the JDBC socket timeout, in seconds. */
    static final int IDLE_TIMEOUT_SECONDS = 2;

    public BulkImportProfile() {
        super(SCHEMA);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.put("quarkus.http.idle-timeout", IDLE_TIMEOUT_SECONDS + "S");
        overrides.put("quarkus.datasource.jdbc.additional-jdbc-properties.socketTimeout", Integer.toString(IDLE_TIMEOUT_SECONDS));
        return overrides;
    }
}
