package org.bilateral.support.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A WHERE clause built from optional filters. A filter whose value is null adds nothing, so
 * callers pass every request parameter straight through. Column names come from code, values
 * only ever travel as bind parameters.
 */
public final class Criteria {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public Criteria equal(String column, String parameter, Object value) {
        return value == null ? this : where(column + " = :" + parameter, parameter, value);
    }

    public Criteria atLeast(String column, String parameter, Object value) {
        return value == null ? this : where(column + " >= :" + parameter, parameter, value);
    }

    public Criteria atMost(String column, String parameter, Object value) {
        return value == null ? this : where(column + " <= :" + parameter, parameter, value);
    }

    /** A clause with one bind parameter, skipped when the value is null. */
    public Criteria where(String clause, String parameter, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** A clause with several bind parameters, always applied. */
    public Criteria where(String clause, Map<String, ?> params) {
        clauses.add(clause);
        parameters.putAll(params);
        return this;
    }

    public String sql() {
        return clauses.isEmpty() ? "TRUE" : String.join(" AND ", clauses);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}
