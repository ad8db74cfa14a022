package org.bilateral.agreements;

import io.quarkus.test.junit.QuarkusTest;
import org.bilateral.agreements.api.model.AgreementView;
import org.bilateral.agreements.api.model.CommissionView;
import org.bilateral.agreements.api.model.EventView;
import org.bilateral.agreements.domain.Agreement;
import org.bilateral.agreements.domain.Commission;
import org.bilateral.agreements.domain.CooperationEvent;
import org.bilateral.testsupport.PointReadContract;
import org.junit.jupiter.api.Test;

/** GETs of one agreement, event or commission read on the event loop; they answer what the Hibernate path reads. */
@QuarkusTest
class PointReadTest {

    @Test
    void everyAgreementReadOnTheEventLoopIsTheAgreementHibernateReads() {
        PointReadContract.assertSameViews(Agreement.READER, a -> a.id, AgreementView::of);
    }

    @Test
    void everyEventReadOnTheEventLoopIsTheEventHibernateReads() {
        // the event's date and precision are columns named apart from their fields (event_date, date_precision)
        PointReadContract.assertSameViews(CooperationEvent.READER, e -> e.id, EventView::of);
    }

    @Test
    void everyCommissionReadOnTheEventLoopIsTheCommissionHibernateReads() {
        PointReadContract.assertSameViews(Commission.READER, c -> c.id, CommissionView::of);
    }

    @Test
    void concurrentAgreementReadsArePipelinedOnAFewConnections() throws InterruptedException {
        PointReadContract.assertConcurrentReadsShareFewConnections(Agreement.READER, a -> a.id, "/api/v1/agreements", 200);
    }
}
