package org.bilateral.agreements;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.bilateral.agreements.api.model.AgreementView;
import org.bilateral.agreements.api.model.CommissionView;
import org.bilateral.agreements.api.model.EventView;
import org.bilateral.agreements.domain.Agreement;
import org.bilateral.agreements.domain.Commission;
import org.bilateral.agreements.domain.CooperationEvent;
import org.bilateral.support.query.Criteria;
import org.bilateral.support.query.PointReads;
import org.bilateral.testsupport.PointReadContract;
import org.junit.jupiter.api.Test;

/** GETs of one agreement, event or commission read on the event loop; they answer what the Hibernate path reads. */
@QuarkusTest
class PointReadTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    PointReads reads;
    @Inject
    ObjectMapper json;

    @Test
    void everyAgreementReadOnTheEventLoopIsTheAgreementHibernateReads() {
        new PointReadContract<Agreement>(json, a -> a.id, AgreementView::of).assertSameViews(
                Agreement.READER.list(new Criteria(), "t.id", null), Agreement.READER::find,
                (id, asOf) -> reads.find(Agreement.READER, id, asOf).await().atMost(WAIT));
    }

    @Test
    void everyEventReadOnTheEventLoopIsTheEventHibernateReads() {
        // the event's date and precision are columns named apart from their fields (event_date, date_precision)
        new PointReadContract<CooperationEvent>(json, e -> e.id, EventView::of).assertSameViews(
                CooperationEvent.READER.list(new Criteria(), "t.id", null), CooperationEvent.READER::find,
                (id, asOf) -> reads.find(CooperationEvent.READER, id, asOf).await().atMost(WAIT));
    }

    @Test
    void everyCommissionReadOnTheEventLoopIsTheCommissionHibernateReads() {
        new PointReadContract<Commission>(json, c -> c.id, CommissionView::of).assertSameViews(
                Commission.READER.list(new Criteria(), "t.id", null), Commission.READER::find,
                (id, asOf) -> reads.find(Commission.READER, id, asOf).await().atMost(WAIT));
    }
}
