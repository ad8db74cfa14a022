package org.bilateral.support.seed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.CollectionType;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bilateral.support.provenance.Source;
import org.bilateral.support.provenance.SourceView;

/** Reads seed files packaged under {@code seeds/} and guards imports against concurrent replicas. */
public final class SeedFiles {

    private SeedFiles() {
    }

    /**
     * Reads a JSON array from the classpath and checks every entry's bean-validation rules; unknown
     * fields and invalid entries fail the import loudly, naming the file and entry.
     */
    public static <T> List<T> read(ObjectMapper mapper, Validator validator, String resource, Class<T> type) {
        List<T> entries = read(mapper, resource, type);
        for (int i = 0; i < entries.size(); i++) {
            var violations = validator.validate(entries.get(i));
            if (!violations.isEmpty()) {
                throw new IllegalStateException("seed file " + resource + " entry " + i + " is invalid: " + violations.stream()
                        .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().toList());
            }
        }
        return entries;
    }

    /** Reads a JSON array from the classpath; unknown fields are errors, so typos in seeds fail loudly. */
    public static <T> List<T> read(ObjectMapper mapper, String resource, Class<T> type) {
        ObjectMapper strict = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        CollectionType listType = strict.getTypeFactory().constructCollectionType(List.class, type);
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("seed file missing from the classpath: " + resource);
            }
            return strict.readValue(in, listType);
        } catch (IOException e) {
            throw new UncheckedIOException("seed file " + resource + " is invalid", e);
        }
    }

    /**
     * Takes a transaction-scoped advisory lock so that, when several replicas start at once, one
     * imports and the others then find the data present.
     */
    public static void lockForImport(String schemaName) {
        Panache.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", schemaName + ".seed-import").getSingleResult();
    }

    /**
     * Which of the tables hold any row, in one round trip: per table an EXISTS probe that stops at the first row
     * however large the table (a count would read it all). The table names come from the plans, never from requests.
     */
    @SuppressWarnings("unchecked")
    public static Set<String> storedTables(List<String> tables) {
        if (tables.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(Panache.getEntityManager().createNativeQuery(storedTablesQuery(tables), String.class).getResultList());
    }

    /** The same probe on a plain JDBC connection, outside any transaction or persistence context (the start-up check). */
    public static Set<String> storedTables(Connection c, List<String> tables) throws SQLException {
        if (tables.isEmpty()) {
            return Set.of();
        }
        Set<String> stored = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(storedTablesQuery(tables))) {
            while (rs.next()) {
                stored.add(rs.getString(1));
            }
        }
        return stored;
    }

    private static String storedTablesQuery(List<String> tables) {
        return tables.stream().map(t -> "SELECT '" + t + "' WHERE EXISTS (SELECT 1 FROM " + t + ")").collect(Collectors.joining(" UNION ALL "));
    }

    /** Inserts the sources not yet present (by document id); returns how many were added. */
    public static int importSources(ObjectMapper mapper) {
        int added = 0;
        for (SourceView s : read(mapper, "seeds/sources.json", SourceView.class)) {
            if (Source.findById(s.id()) == null) {
                s.toEntity().persist();
                added++;
            }
        }
        return added;
    }
}
