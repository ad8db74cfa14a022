package org.bilateral.support.seed;

import java.util.LinkedHashMap;
import java.util.Map;

/** How many records an import added: sources, and per seed kind by its name, in the plan's order. */
public record SeedReport(int sources, Map<String, Integer> added) {

    public int added(String kind) {
        Integer n = added.get(kind);
        if (n == null) {
            throw new IllegalArgumentException("no seed kind " + kind + " in " + added.keySet());
        }
        return n;
    }

    /** The report as the admin endpoints answer it: {@code sources}, then one count per kind. */
    public Map<String, Integer> asMap() {
        Map<String, Integer> all = new LinkedHashMap<>();
        all.put("sources", sources);
        all.putAll(added);
        return all;
    }

    @Override
    public String toString() {
        return "sources=" + sources + " " + added;
    }
}
