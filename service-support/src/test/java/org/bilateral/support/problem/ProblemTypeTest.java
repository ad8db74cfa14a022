package org.bilateral.support.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ProblemTypeTest {

    /**
     * The main sources of the modules that serve requests, read from the checkout this module sits in. The
     * test libraries (test-support, e2e-tests) spell type URIs out on purpose: they pin the wire contract
     * independently of this catalogue, so a changed slug fails them.
     */
    private static final Map<Path, String> MAIN_SOURCES = mainSources();

    @Test
    void slugsAreUniqueSoEveryTypeUriNamesOneProblem() {
        Map<String, List<ProblemType>> bySlug = Arrays.stream(ProblemType.values())
                .collect(Collectors.groupingBy(ProblemType::slug));
        bySlug.forEach((slug, types) -> assertEquals(1, types.size(), slug + " is the slug of " + types));
    }

    @Test
    void typesAreErrorStatusesWithKebabCaseSlugsAndSaySomething() {
        for (ProblemType type : ProblemType.values()) {
            assertTrue(type.status() >= 400 && type.status() < 600, type + " has status " + type.status());
            assertTrue(type.slug().matches("[a-z0-9]+(-[a-z0-9]+)*"), type + " slug " + type.slug());
            assertFalse(type.title().isBlank(), type + " title");
            assertFalse(type.description().isBlank(), type + " description");
            assertEquals(URI.create("https://bilateral.example/problems/" + type.slug()), type.uri());
        }
    }

    @Test
    void unavailableHasOneSlug() {
        List<ProblemType> unavailable = Arrays.stream(ProblemType.values()).filter(t -> t.status() == 503).toList();
        assertEquals(List.of(ProblemType.SERVICE_UNAVAILABLE), unavailable);
        assertEquals("service-unavailable", ApiException.unavailable("down").slug());
    }

    @Test
    void annotationExampleIsTheValidationTypeUri() {
        assertEquals(ProblemType.VALIDATION.uri().toString(), ProblemType.VALIDATION_EXAMPLE);
    }

    @Test
    void everyTypeIsUsedOutsideTheCatalogue() {
        String others = MAIN_SOURCES.entrySet().stream().filter(e -> !e.getKey().endsWith("ProblemType.java"))
                .map(Map.Entry::getValue).collect(Collectors.joining("\n"));
        for (ProblemType type : ProblemType.values()) {
            assertTrue(others.matches("(?s).*\\bProblemType\\." + type.name() + "\\b.*"), type + " is never used");
        }
    }

    @Test
    void noMainSourceSpellsOutATypeUri() {
        List<Path> spelling = MAIN_SOURCES.entrySet().stream()
                .filter(e -> !e.getKey().endsWith("ProblemType.java") && e.getValue().contains("bilateral.example/problems/"))
                .map(Map.Entry::getKey).toList();
        assertEquals(List.of(), spelling);
    }

    @Test
    void theSourcesOfOtherModulesAreFound() {
        assertTrue(MAIN_SOURCES.keySet().stream().anyMatch(p -> p.endsWith("DownstreamProblems.java")), "gateway sources");
    }

    private static Map<Path, String> mainSources() {
        Path root = Path.of("").toAbsolutePath().getParent();
        try (Stream<Path> modules = Files.list(root)) {
            return modules.filter(m -> !m.endsWith("e2e-tests") && !m.endsWith("test-support")).map(m -> m.resolve("src/main/java")).filter(Files::isDirectory)
                    .flatMap(ProblemTypeTest::javaFiles)
                    .collect(Collectors.toMap(Function.identity(), ProblemTypeTest::read));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> javaFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
