package org.bilateral.support.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The start-up seed check's probe on a plain connection: which of the kinds' tables hold a row. */
class SeedCheckTest {

    static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE figure (id bigint)");
            s.execute("CREATE TABLE target (id bigint)");
            s.execute("CREATE TABLE ranking (id bigint)");
            s.execute("INSERT INTO figure SELECT generate_series(1, 1000)");
            s.execute("INSERT INTO ranking VALUES (7)");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void theTablesHoldingARowAreNamedAndTheEmptyOnesAreNot() throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            assertEquals(Set.of("figure", "ranking"), SeedFiles.storedTables(c, List.of("figure", "target", "ranking")));
            assertEquals(Set.of(), SeedFiles.storedTables(c, List.of("target")));
        }
    }

    @Test
    void noKindsNeedNoStatement() throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.close();
            // a closed connection would fail any statement: none is sent
            assertEquals(Set.of(), SeedFiles.storedTables(c, List.of()));
        }
    }
}
