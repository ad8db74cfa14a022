package org.bilateral.trade;

import org.bilateral.testsupport.IsolatedSchemaProfile;

/** The import tests load tens of thousands of figures; on a schema of their own they never change what other tests read. */
public class BulkImportProfile extends IsolatedSchemaProfile {

    public BulkImportProfile() {
        super("trade_import");
    }
}
