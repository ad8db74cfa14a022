package org.bilateral.ventures;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.bilateral.support.query.Criteria;
import org.bilateral.support.query.PointReads;
import org.bilateral.testsupport.PointReadContract;
import org.bilateral.ventures.api.model.OrganisationView;
import org.bilateral.ventures.api.model.VentureView;
import org.bilateral.ventures.domain.Organisation;
import org.bilateral.ventures.domain.Venture;
import org.junit.jupiter.api.Test;

/** GETs of one venture or organisation read on the event loop; they answer what the Hibernate path reads. */
@QuarkusTest
class PointReadTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    PointReads reads;
    @Inject
    ObjectMapper json;

    @Test
    void everyVentureReadOnTheEventLoopIsTheVentureHibernateReads() {
        // ventures carry jsonb lists (partners, products, sources) and arrays (sectors, related agreements)
        new PointReadContract<Venture>(json, v -> v.id, VentureView::of).assertSameViews(
                Venture.READER.list(new Criteria(), "t.id", null), Venture.READER::find,
                (id, asOf) -> reads.find(Venture.READER, id, asOf).await().atMost(WAIT));
    }

    @Test
    void everyOrganisationReadOnTheEventLoopIsTheOrganisationHibernateReads() {
        new PointReadContract<Organisation>(json, o -> o.id, OrganisationView::of).assertSameViews(
                Organisation.READER.list(new Criteria(), "t.id", null), Organisation.READER::find,
                (id, asOf) -> reads.find(Organisation.READER, id, asOf).await().atMost(WAIT));
    }
}
