package org.bilateral.support.seed;

import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One kind of seed fact a service imports: the file under {@code seeds/} holding its entries, the table
 * they go to, how to tell an entry is already stored (its natural key) and how to create it.
 *
 * @param name   the kind's count in the import report, e.g. {@code figures}
 * @param file   classpath resource, a JSON array of {@code type}
 * @param table  the kind's table; at start-up the kind is imported only while it is empty
 * @param stored whether an entry's natural key is already taken
 * @param create stores one entry inside the import's transaction
 */
public record SeedKind<T>(String name, String file, String table, Class<T> type, Predicate<T> stored, Consumer<T> create) {
}
