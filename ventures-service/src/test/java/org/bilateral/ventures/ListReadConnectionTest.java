package org.bilateral.ventures;

import static org.bilateral.ventures.VentureFixtures.create;
import static org.bilateral.ventures.VentureFixtures.validVenture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.UUID;
import org.bilateral.support.paging.PageRequest;
import org.bilateral.support.paging.SortOrder;
import org.bilateral.testsupport.SqlStatementCountContract;
import org.bilateral.ventures.domain.Venture;
import org.junit.jupiter.api.Test;

/**
 * A list reads through a stateless session on a connection taken from the pool, not through the request's persistence
 * context. Inside a transaction that relies on the pool handing out the connection enlisted in it: otherwise a write
 * would not see its own changes before commit.
 */
@QuarkusTest
@TestProfile(SqlStatementCountContract.QuietPollersNoListMemory.class)
class ListReadConnectionTest {

    private static final PageRequest FIRST_PAGE = new PageRequest(0, 20, new SortOrder("t.id"));

    @Test
    void aListReadInsideATransactionSeesTheTransactionsUncommittedChange() {
        long id = ((Number) create(validVenture()).path("id")).longValue();
        String city = "City " + UUID.randomUUID();

        List<Long> seenInside;
        QuarkusTransaction.begin();
        try {
            Venture v = Venture.findById(id);
            v.city = city;
            v.flush();
            seenInside = idsIn(city);
        } finally {
            QuarkusTransaction.rollback();
        }

        assertEquals(List.of(id), seenInside, "the list inside the transaction did not see its flushed change");
        assertEquals(List.of(), idsIn(city), "the rolled-back change is visible outside the transaction");
    }

    @Test
    void aListReadOutsideATransactionSeesWhatIsCommitted() {
        long id = ((Number) create(validVenture()).path("id")).longValue();
        String city = "City " + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> Venture.<Venture>findById(id).city = city);

        assertEquals(List.of(id), idsIn(city));
    }

    private static List<Long> idsIn(String city) {
        Venture.Filter filter = new Venture.Filter(null, null, null, null, null, null, null, city, null, null, null, null);
        return Venture.search(filter, FIRST_PAGE, null).items().stream().map(v -> v.id).toList();
    }
}
