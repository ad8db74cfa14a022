package org.bilateral.agreements;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.bilateral.testsupport.DatabaseRecoveryContract;
import org.bilateral.testsupport.RestartableDatabaseProfile;

/** PostgreSQL stopped or killed under the running service: prompt 503s, readiness down, recovery without a restart. */
@QuarkusTest
@TestProfile(RestartableDatabaseProfile.class)
class DatabaseRecoveryTest extends DatabaseRecoveryContract {

    DatabaseRecoveryTest() {
        super(AgreementFixtures.AGREEMENTS);
    }

    @Override
    protected Object newRecord() {
        return AgreementFixtures.validAgreement();
    }
}
