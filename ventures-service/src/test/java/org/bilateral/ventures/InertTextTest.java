package org.bilateral.ventures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.bilateral.testsupport.InertTextContract;
import org.junit.jupiter.api.Test;

/** SQL- and script-looking text is stored and served verbatim as JSON, and never reflected into HTML. */
@QuarkusTest
@TestProfile(HostileClientProfile.class)
class InertTextTest {

    @Test
    void sqlAndScriptTextIsStoredAndReturnedVerbatim() {
        InertTextContract.assertStoredVerbatim("/api/v1/ventures", VentureFixtures::validVenture, "notes");
    }

    @Test
    void hostileTextInPathOrQueryIsNeverReflectedAsHtml() {
        InertTextContract.assertNeverReflectedAsHtml("/api/v1/ventures", "q");
    }
}
