package org.bilateral.support.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Column;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rebuilding an entity from a to_jsonb(row) snapshot, as PostgreSQL writes it. */
class SnapshotsTest {

    enum Kind { EXACT, APPROXIMATE }

    public static class Entity {
        public Long id;
        public int version;
        public String organisationId;
        public LocalDate periodStart;
        public Instant recordedAt;
        public BigDecimal amount;
        public Kind kind;
        public boolean periodInferred;
        public List<Map<String, Object>> contacts;
        private String hidden;

        String hidden() {
            return hidden;
        }
    }

    @Test
    void columnNamesInSnakeCaseFillCamelCaseFields() {
        Entity e = Snapshots.read("{\"id\": 7, \"version\": 3, \"organisation_id\": \"ORG-1\", \"period_start\": \"2019-01-01\","
                + " \"kind\": \"APPROXIMATE\", \"period_inferred\": true}", Entity.class);
        assertEquals(7L, e.id);
        assertEquals(3, e.version);
        assertEquals("ORG-1", e.organisationId);
        assertEquals(LocalDate.of(2019, 1, 1), e.periodStart);
        assertEquals(Kind.APPROXIMATE, e.kind);
        assertTrue(e.periodInferred);
    }

    @Test
    void timestampWithOffsetIsReadAsTheSameInstant() {
        assertEquals(Instant.parse("2026-01-01T10:00:00.123456Z"),
                Snapshots.read("{\"recorded_at\": \"2026-01-01T10:00:00.123456+00:00\"}", Entity.class).recordedAt);
        assertEquals(Instant.parse("2026-01-01T10:00:00Z"),
                Snapshots.read("{\"recorded_at\": \"2026-01-01T13:00:00+03:00\"}", Entity.class).recordedAt);
    }

    @Test
    void numericColumnKeepsEveryDigit() {
        // numeric(20, 4): 16 integer digits and 4 decimals, more than a double holds
        assertEquals(new BigDecimal("1234567890123456.7891"),
                Snapshots.read("{\"amount\": 1234567890123456.7891}", Entity.class).amount);
    }

    @Test
    void numericColumnKeepsItsScale() {
        assertEquals(new BigDecimal("12.5000"), Snapshots.read("{\"amount\": 12.5000}", Entity.class).amount);
    }

    @Test
    void keysInsideAJsonbColumnAreNotRenamed() {
        Entity e = Snapshots.read("{\"contacts\": [{\"full_name\": \"A B\", \"roleTitle\": \"x\"}]}", Entity.class);
        assertEquals(List.of(Map.of("full_name", "A B", "roleTitle", "x")), e.contacts);
    }

    @Test
    void columnsUnknownToTheEntityAreIgnoredAndMissingOnesLeftEmpty() {
        Entity e = Snapshots.read("{\"id\": 1, \"dropped_column\": 5}", Entity.class);
        assertEquals(1L, e.id);
        assertNull(e.organisationId);
        assertFalse(e.periodInferred);
    }

    @Test
    void onlyPublicFieldsAreFilled() {
        assertNull(Snapshots.read("{\"hidden\": \"x\"}", Entity.class).hidden());
    }

    @Test
    void snapshotThatDoesNotFitNamesTheEntity() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> Snapshots.read("{\"period_start\": \"not a date\"}", Entity.class));
        assertTrue(e.getMessage().contains("Entity"), e.getMessage());
        assertThrows(UncheckedIOException.class, () -> Snapshots.read("{", Entity.class));
    }

    @Test
    void columnNameSnakeCasesEachCapital() {
        assertEquals("organisation_id", Snapshots.columnName("organisationId"));
        assertEquals("period_start_date", Snapshots.columnName("periodStartDate"));
        assertEquals("id", Snapshots.columnName("id"));
    }

    public static class Renamed {
        @Column(name = "event_date")
        public LocalDate date;
        public List<Part> parts;
    }

    public record Part(String partnerId, int shareCount) {
    }

    @Test
    void aFieldWithItsOwnColumnNameIsReadFromThatColumn() {
        assertEquals(LocalDate.of(2024, 5, 2), Snapshots.read("{\"event_date\": \"2024-05-02\"}", Renamed.class).date);
        assertNull(Snapshots.read("{\"date\": \"2024-05-02\"}", Renamed.class).date);
    }

    @Test
    void theRecordsInsideAJsonbColumnKeepTheirOwnNames() {
        Renamed r = Snapshots.read("{\"parts\": [{\"partnerId\": \"P-1\", \"shareCount\": 3}]}", Renamed.class);
        assertEquals(List.of(new Part("P-1", 3)), r.parts);
    }
}
