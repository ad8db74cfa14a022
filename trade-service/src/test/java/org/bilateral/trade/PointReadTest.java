package org.bilateral.trade;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.bilateral.support.query.Criteria;
import org.bilateral.support.query.PointReads;
import org.bilateral.testsupport.PointReadContract;
import org.bilateral.trade.api.model.FigureView;
import org.bilateral.trade.domain.Figure;
import org.junit.jupiter.api.Test;

/** GET /figures/{id} reads on the event loop; it answers exactly what the Hibernate path reads, now and at an instant. */
@QuarkusTest
class PointReadTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    PointReads reads;
    @Inject
    ObjectMapper json;

    @Test
    void everyFigureReadOnTheEventLoopIsTheFigureHibernateReads() {
        new PointReadContract<Figure>(json, f -> f.id, FigureView::of).assertSameViews(
                Figure.READER.list(new Criteria(), "t.id", null), Figure.READER::find,
                (id, asOf) -> reads.find(Figure.READER, id, asOf).await().atMost(WAIT));
    }
}
