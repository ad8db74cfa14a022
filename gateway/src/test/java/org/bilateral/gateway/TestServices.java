package org.bilateral.gateway;

import io.quarkus.test.common.QuarkusTestResource;

/** Every test of this module runs against the simulated downstream services. */
@QuarkusTestResource(FakeServices.class)
public class TestServices {
}
