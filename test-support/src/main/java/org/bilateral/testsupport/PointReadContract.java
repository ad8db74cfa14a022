package org.bilateral.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.bilateral.support.query.Criteria;
import org.bilateral.support.query.PointReads;
import org.bilateral.support.query.TableReader;

/**
 * A GET of one record is read on the event loop ({@link PointReads}: the reactive client, the row mapped column by
 * column), everything else through Hibernate. For every stored row, now and at an instant, both must give the same
 * answer: the view of the row Hibernate maps, written as JSON, equals the view of the row the point read maps.
 * Called from a running application's test.
 */
public final class PointReadContract {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private PointReadContract() {
    }

    /**
     * @param reader the table's reader (Hibernate's side: every row, and one by id now or at an instant)
     * @param id the entity's id
     * @param view the API view the GET answers with
     */
    public static <E> void assertSameViews(TableReader<E> reader, ToLongFunction<E> id, Function<E, ?> view) {
        PointReads reads = Arc.container().instance(PointReads.class).get();
        ObjectMapper json = Arc.container().instance(ObjectMapper.class).get();
        List<E> rows = reader.list(new Criteria(), "t.id", null);
        assertFalse(rows.isEmpty(), "no rows to compare; the seed should have stored some");
        Instant now = Instant.now();
        for (E row : rows) {
            long key = id.applyAsLong(row);
            assertEquals(text(json, view, row), text(json, view, pointRead(reads, reader, key, null)), "row " + key + " now");
            assertEquals(text(json, view, reader.find(key, now)), text(json, view, pointRead(reads, reader, key, now)),
                    "row " + key + " as of " + now);
        }
        long missing = rows.stream().mapToLong(id).max().orElseThrow() + 1_000_000;
        assertNull(pointRead(reads, reader, missing, null), "an id with no row reads as none");
        assertNull(pointRead(reads, reader, missing, now), "an id with no row reads as none at an instant too");
        assertNull(pointRead(reads, reader, id.applyAsLong(rows.get(0)), Instant.parse("2000-01-01T00:00:00Z")),
                "a row read before it existed is none");
    }

    private static <E> E pointRead(PointReads reads, TableReader<E> reader, long id, Instant asOf) {
        return reads.find(reader, id, asOf).await().atMost(WAIT);
    }

    private static <E> String text(ObjectMapper json, Function<E, ?> view, E row) {
        try {
            return row == null ? "null" : json.writeValueAsString(view.apply(row));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
