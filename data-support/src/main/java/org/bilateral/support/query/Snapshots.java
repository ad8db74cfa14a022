package org.bilateral.support.query;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Turns a row snapshot ({@code to_jsonb(row)}: column names as keys) back into its entity. Relies
 * on the naming convention every versioned entity follows: column name = snake_case(field name).
 * Only the top-level keys are column names; the content of a jsonb column keeps the keys its
 * Java type wrote, so it is read without renaming.
 */
public final class Snapshots {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.PUBLIC_ONLY)
            // a column added after the snapshot was taken, or removed since, must not break history
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            // a numeric column is read digit for digit as PostgreSQL wrote it, not through a double
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private Snapshots() {
    }

    public static <E> E read(String json, Class<E> entity) {
        try {
            JsonNode row = MAPPER.readTree(json);
            ObjectNode fields = MAPPER.createObjectNode();
            row.fields().forEachRemaining(column -> fields.set(fieldName(column.getKey()), column.getValue()));
            return MAPPER.treeToValue(fields, entity);
        } catch (IOException e) {
            throw new UncheckedIOException("revision snapshot does not fit " + entity.getSimpleName(), e);
        }
    }

    /** organisation_id → organisationId */
    static String fieldName(String column) {
        StringBuilder name = new StringBuilder(column.length());
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
