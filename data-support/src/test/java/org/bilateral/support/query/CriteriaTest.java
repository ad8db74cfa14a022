package org.bilateral.support.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CriteriaTest {

    @Test
    void noFiltersMatchEverything() {
        Criteria c = new Criteria();
        assertEquals("TRUE", c.sql());
        assertTrue(c.parameters().isEmpty());
    }

    @Test
    void nullFiltersAddNothing() {
        Criteria c = new Criteria().equal("t.reporter", "reporter", null).atLeast("t.period_start", "from", null)
                .atMost("t.period_end", "to", null).where("t.note ILIKE :q", "q", null);
        assertEquals("TRUE", c.sql());
        assertTrue(c.parameters().isEmpty());
    }

    @Test
    void givenFiltersAreAndedInOrderWithBindParameters() {
        LocalDate from = LocalDate.of(2019, 1, 1);
        Criteria c = new Criteria().equal("t.reporter", "reporter", "BY").equal("t.partner", "partner", null)
                .atLeast("t.period_start", "from", from).atMost("t.period_end", "to", LocalDate.of(2019, 12, 31));
        assertEquals("t.reporter = :reporter AND t.period_start >= :from AND t.period_end <= :to", c.sql());
        assertEquals(List.of("reporter", "from", "to"), List.copyOf(c.parameters().keySet()));
        assertEquals("BY", c.parameters().get("reporter"));
        assertEquals(from, c.parameters().get("from"));
    }

    @Test
    void valuesNeverEnterTheSql() {
        Criteria c = new Criteria().equal("t.note", "note", "x' OR '1'='1");
        assertEquals("t.note = :note", c.sql());
        assertEquals("x' OR '1'='1", c.parameters().get("note"));
    }

    @Test
    void clauseWithSeveralParametersIsAlwaysApplied() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("lo", 1);
        params.put("hi", 9);
        Criteria c = new Criteria().equal("t.flow", "flow", "EXPORT").where("t.amount BETWEEN :lo AND :hi", params);
        assertEquals("t.flow = :flow AND t.amount BETWEEN :lo AND :hi", c.sql());
        assertEquals(Map.of("flow", "EXPORT", "lo", 1, "hi", 9), c.parameters());
    }

    @Test
    void clauseWithoutParametersIsApplied() {
        assertEquals("t.region IS NULL", new Criteria().where("t.region IS NULL", Map.of()).sql());
    }

    @Test
    void falseAndZeroAreFiltersNotAbsence() {
        Criteria c = new Criteria().equal("t.inferred", "inferred", false).atLeast("t.amount", "min", 0);
        assertEquals("t.inferred = :inferred AND t.amount >= :min", c.sql());
    }
}
