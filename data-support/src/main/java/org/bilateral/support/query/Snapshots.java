package org.bilateral.support.query;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedField;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.persistence.Column;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;

/**
 * Turns a row snapshot ({@code to_jsonb(row)}: column names as keys) back into its entity. A field's column is the
 * name its {@code @Column} gives, else snake_case(field name), as Hibernate maps it.
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

    /** One reader per entity class, built once: the JSON is read straight into the entity, in one pass. */
    private static final ClassValue<ObjectReader> READERS = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> entity) {
            return MAPPER.copy().setPropertyNamingStrategy(new ColumnNames(entity)).readerFor(entity);
        }
    };

    private Snapshots() {
    }

    /** A reader of one jsonb column's content as the given field type, with the mapping of the history. */
    static ObjectReader columnReader(java.lang.reflect.Type type) {
        return MAPPER.readerFor(MAPPER.getTypeFactory().constructType(type));
    }

    public static <E> E read(String json, Class<E> entity) {
        try {
            return READERS.get(entity).readValue(json);
        } catch (IOException e) {
            throw new UncheckedIOException("revision snapshot does not fit " + entity.getSimpleName(), e);
        }
    }

    /** The column an entity field maps to: its {@code @Column} name, else snake_case of the field's name. */
    static String columnOf(Field field) {
        Column column = field.getAnnotation(Column.class);
        return column != null && !column.name().isEmpty() ? column.name() : columnName(field.getName());
    }

    /** organisationId → organisation_id */
    static String columnName(String field) {
        StringBuilder column = new StringBuilder(field.length() + 4);
        for (char c : field.toCharArray()) {
            if (Character.isUpperCase(c)) {
                column.append('_').append(Character.toLowerCase(c));
            } else {
                column.append(c);
            }
        }
        return column.toString();
    }

    /**
     * Column names for the properties of the entity (and its superclasses) only: the records inside a jsonb column keep
     * the names their Java type wrote. Panache gives entity fields accessors, which Jackson may bind through, so the
     * accessors are renamed like their fields.
     */
    private static final class ColumnNames extends PropertyNamingStrategy {

        private final Class<?> entity;

        ColumnNames(Class<?> entity) {
            this.entity = entity;
        }

        @Override
        public String nameForField(MapperConfig<?> config, AnnotatedField field, String defaultName) {
            return column(field.getDeclaringClass(), defaultName);
        }

        @Override
        public String nameForSetterMethod(MapperConfig<?> config, AnnotatedMethod method, String defaultName) {
            return column(method.getDeclaringClass(), defaultName);
        }

        @Override
        public String nameForGetterMethod(MapperConfig<?> config, AnnotatedMethod method, String defaultName) {
            return column(method.getDeclaringClass(), defaultName);
        }

        private String column(Class<?> declaring, String property) {
            if (!declaring.isAssignableFrom(entity)) {
                return property;
            }
            for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
                try {
                    return columnOf(c.getDeclaredField(property));
                } catch (NoSuchFieldException notHere) {
                    // declared further up
                }
            }
            return columnName(property);
        }
    }
}
