package org.bilateral.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Runs the service on a database schema of its own (migrated and seeded like the real one), for
 * tests that really execute whatever hostile or unauthorised writes get through: what they create
 * never shows up in the counts other test classes make. A module subclasses it with a schema name.
 */
public abstract class IsolatedSchemaProfile implements QuarkusTestProfile {

    private final String schema;

    protected IsolatedSchemaProfile(String schema) {
        this.schema = schema;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.flyway.schemas", schema,
                "quarkus.flyway.default-schema", schema,
                "quarkus.hibernate-orm.database.default-schema", schema,
                "quarkus.datasource.jdbc.additional-jdbc-properties.currentSchema", schema);
    }
}
