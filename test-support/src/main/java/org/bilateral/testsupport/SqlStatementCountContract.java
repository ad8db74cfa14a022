package org.bilateral.testsupport;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.restassured.response.Response;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.hibernate.SessionFactory;

/**
 * How many SQL statements a list request runs, and that the number does not grow with the page: a page of 1 and a page
 * of many (whose items each carry the associations a per-item query would load) run the same statements, within a
 * budget. Counted from the service's Hibernate statistics (prepared statements, {@code quarkus.hibernate-orm.statistics}
 * on in the test profile): {@link #ofHibernateStatistics()}.
 *
 * <p>The statistics count every statement of the persistence unit, the background pollers' too (webhook deliveries and
 * the change stream each poll every 100 ms in tests, more often than a request takes). A test class counting statements
 * therefore runs under {@link QuietPollersNoListMemory}, and the count of a request is the least of several tries, since anything
 * else running beside it only ever adds.
 */
public final class SqlStatementCountContract {

    /**
     * The webhook and change-stream pollers of data-support wait an hour between polls, so they do not count along; and
     * the memory of list pages is off, so every try runs the list's statements rather than answering from memory.
     */
    public static class QuietPollersNoListMemory implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("bilateral.webhooks.poll-interval", "1h", "bilateral.stream.poll-interval", "1h", "bilateral.list-cache.max-items", "0");
        }
    }

    /** Tries per count; a background poll overlapping every one of them is practically excluded. */
    private static final int TRIES = 6;
    /** The small page; the big one is {@link #BIG_PAGE}. */
    private static final int SMALL_PAGE = 1;
    private static final int BIG_PAGE = 50;

    private final LongSupplier preparedStatements;

    /** @param preparedStatements a running count of the statements the application prepared */
    public SqlStatementCountContract(LongSupplier preparedStatements) {
        this.preparedStatements = preparedStatements;
    }

    /**
     * Counts from the running application's session factory, looked up on each count, so a test class can create the
     * contract as a field before the application has started.
     */
    public static SqlStatementCountContract ofHibernateStatistics() {
        return new SqlStatementCountContract(() -> Arc.container().instance(SessionFactory.class).get().getStatistics().getPrepareStatementCount());
    }

    /** One list request: its path and filters, the media type asked for, and where the response holds its items. */
    public record ListRequest(String path, Map<String, ?> query, String accept, String itemsPath) {

        public static ListRequest json(String path, Map<String, ?> query) {
            return new ListRequest(path, query, "application/json", "items");
        }

        public ListRequest accepting(String mediaType, String itemsPath) {
            return new ListRequest(path, query, mediaType, itemsPath);
        }
    }

    /**
     * A page of 1 and a page of 50 run the same statements (or fewer), at most {@code budget}; at least {@code minItems}
     * items of the page of 50 carry a non-empty {@code association} (a path inside an item, e.g. {@code parties}), so
     * a query per item or per association would show as extra statements.
     *
     * @return the statements of the page of 50
     */
    public long assertPageStatementsDoNotGrow(ListRequest list, int minItems, String association, long budget) {
        Response page = read(list, BIG_PAGE);
        List<?> items = page.path(list.itemsPath());
        List<?> associations = page.path(list.itemsPath() + "." + association);
        long carrying = associations.stream().filter(a -> a != null && !(a instanceof Collection<?> c && c.isEmpty())).count();
        assertTrue(carrying >= minItems, list.path() + " needs at least " + minItems + " items with " + association
                + " for the test to mean something; " + carrying + " of " + items.size() + " have it");
        long small = statements(list, SMALL_PAGE);
        long big = statements(list, BIG_PAGE);
        assertTrue(small >= 1, "a list runs at least one statement; is quarkus.hibernate-orm.statistics on? counted " + small);
        assertTrue(big <= small, list.path() + ": a page of " + items.size() + " runs " + big + " statements, a page of "
                + SMALL_PAGE + " runs " + small + "; they must not grow with the page");
        assertTrue(small <= budget && big <= budget, list.path() + " runs " + small + " (page of 1) and " + big
                + " (page of " + items.size() + ") statements; the budget is " + budget);
        return big;
    }

    /**
     * totalItems and totalPages are the same whichever way the list finds them: counted (a full page, a page past the
     * end) or taken from the last page itself (a page shorter than its size); the list needs at least 2 items.
     */
    public void assertTotalsAgree(ListRequest list) {
        long total = ((Number) read(list, 1, 0).path("totalItems")).longValue();
        assertTrue(total >= 2, list.path() + " needs at least 2 items, has " + total);
        int size = (int) total - 1;
        for (Response page : List.of(read(list, (int) total + 5, 0), read(list, size, 1), read(list, size, 1000), read(list, 1, (int) total - 1))) {
            assertEquals(total, ((Number) page.path("totalItems")).longValue(), list.path() + " page " + page.path("page") + " of size "
                    + page.path("size") + ": " + page.asString());
            int pageSize = page.path("size");
            assertEquals((total + pageSize - 1) / pageSize, ((Number) page.path("totalPages")).longValue(), list.path() + " totalPages");
        }
        assertEquals(1, read(list, size, 1).<List<?>>path(list.itemsPath()).size(), "the last page holds the one item left");
        assertEquals(0, read(list, size, 1000).<List<?>>path(list.itemsPath()).size(), "a page past the end holds nothing");
    }

    /** A whole (unpaged) list or feed answers 200 with at most {@code budget} statements; returns the count. */
    public long assertStatementsAtMost(ListRequest list, long budget) {
        long n = statements(list, null);
        assertTrue(n >= 1, "a list runs at least one statement; is quarkus.hibernate-orm.statistics on? counted " + n);
        assertTrue(n <= budget, list.path() + " runs " + n + " statements; the budget is " + budget);
        return n;
    }

    /** Statements one GET of the list runs (with {@code size} when given): the least of {@link #TRIES} tries. */
    public long statements(ListRequest list, Integer size) {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < TRIES; i++) {
            long before = preparedStatements.getAsLong();
            read(list, size);
            least = Math.min(least, preparedStatements.getAsLong() - before);
        }
        return least;
    }

    private static Response read(ListRequest list, Integer size) {
        return read(list, size, null);
    }

    private static Response read(ListRequest list, Integer size, Integer page) {
        var request = given().accept(list.accept()).queryParams(list.query());
        if (size != null) {
            request.queryParam("size", size);
        }
        if (page != null) {
            request.queryParam("page", page);
        }
        return request.when().get(list.path()).then().statusCode(200).extract().response();
    }
}
