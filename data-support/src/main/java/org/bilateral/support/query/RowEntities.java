package org.bilateral.support.query;

import io.vertx.sqlclient.Row;
import jakarta.persistence.Transient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of the reactive client read into its entity, column by column: each column into the field it maps
 * ({@link Snapshots#columnOf}, the naming the revision history reads with), decoded from PostgreSQL's binary form
 * by the client and converted by the field's type; a jsonb column through the revision history's JSON mapping.
 * Only the mapped columns are selected ({@link #selectList}), so a column added by a later migration does not break
 * older code, and a row is read by position.
 */
final class RowEntities {

    @FunctionalInterface
    private interface Column2Field {
        void set(Object entity, Row row, int index) throws IllegalAccessException;
    }

    /** The setters in the order of the select list, so a row's column i goes to setters[i]. */
    private record Mapping(Constructor<?> constructor, List<Column2Field> setters, String selectList) {
    }

    private static final ClassValue<Mapping> MAPPINGS = new ClassValue<>() {
        @Override
        protected Mapping computeValue(Class<?> entity) {
            return mapping(entity);
        }
    };

    private RowEntities() {
    }

    /**
     * The columns to select from a relation aliased {@code t}: every mapped column, a jsonb one cast to text, so its
     * JSON is parsed once, into the field's type, rather than into the client's JSON objects first.
     */
    static String selectList(Class<?> entity) {
        return MAPPINGS.get(entity).selectList();
    }

    /** A row selected with {@link #selectList} of this entity. */
    static <E> E read(Row row, Class<E> entity) {
        Mapping mapping = MAPPINGS.get(entity);
        try {
            E e = entity.cast(mapping.constructor().newInstance());
            for (int i = 0; i < row.size(); i++) {
                mapping.setters().get(i).set(e, row, i);
            }
            return e;
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("row does not fit " + entity.getSimpleName(), ex);
        }
    }

    private static Mapping mapping(Class<?> entity) {
        Set<String> columns = new HashSet<>();
        List<Column2Field> setters = new ArrayList<>();
        StringJoiner select = new StringJoiner(", ");
        for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int mod = f.getModifiers();
                // the entity's persistent fields, whatever visibility the build's enhancement left them with
                if (Modifier.isStatic(mod) || Modifier.isTransient(mod) || f.isSynthetic() || f.getName().startsWith("$$")
                        || f.isAnnotationPresent(Transient.class)) {
                    continue;
                }
                f.setAccessible(true);
                String name = Snapshots.columnOf(f);
                if (columns.add(name)) {
                    setters.add(setter(f));
                    select.add(json(f) ? "CAST(t." + name + " AS text) AS " + name : "t." + name);
                }
            }
        }
        try {
            return new Mapping(entity.getDeclaredConstructor(), List.copyOf(setters), select.toString());
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(entity.getSimpleName() + " has no constructor without arguments", e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Column2Field setter(Field f) {
        Class<?> type = f.getType();
        if (type == String.class) {
            return (e, row, i) -> f.set(e, row.getString(i));
        }
        if (type == long.class || type == Long.class) {
            return nullable(f, type.isPrimitive(), (row, i) -> row.getLong(i));
        }
        if (type == int.class || type == Integer.class) {
            return nullable(f, type.isPrimitive(), (row, i) -> row.getInteger(i));
        }
        if (type == short.class || type == Short.class) {
            return nullable(f, type.isPrimitive(), (row, i) -> row.getShort(i));
        }
        if (type == double.class || type == Double.class) {
            return nullable(f, type.isPrimitive(), (row, i) -> row.getDouble(i));
        }
        if (type == boolean.class || type == Boolean.class) {
            return nullable(f, type.isPrimitive(), (row, i) -> row.getBoolean(i));
        }
        if (type == BigDecimal.class) {
            return (e, row, i) -> f.set(e, row.getBigDecimal(i));
        }
        if (type == LocalDate.class) {
            return (e, row, i) -> f.set(e, row.getLocalDate(i));
        }
        if (type == Instant.class) {
            return (e, row, i) -> f.set(e, instant(row.getValue(i)));
        }
        if (type.isEnum()) {
            Class<? extends Enum> enumType = (Class<? extends Enum>) type;
            return (e, row, i) -> {
                String value = row.getString(i);
                f.set(e, value == null ? null : Enum.valueOf(enumType, value));
            };
        }
        if (type == String[].class) {
            return (e, row, i) -> f.set(e, row.getArrayOfStrings(i));
        }
        if (type == Long[].class) {
            return (e, row, i) -> f.set(e, row.getArrayOfLongs(i));
        }
        if (type == Integer[].class) {
            return (e, row, i) -> f.set(e, row.getArrayOfIntegers(i));
        }
        if (!json(f)) {
            // refused when the mapping is built, not guessed: a new column type needs its conversion here
            throw new IllegalStateException("point reads cannot read " + f + " of type " + type.getName());
        }
        // a jsonb column, selected as text (selectList): read it as the field's declared (generic) type
        var reader = Snapshots.columnReader(f.getGenericType());
        return (e, row, i) -> {
            String json = row.getString(i);
            try {
                f.set(e, json == null ? null : reader.readValue(json));
            } catch (IOException ex) {
                throw new UncheckedIOException("column " + row.getColumnName(i) + " does not fit " + f, ex);
            }
        };
    }

    /** Whether a field's column holds JSON: mapped as JSON (@JdbcTypeCode(SqlTypes.JSON)), as the setters read it. */
    private static boolean json(Field f) {
        JdbcTypeCode code = f.getAnnotation(JdbcTypeCode.class);
        return code != null && code.value() == SqlTypes.JSON;
    }

    @FunctionalInterface
    private interface Getter {
        Object get(Row row, int index);
    }

    /** A null into a primitive field leaves its default, as the entity's own initial value. */
    private static Column2Field nullable(Field f, boolean primitive, Getter getter) {
        return (e, row, i) -> {
            Object value = getter.get(row, i);
            if (value != null || !primitive) {
                f.set(e, value);
            }
        };
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof LocalDateTime ldt) {
            return ldt.toInstant(ZoneOffset.UTC);
        }
        return (Instant) value;
    }
}
