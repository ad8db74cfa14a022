package org.bilateral.ventures;

import java.util.List;
import org.bilateral.testsupport.LayerDependenciesContract;

class LayerDependenciesTest extends LayerDependenciesContract {

    LayerDependenciesTest() {
        super("org.bilateral.ventures", List.of("service", "seed", "config", "domain"), List.of("domain"));
    }
}
