package org.bilateral.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A GET of one record is read on the event loop (the reactive client, the row as {@code to_jsonb}), everything else
 * through Hibernate. For every stored row, now and at an instant, both must give the same answer: the view of the row
 * Hibernate maps, written as JSON, equals the view of the row the point read maps.
 *
 * @param <E> the entity
 */
public final class PointReadContract<E> {

    /** Reads one row by id now (asOf null) or at an instant; null when there is none. */
    @FunctionalInterface
    public interface Reader<E> {
        E read(long id, Instant asOf);
    }

    private final ObjectMapper json;
    private final ToLongFunction<E> id;
    private final Function<E, ?> view;

    public PointReadContract(ObjectMapper json, ToLongFunction<E> id, Function<E, ?> view) {
        this.json = json;
        this.id = id;
        this.view = view;
    }

    /**
     * @param rows every row as Hibernate reads it now
     * @param viaHibernate the read by id of the JDBC path (now and at an instant)
     * @param pointRead the read by id of the point reads
     */
    public void assertSameViews(List<E> rows, Reader<E> viaHibernate, Reader<E> pointRead) {
        assertFalse(rows.isEmpty(), "no rows to compare; the seed should have stored some");
        Instant now = Instant.now();
        for (E row : rows) {
            long key = id.applyAsLong(row);
            String expected = text(row);
            assertEquals(expected, text(pointRead.read(key, null)), "row " + key + " now");
            assertEquals(text(viaHibernate.read(key, now)), text(pointRead.read(key, now)), "row " + key + " as of " + now);
        }
        long missing = rows.stream().mapToLong(id).max().orElseThrow() + 1_000_000;
        assertNull(pointRead.read(missing, null), "an id with no row reads as none");
        assertNull(pointRead.read(missing, now), "an id with no row reads as none at an instant too");
        assertNull(pointRead.read(key(rows.get(0)), Instant.parse("2000-01-01T00:00:00Z")), "a row read before it existed is none");
    }

    private long key(E row) {
        return id.applyAsLong(row);
    }

    private String text(E row) {
        try {
            return row == null ? "null" : json.writeValueAsString(view.apply(row));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
