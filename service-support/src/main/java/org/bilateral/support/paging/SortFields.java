package org.bilateral.support.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bilateral.support.problem.ApiException;

/**
 * The sortable fields of one list: API name to SQL expression. Parses {@code sort=field,-field}
 * and rejects unknown names with a 400 that lists the allowed ones.
 */
public final class SortFields {

    private final Map<String, String> columns;
    private final String defaultSort;
    private final String tieBreaker;

    private SortFields(Map<String, String> columns, String defaultSort, String tieBreaker) {
        this.columns = columns;
        this.defaultSort = defaultSort;
        this.tieBreaker = tieBreaker;
    }

    /** @param tieBreaker a unique column appended last so pages never overlap */
    public static Builder builder(String tieBreaker) {
        return new Builder(tieBreaker);
    }

    public Set<String> names() {
        return columns.keySet();
    }

    public SortOrder parse(String sort) {
        String spec = sort == null || sort.isBlank() ? defaultSort : sort;
        List<String> terms = new ArrayList<>();
        List<String> used = new ArrayList<>();
        for (String raw : spec.split(",")) {
            String term = raw.trim();
            if (term.isEmpty()) {
                continue;
            }
            boolean desc = term.startsWith("-");
            String name = desc || term.startsWith("+") ? term.substring(1) : term;
            String column = columns.get(name);
            if (column == null) {
                throw ApiException.badRequest("sort", "unknown sort field '" + name + "'; allowed: " + String.join(", ", columns.keySet()));
            }
            if (used.contains(name)) {
                throw ApiException.badRequest("sort", "sort field '" + name + "' named twice");
            }
            used.add(name);
            terms.add(column + (desc ? " DESC NULLS LAST" : " ASC NULLS FIRST"));
        }
        terms.add(tieBreaker + " ASC");
        return new SortOrder(String.join(", ", terms));
    }

    public static final class Builder {
        private final Map<String, String> columns = new LinkedHashMap<>();
        private final String tieBreaker;
        private String defaultSort = "";

        private Builder(String tieBreaker) {
            this.tieBreaker = tieBreaker;
        }

        public Builder field(String apiName, String sqlExpression) {
            columns.put(apiName, sqlExpression);
            return this;
        }

        public Builder byDefault(String sort) {
            this.defaultSort = sort;
            return this;
        }

        public SortFields build() {
            // declaration order, so a 400 lists the allowed fields the same way every time (Map.copyOf would not)
            return new SortFields(Collections.unmodifiableMap(new LinkedHashMap<>(columns)), defaultSort, tieBreaker);
        }
    }
}
