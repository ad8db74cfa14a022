package org.bilateral.ventures;

import io.quarkus.test.junit.QuarkusTest;
import org.bilateral.testsupport.ChangeStreamAndWebhookContract;

/** This service's wiring of the shared live stream and webhooks: its own entities, in both. */
@QuarkusTest
class ChangeStreamAndWebhookTest extends ChangeStreamAndWebhookContract {

    ChangeStreamAndWebhookTest() {
        super("ventures", "ventures");
    }

    @Override
    protected long createRecord() {
        return ((Number) VentureFixtures.create(VentureFixtures.validVenture()).path("id")).longValue();
    }
}
