package org.bilateral.ventures;

import io.quarkus.test.common.QuarkusTestResource;
import org.bilateral.testsupport.EmbeddedPostgresResource;

/** Every test of this module runs against the shared embedded PostgreSQL. */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public class TestDatabase {
}
