package org.bilateral.ventures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.bilateral.testsupport.UnreachableDatabaseContract;
import org.bilateral.testsupport.UnreachableDatabaseProfile;

/** With its database unreachable the service stays alive, reports itself not ready, and reads fail fast as 503 problems. */
@QuarkusTest
@TestProfile(UnreachableDatabaseProfile.class)
class ReadinessWithoutDatabaseTest extends UnreachableDatabaseContract {

    ReadinessWithoutDatabaseTest() {
        super("/api/v1/ventures");
    }
}
