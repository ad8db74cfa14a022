package org.bilateral.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.SQLException;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.KnownFailures;
import org.junit.jupiter.api.Test;

/** The shapes a lost database takes on the way out of a request all become 503s, never 500s; real errors stay what they are. */
class DatabaseFaultTranslationTest {

    @Test
    void aCommitThatLostItsConnectionIsA503EvenThoughTheCauseIsOnlySuppressed() {
        // what Narayana throws when the connection dies during commit: the SQL error hangs off a suppressed XAException
        Exception rollback = new IllegalStateException("Could not commit transaction.");
        Exception xa = new Exception("Error trying to transactionCommit local transaction",
                new SQLException("This connection has been closed.", "08003"));
        rollback.addSuppressed(xa);
        assertEquals(503, KnownFailures.translate(new RuntimeException("Error invoking subclass method", rollback)).status());
    }

    @Test
    void serverShutdownCrashRecoveryConnectionLimitAndPoolTimeoutAre503() {
        for (String state : new String[] {"08006", "08001", "57P01", "57P02", "57P03", "53300"}) {
            ApiException e = KnownFailures.translate(new RuntimeException(new SQLException("down", state)));
            assertEquals(503, e.status(), state);
        }
        assertEquals(503, KnownFailures.translate(new SQLException("Sorry, acquisition timeout!")).status());
    }

    @Test
    void otherDatabaseErrorsKeepTheirMeaning() {
        assertEquals(409, KnownFailures.translate(new RuntimeException(new SQLException("dup", "23505"))).status());
        assertNull(KnownFailures.translate(new RuntimeException(new SQLException("syntax", "42601"))));
        Exception unrelated = new RuntimeException("boom");
        unrelated.addSuppressed(new SQLException("dup", "23505"));
        assertNull(KnownFailures.translate(unrelated), "only an unavailable database is looked for among suppressed exceptions");
    }
}
