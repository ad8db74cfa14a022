package org.bilateral.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON text for hostile requests: written by hand so that a body can hold raw JSON fragments
 * (huge numbers, nesting, invalid tokens) and strings with lone surrogates, which a regular
 * serialiser would refuse or repair.
 */
final class JsonText {

    /** A JSON fragment written as is. */
    record Raw(String json) {
    }

    /** Marks a field to be left out. */
    static final Object REMOVE = new Object();

    private JsonText() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Raw raw) {
            out.append(raw.json());
        } else if (value instanceof String s) {
            out.append(quote(s));
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                out.append(quote(String.valueOf(e.getKey()))).append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            out.append(quote(value.toString()));
        }
    }

    /** A JSON string; control characters and surrogates (paired or not) as \\u escapes, other text as is. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** A deep copy of {@code body} with the value at {@code path} (field names and list indexes) replaced or removed. */
    static Object replace(Object body, List<Object> path, Object value) {
        Object copy = copy(body);
        if (path.isEmpty()) {
            return value;
        }
        if (!(copy instanceof Map || copy instanceof List)) {
            copy = new LinkedHashMap<String, Object>();
        }
        Object node = copy;
        for (int i = 0; i < path.size(); i++) {
            Object key = path.get(i);
            boolean last = i == path.size() - 1;
            if (node instanceof Map<?, ?> raw) {
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) raw;
                if (last) {
                    if (value == REMOVE) {
                        map.remove(String.valueOf(key));
                    } else {
                        map.put(String.valueOf(key), value);
                    }
                } else {
                    Object next = map.get(String.valueOf(key));
                    if (!(next instanceof Map || next instanceof List)) {
                        next = path.get(i + 1) instanceof Integer ? new ArrayList<>() : new LinkedHashMap<String, Object>();
                        map.put(String.valueOf(key), next);
                    }
                    node = next;
                }
            } else if (node instanceof List<?> raw) {
                @SuppressWarnings("unchecked")
                List<Object> list = (List<Object>) raw;
                int index = key instanceof Integer n ? n : 0;
                while (list.size() <= index) {
                    list.add(new LinkedHashMap<String, Object>());
                }
                if (last) {
                    if (value == REMOVE) {
                        list.remove(index);
                    } else {
                        list.set(index, value);
                    }
                } else {
                    Object next = list.get(index);
                    if (!(next instanceof Map || next instanceof List)) {
                        next = new LinkedHashMap<String, Object>();
                        list.set(index, next);
                    }
                    node = next;
                }
            }
        }
        return copy;
    }

    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), copy(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(copy(v)));
            return out;
        }
        return value;
    }
}
