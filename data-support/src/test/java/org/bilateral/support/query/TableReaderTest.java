package org.bilateral.support.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The relation a page is read from: the table now, or the latest snapshot per row at an instant. */
class TableReaderTest {

    private final TableReader<Object> reader = new TableReader<>(Object.class, "figure");

    @Test
    void withoutAsOfTheTableItselfIsRead() {
        assertEquals("figure", reader.relation(null));
    }

    @Test
    void asOfReadsTheLatestRevisionOfEachRowAtOrBeforeTheInstant() {
        String sql = reader.relation(Instant.parse("2026-01-01T00:00:00Z"));
        assertTrue(sql.contains("jsonb_populate_record(NULL::figure, h.snapshot)"), sql);
        assertTrue(sql.contains("r.resource = 'figure'"), sql);
        assertTrue(sql.contains("r.recorded_at <= :asOf"), sql);
        assertTrue(sql.contains("DISTINCT ON (r.resource_id)"), sql);
        assertTrue(sql.contains("ORDER BY r.resource_id, r.seq DESC"), sql);
    }

    @Test
    void asOfLeavesOutRowsDeletedByThen() {
        assertTrue(reader.relation(Instant.EPOCH).endsWith("WHERE h.operation <> 'DELETE')"));
    }

    @Test
    void theInstantTravelsAsABindParameter() {
        String sql = reader.relation(Instant.parse("2026-01-01T00:00:00Z"));
        assertTrue(!sql.contains("2026"), sql);
    }
}
