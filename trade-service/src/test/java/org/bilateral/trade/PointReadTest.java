package org.bilateral.trade;

import io.quarkus.test.junit.QuarkusTest;
import org.bilateral.testsupport.PointReadContract;
import org.bilateral.trade.api.model.FigureView;
import org.bilateral.trade.domain.Figure;
import org.junit.jupiter.api.Test;

/** GET /figures/{id} reads on the event loop; it answers exactly what the Hibernate path reads, now and at an instant. */
@QuarkusTest
class PointReadTest {

    @Test
    void everyFigureReadOnTheEventLoopIsTheFigureHibernateReads() {
        PointReadContract.assertSameViews(Figure.READER, f -> f.id, FigureView::of);
    }

    @Test
    void concurrentFigureReadsArePipelinedOnAFewConnections() throws InterruptedException {
        PointReadContract.assertConcurrentReadsShareFewConnections(Figure.READER, f -> f.id, "/api/v1/trade/figures", 200);
    }
}
