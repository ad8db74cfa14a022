package org.bilateral.support.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.bilateral.support.config.ApiConfig;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.Problem;
import org.junit.jupiter.api.Test;

/** The change feed's arguments are checked before any query runs. */
class HistoryTest {

    record Limits(int defaultPageSize, int maxPageSize, int defaultFeedLimit, int maxFeedLimit) implements ApiConfig {
    }

    private static final ApiConfig CONFIG = new Limits(20, 200, 100, 1000);

    private static Problem.FieldError rejected(Long since, Integer limit) {
        ApiException e = assertThrows(ApiException.class, () -> new History().since(since, limit, CONFIG));
        assertEquals(400, e.status());
        return e.errors().get(0);
    }

    @Test
    void negativeCursorIsRejected() {
        assertEquals(new Problem.FieldError("since", "must be 0 or a cursor returned by this feed"), rejected(-1L, null));
    }

    @Test
    void limitOverTheConfiguredMaximumIsRejectedNamingIt() {
        assertEquals(new Problem.FieldError("limit", "must be between 1 and 1000"), rejected(0L, 1001));
    }

    @Test
    void zeroOrNegativeLimitIsRejected() {
        for (int limit : List.of(0, -1)) {
            assertEquals("limit", rejected(null, limit).field());
        }
    }
}
