package org.bilateral.trade;

import java.util.List;
import org.bilateral.testsupport.LayerDependenciesContract;

/**
 * Trade's layers below the api include the importer and the harvests; the wire records map the harvest entities (the
 * provider and its harvests live in harvest, not domain) and the config's provider declarations.
 */
class LayerDependenciesTest extends LayerDependenciesContract {

    LayerDependenciesTest() {
        super("org.bilateral.trade", List.of("service", "importing", "seed", "harvest", "config", "domain"), List.of("domain", "harvest", "config"));
    }

    /** The analytics and mirror services and the change feed still build their views: any wire record, no resource. */
    @Override
    protected boolean lowerLayersMayUse(String wireRecord) {
        return true;
    }
}
