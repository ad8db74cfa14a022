package org.bilateral.testsupport;

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
 * Keeps a service's layers acyclic: api (resources) uses the service layer and api.model; the layers below never use
 * the resources, and of the wire records only the request bodies (*Input), which they validate and apply. The wire
 * records use neither resources nor services. Reads the sources, so a fully qualified name in code counts like an
 * import. A module extends it naming its root package and its layers below the api.
 */
public abstract class LayerDependenciesContract {

    private final String root;
    private final List<String> lowerLayers;
    private final List<String> wireMayUse;
    private final Path main;
    private final Pattern apiReference;

    /**
     * @param root the service's root package, e.g. {@code org.bilateral.trade}
     * @param lowerLayers its packages below the api, e.g. {@code service, seed, config, domain}
     * @param wireMayUse the lower layers whose types the wire records may name (the domain's enums and entities they map)
     */
    protected LayerDependenciesContract(String root, List<String> lowerLayers, List<String> wireMayUse) {
        this.root = root;
        this.lowerLayers = lowerLayers;
        this.wireMayUse = wireMayUse;
        this.main = Path.of("src/main/java").resolve(root.replace('.', '/'));
        this.apiReference = Pattern.compile("\\b" + Pattern.quote(root + ".api") + "((?:\\.[a-z]\\w*)*)\\.([A-Z]\\w*|\\*)");
    }

    @Test
    void lowerLayersUseNoApiClassButTheInputRecords() {
        List<String> offences = new ArrayList<>();
        for (String layer : lowerLayers) {
            for (Path file : javaFiles(main.resolve(layer.replace('.', '/')))) {
                Matcher m = apiReference.matcher(read(file));
                while (m.find()) {
                    if (!(m.group(1).equals(".model") && lowerLayersMayUse(m.group(2)))) {
                        offences.add(main.relativize(file) + " uses " + m.group());
                    }
                }
            }
        }
        assertEquals(List.of(), offences);
    }

    /**
     * Which wire records (of api.model) the lower layers may name: by default the request bodies (*Input), which they
     * validate and apply. A module that still builds some views below the api overrides this, saying why.
     */
    protected boolean lowerLayersMayUse(String wireRecord) {
        return wireRecord.endsWith("Input");
    }

    @Test
    void theDomainUsesNoOtherLayer() {
        List<String> others = new ArrayList<>(lowerLayers.stream().filter(l -> !l.equals("domain")).toList());
        others.add("api");
        Pattern upward = Pattern.compile("\\b" + Pattern.quote(root) + "\\.(" + String.join("|", others.stream().map(Pattern::quote).toList())
                + ")(\\.[a-z]\\w*)*\\.[A-Z]\\w*");
        List<String> offences = new ArrayList<>();
        for (Path file : javaFiles(main.resolve("domain"))) {
            Matcher m = upward.matcher(read(file));
            while (m.find()) {
                offences.add(main.relativize(file) + " uses " + m.group());
            }
        }
        assertEquals(List.of(), offences);
    }

    @Test
    void wireRecordsUseNeitherResourcesNorServices() {
        String layers = String.join("|", lowerLayers.stream().filter(l -> !wireMayUse.contains(l)).map(Pattern::quote).toList());
        Pattern upward = Pattern.compile("\\b" + Pattern.quote(root) + "\\.(" + layers + ")\\.\\w+|\\b" + Pattern.quote(root + ".api") + "\\.[A-Z]\\w*");
        List<String> offences = new ArrayList<>();
        for (Path file : javaFiles(main.resolve("api/model"))) {
            Matcher m = upward.matcher(read(file));
            while (m.find()) {
                offences.add(main.relativize(file) + " uses " + m.group());
            }
        }
        assertEquals(List.of(), offences);
    }

    @Test
    void theRuleSeesAnApiReferenceAndTheSources() {
        // guards the pattern itself: a rule that matches nothing would pass forever
        assertFalse(apiReference.matcher("import " + root + ".api.SomeResource;").results().toList().isEmpty());
        assertFalse(apiReference.matcher("return " + root + ".api.model.SomeView.of(x);").results().toList().isEmpty());
        assertFalse(javaFiles(main.resolve("service")).isEmpty(), "no sources found under " + main.toAbsolutePath());
        assertFalse(javaFiles(main.resolve("api/model")).isEmpty(), "no wire records under " + main.toAbsolutePath());
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
