package org.bilateral.trade;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.bilateral.testsupport.AuthorizationMatrixContract;
import org.junit.jupiter.api.Test;

/** Every write and admin operation of the trade API: bad or missing tokens 401, the wrong group 403, the right group through. */
@QuarkusTest
@TestProfile(HostileClientProfile.class)
class AuthorizationMatrixTest {

    @Test
    void everyWriteAndAdminOperationRefusesBadTokensAndWrongGroups() {
        AuthorizationMatrixContract.assertEnforced("/q/openapi?format=json", AuthorizationMatrixContract.Enforcer.SERVICE);
    }
}
