package org.bilateral.agreements;

import static org.bilateral.agreements.AgreementFixtures.AGREEMENTS;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.bilateral.testsupport.SqlStatementCountContract;
import org.bilateral.testsupport.SqlStatementCountContract.ListRequest;
import org.junit.jupiter.api.Test;

/**
 * Every list of the agreements service runs a fixed number of SQL statements, whatever the page size: the page (and a
 * count(*) only when the page is full), never one per agreement, party, participant or source.
 */
@QuarkusTest
@TestProfile(SqlStatementCountContract.QuietPollersNoListMemory.class)
class ListStatementCountTest {

    /** The page, plus the count(*) of a full page. */
    private static final long PAGE_BUDGET = 2;
    private static final String EVENTS = AGREEMENTS + "/events";

    private final SqlStatementCountContract contract = SqlStatementCountContract.ofHibernateStatistics();

    @Test
    void theAgreementListRunsThePageAndACountWhateverItsSize() {
        // the seeded agreements, each with its parties and sources
        contract.assertPageStatementsDoNotGrow(ListRequest.json(AGREEMENTS, Map.of()), 5, "parties", PAGE_BUDGET);
        contract.assertPageStatementsDoNotGrow(ListRequest.json(AGREEMENTS, Map.of("party", "KZ")), 5, "sources", PAGE_BUDGET);
    }

    @Test
    void theEventListRunsThePageAndACountWhateverItsSize() {
        contract.assertPageStatementsDoNotGrow(ListRequest.json(EVENTS, Map.of()), 3, "participants", PAGE_BUDGET);
    }

    @Test
    void theCommissionsAreOneStatement() {
        contract.assertStatementsAtMost(ListRequest.json(AGREEMENTS + "/commissions", Map.of()), 1);
    }

    @Test
    void theCalendarReadsItsAgreementsAndTheirLastChangesInTwoStatements() {
        contract.assertStatementsAtMost(ListRequest.json(AGREEMENTS + "/calendar", Map.of()).accepting("text/calendar", null), 2);
    }

    @Test
    void theTotalIsTheSameCountedOrTakenFromTheLastPage() {
        contract.assertTotalsAgree(ListRequest.json(AGREEMENTS, Map.of("sort", "id")));
        contract.assertTotalsAgree(ListRequest.json(EVENTS, Map.of("sort", "id")));
    }
}
