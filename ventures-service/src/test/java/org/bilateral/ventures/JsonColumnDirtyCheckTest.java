package org.bilateral.ventures;

import static org.bilateral.ventures.VentureFixtures.create;
import static org.bilateral.ventures.VentureFixtures.validVenture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.support.jsonb.ValueListMutability;
import org.bilateral.testsupport.SqlStatementCountContract;
import org.bilateral.ventures.domain.Partner;
import org.bilateral.ventures.domain.PartnerRole;
import org.bilateral.ventures.domain.Product;
import org.bilateral.ventures.domain.Venture;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The jsonb lists of a row are snapshotted by copying the list ({@link ValueListMutability}), not by a JSON round
 * trip; the dirty check at flush must still see every change to them, in place or by replacement, and no change
 * where there is none.
 */
@QuarkusTest
@TestProfile(SqlStatementCountContract.QuietPollersNoListMemory.class)
class JsonColumnDirtyCheckTest {

    private final Statistics statistics = Arc.container().instance(SessionFactory.class).get().getStatistics();

    @Test
    void aVentureLoadedAndLeftAloneIsNotWrittenBack() {
        long id = newVenture();
        long updates = statistics.getEntityUpdateCount();
        QuarkusTransaction.requiringNew().run(() -> Venture.<Venture>findById(id).partners.size());
        assertEquals(updates, statistics.getEntityUpdateCount(), "an unchanged venture was updated at commit");
    }

    @Test
    void aPartnerReplacedInsideTheLoadedListIsStored() {
        long id = newVenture();
        QuarkusTransaction.requiringNew().run(() -> {
            Venture v = Venture.findById(id);
            Partner p = v.partners.get(0);
            v.partners.set(0, new Partner(p.organisationId(), p.name(), p.country(), p.role(), new BigDecimal("51")));
        });
        List<Partner> stored = QuarkusTransaction.requiringNew().call(() -> Venture.<Venture>findById(id).partners);
        assertEquals(0, new BigDecimal("51").compareTo(stored.get(0).share()), "share after the change: " + stored);
    }

    @Test
    void anElementAddedToOrRemovedFromTheLoadedListIsStored() {
        long id = newVenture();
        QuarkusTransaction.requiringNew().run(() -> {
            Venture v = Venture.findById(id);
            v.products.add(new Product("Butter", "0405"));
            v.partners.add(new Partner(null, "Second investor", "LV", PartnerRole.INVESTOR, BigDecimal.ONE));
        });
        QuarkusTransaction.requiringNew().run(() -> {
            Venture v = Venture.findById(id);
            assertEquals(List.of("Cheese", "Butter"), v.products.stream().map(Product::name).toList());
            assertEquals(2, v.partners.size());
            v.partners.remove(1);
        });
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> Venture.<Venture>findById(id).partners.size()));
    }

    @Test
    void theSnapshotIsACopyThatAChangeInPlaceDoesNotReach() {
        ValueListMutability plan = new ValueListMutability();
        List<Product> loaded = new ArrayList<>(List.of(new Product("Cheese", "0406")));
        List<?> snapshot = plan.deepCopy(loaded);
        assertNotSame(loaded, snapshot);
        loaded.add(new Product("Butter", "0405"));
        assertEquals(List.of(new Product("Cheese", "0406")), snapshot);
        assertEquals(null, plan.deepCopy(null));
        assertEquals(snapshot, plan.assemble(plan.disassemble(snapshot, null), null));
    }

    private static long newVenture() {
        return ((Number) create(validVenture()).path("id")).longValue();
    }
}
