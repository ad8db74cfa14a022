package org.bilateral.trade;

import java.util.List;
import org.bilateral.testsupport.LayerDependenciesContract;

/** Trade's layers below the api include the bulk importer and the harvests (with their readers, harvest.read). */
class LayerDependenciesTest extends LayerDependenciesContract {

    LayerDependenciesTest() {
        super("org.bilateral.trade", List.of("service", "importing", "seed", "harvest", "config", "domain"), List.of("domain"));
    }
}
