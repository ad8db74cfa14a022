package org.bilateral.ventures;

import io.quarkus.test.junit.QuarkusTest;
import org.bilateral.testsupport.PointReadContract;
import org.bilateral.ventures.api.model.OrganisationView;
import org.bilateral.ventures.api.model.VentureView;
import org.bilateral.ventures.domain.Organisation;
import org.bilateral.ventures.domain.Venture;
import org.junit.jupiter.api.Test;

/** GETs of one venture or organisation read on the event loop; they answer what the Hibernate path reads. */
@QuarkusTest
class PointReadTest {

    @Test
    void everyVentureReadOnTheEventLoopIsTheVentureHibernateReads() {
        // ventures carry jsonb lists (partners, products, sources) and arrays (sectors, related agreements)
        PointReadContract.assertSameViews(Venture.READER, v -> v.id, VentureView::of);
    }

    @Test
    void everyOrganisationReadOnTheEventLoopIsTheOrganisationHibernateReads() {
        PointReadContract.assertSameViews(Organisation.READER, o -> o.id, OrganisationView::of);
    }

    @Test
    void concurrentVentureReadsArePipelinedOnAFewConnections() throws InterruptedException {
        PointReadContract.assertConcurrentReadsShareFewConnections(Venture.READER, v -> v.id, "/api/v1/ventures", 200);
    }
}
