package org.bilateral.agreements;

import io.quarkus.test.junit.QuarkusTest;
import org.bilateral.testsupport.ChangeStreamAndWebhookContract;

/** This service's wiring of the shared live stream and webhooks: its own entities, in both. */
@QuarkusTest
class ChangeStreamAndWebhookTest extends ChangeStreamAndWebhookContract {

    ChangeStreamAndWebhookTest() {
        super("agreements", "agreements");
    }

    @Override
    protected long createRecord() {
        return ((Number) AgreementFixtures.create(AgreementFixtures.validAgreement()).path("id")).longValue();
    }
}
