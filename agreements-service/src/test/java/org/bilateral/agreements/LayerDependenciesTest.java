package org.bilateral.agreements;

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
 * Keeps the layers acyclic: api (resources) uses service and api.model; service, seed and domain never use the
 * resources, and of the wire records only the request bodies (*Input), which they validate and apply. The wire records
 * use neither resources nor services. Reads the sources, so a fully qualified name in code counts like an import.
 */
class LayerDependenciesTest {

    private static final Path MAIN = Path.of("src/main/java/org/bilateral/agreements");
    private static final String API = "org.bilateral.agreements.api";
    /** A reference to the api package or below it, as an import or a qualified name. */
    private static final Pattern API_REFERENCE = Pattern.compile("\\b" + Pattern.quote(API) + "((?:\\.[a-z]\\w*)*)\\.([A-Z]\\w*|\\*)");

    @Test
    void serviceSeedAndDomainUseNoApiClassButTheInputRecords() {
        List<String> offences = new ArrayList<>();
        for (String layer : List.of("service", "seed", "domain")) {
            for (Path file : javaFiles(MAIN.resolve(layer))) {
                Matcher m = API_REFERENCE.matcher(read(file));
                while (m.find()) {
                    boolean inputRecord = m.group(1).equals(".model") && m.group(2).endsWith("Input");
                    if (!inputRecord) {
                        offences.add(MAIN.relativize(file) + " uses " + m.group());
                    }
                }
            }
        }
        assertEquals(List.of(), offences);
    }

    @Test
    void wireRecordsUseNeitherResourcesNorServices() {
        Pattern upward = Pattern.compile("\\borg\\.bilateral\\.agreements\\.(service|seed|config)\\.\\w+|\\b" + Pattern.quote(API) + "\\.[A-Z]\\w*");
        List<String> offences = new ArrayList<>();
        for (Path file : javaFiles(MAIN.resolve("api/model"))) {
            Matcher m = upward.matcher(read(file));
            while (m.find()) {
                offences.add(MAIN.relativize(file) + " uses " + m.group());
            }
        }
        assertEquals(List.of(), offences);
    }

    @Test
    void theRuleSeesAnApiReference() {
        // guards the pattern itself: a rule that matches nothing would pass forever
        assertFalse(API_REFERENCE.matcher("import " + API + ".SomeResource;").results().toList().isEmpty());
        assertFalse(API_REFERENCE.matcher("return " + API + ".model.SomeView.of(x);").results().toList().isEmpty());
        assertFalse(javaFiles(MAIN.resolve("service")).isEmpty(), "no sources found under " + MAIN.toAbsolutePath());
    }

    private static List<Path> javaFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
