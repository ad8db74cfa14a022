package org.bilateral.trade.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layers of trade-service acyclic: the resources (api, api.sdmx) use the services, never the other way round.
 * Reads the main sources, imports and inline qualified names alike, so a dependency cannot hide in a fully
 * qualified name.
 */
class LayerDependencyTest {

    private static final Path SOURCES = Path.of("src/main/java/org/bilateral/trade");
    private static final Pattern TRADE_REFERENCE = Pattern.compile("org\\.bilateral\\.trade\\.([a-z][a-z0-9]*(?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]");

    /** Each package of {@code pkg} (relative to org.bilateral.trade) and the packages its sources name. */
    private static List<String> referencesFrom(String pkg, Pattern forbidden) {
        Path dir = SOURCES.resolve(pkg.replace('.', '/'));
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = TRADE_REFERENCE.matcher(Files.readString(file));
                while (m.find()) {
                    if (forbidden.matcher(m.group(1)).matches()) {
                        found.add(SOURCES.relativize(file) + " -> org.bilateral.trade." + m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    @Test
    void theSourcesAreWhereThisTestLooks() {
        assertFalse(referencesFrom("api", Pattern.compile("service")).isEmpty(), "the resources use the services; scanning finds nothing?");
    }

    @Test
    void servicesImportersSeedsAndHarvestsUseNoResource() {
        // the wire records of api.model are the one part of api below them: request bodies they take, views they build
        Pattern resources = Pattern.compile("api(\\.(?!model$)[a-z0-9.]+)?");
        for (String pkg : List.of("service", "importing", "seed", "harvest", "config")) {
            assertEquals(List.of(), referencesFrom(pkg, resources), pkg);
        }
    }

    @Test
    void theDomainKnowsNothingOfTheApiOrTheServices() {
        assertEquals(List.of(), referencesFrom("domain", Pattern.compile("(api|service|importing|seed|harvest)(\\..*)?")));
    }

    @Test
    void theWireRecordsUseNoResourceAndNoService() {
        assertEquals(List.of(), referencesFrom("api.model", Pattern.compile("api|api\\.sdmx|service|importing|seed")));
    }
}
