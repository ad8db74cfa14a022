package org.bilateral.support.query;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Turns a row snapshot ({@code to_jsonb(row)}: column names as keys) back into its entity. Relies
 * on the naming convention every versioned entity follows: column name = snake_case(field name).
 */
public final class Snapshots {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.PUBLIC_ONLY)
            // a column added after the snapshot was taken, or removed since, must not break history
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    private Snapshots() {
    }

    public static <E> E read(String json, Class<E> entity) {
        try {
            return MAPPER.readValue(json, entity);
        } catch (IOException e) {
            throw new UncheckedIOException("revision snapshot does not fit " + entity.getSimpleName(), e);
        }
    }
}
