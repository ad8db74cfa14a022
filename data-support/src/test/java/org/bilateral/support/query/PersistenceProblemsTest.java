package org.bilateral.support.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Set;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.KnownFailures;
import org.bilateral.support.problem.ProblemType;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** What persistence failures mean, as KnownFailures finds them in a cause chain through the registered translator. */
class PersistenceProblemsTest {

    private static SQLException sql(String state) {
        return new SQLException("boom", state);
    }

    @Test
    void uniqueViolationIsAConflict() {
        ApiException e = KnownFailures.translate(new RuntimeException(new RuntimeException(sql("23505"))));
        assertEquals(ProblemType.CONFLICT, e.type());
        assertTrue(e.getMessage().contains("natural key"), e.getMessage());
    }

    @Test
    void foreignKeyViolationIsAConflict() {
        assertEquals(409, KnownFailures.translate(sql("23503")).status());
    }

    @Test
    void valuesTheDataModelRefusesAreBadRequests() {
        for (String state : List.of("23514", "22003", "22001", "22007", "22008", "22021", "22P05")) {
            assertEquals(ProblemType.VALIDATION, KnownFailures.translate(sql(state)).type(), state);
        }
    }

    @Test
    void unreachableDatabaseIsUnavailable() {
        for (String state : List.of("08001", "08006", "57P01", "57P02", "57P03", "53300")) {
            assertEquals(ProblemType.SERVICE_UNAVAILABLE, KnownFailures.translate(sql(state)).type(), state);
        }
        assertEquals(503, KnownFailures.translate(
                new SQLTransientConnectionException("Sorry, acquisition timeout while waiting for new connection")).status());
        assertEquals(503, KnownFailures.translate(new JDBCConnectionException("gone", null)).status());
    }

    @Test
    void unknownSqlStateIsNotTranslated() {
        assertNull(KnownFailures.translate(sql("42P01")));
        assertNull(KnownFailures.translate(new SQLException("no state")));
        assertFalse(PersistenceProblems.databaseUnavailable(new SQLException("no state")));
    }

    @Test
    void aConcurrentWriterIsAFailedPrecondition() {
        assertEquals(412, KnownFailures.translate(new RuntimeException(new OptimisticLockException())).status());
        assertEquals(412, KnownFailures.translate(new StaleObjectStateException("Figure", 7L)).status());
    }

    /** Named like the persistence exception but not one: matching is by type, not by class name. */
    static class OptimisticLockLookalikeException extends RuntimeException {
    }

    @Test
    void aLookalikeNameIsNotAConcurrentWriter() {
        assertNull(KnownFailures.translate(new RuntimeException(new OptimisticLockLookalikeException())));
    }

    @Test
    void lostConnectionSuppressedByTheRollbackIsUnavailable() {
        RuntimeException rollback = new RuntimeException("rollback failed");
        rollback.addSuppressed(new RuntimeException(sql("08006")));
        assertEquals(503, KnownFailures.translate(new RuntimeException(rollback)).status());
    }

    @Test
    void onlyAnUnavailableDatabaseIsTakenFromSuppressedExceptions() {
        RuntimeException rollback = new RuntimeException("rollback failed");
        rollback.addSuppressed(sql("23505"));
        assertNull(KnownFailures.translate(rollback));
    }

    @Test
    void beanValidationFailureIsLeftToItsOwnMapperEvenOverADatabaseCauseBelowIt() {
        var violation = new ConstraintViolationException("invalid", Set.of());
        violation.initCause(sql("23505"));
        assertNull(KnownFailures.translate(new RuntimeException(violation)));
    }
}
