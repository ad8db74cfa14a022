package org.bilateral.testsupport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies as maps, edited by tests to make one field wrong at a time. */
public final class JsonBodies {

    private JsonBodies() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> nested(Map<String, Object> body, String key) {
        return (Map<String, Object>) body.get(key);
    }

    /** A copy deep enough (one level of maps and lists) for a writer to change its own body. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> copy(Map<String, Object> body) {
        Map<String, Object> copy = new HashMap<>();
        body.forEach((k, v) -> copy.put(k, v instanceof Map<?, ?> m ? new HashMap<>((Map<String, Object>) m)
                : v instanceof List<?> l ? new ArrayList<>(l) : v));
        return copy;
    }
}
