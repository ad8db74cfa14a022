package org.bilateral.agreements;

import java.util.List;
import org.bilateral.testsupport.LayerDependenciesContract;

class LayerDependenciesTest extends LayerDependenciesContract {

    LayerDependenciesTest() {
        super("org.bilateral.agreements", List.of("service", "seed", "config", "domain"), List.of("domain"));
    }
}
