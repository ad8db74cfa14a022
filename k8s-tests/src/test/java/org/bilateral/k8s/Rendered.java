package org.bilateral.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** One overlay as `kubectl kustomize` renders it: raw documents and their typed fabric8 form. */
final class Rendered {

    static final Set<String> CUSTOM_KINDS = Set.of("Cluster", "ScheduledBackup", "ServiceMonitor", "ObjectStore");
    static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, Rendered> CACHE = new ConcurrentHashMap<>();

    final String overlay;
    final List<JsonNode> documents;

    private Rendered(String overlay, List<JsonNode> documents) {
        this.overlay = overlay;
        this.documents = documents;
    }

    static Path root() {
        return Path.of(System.getProperty("bilateral.root", "..")).toAbsolutePath().normalize();
    }

    static Rendered overlay(String name) {
        return CACHE.computeIfAbsent(name, n -> render(root().resolve("k8s/overlays").resolve(n)));
    }

    static List<String> overlays() {
        return List.of("dev", "prod");
    }

    /** Any kustomization under k8s/ (base included), rendered on its own. */
    static Rendered path(String relative) {
        return CACHE.computeIfAbsent("path:" + relative, n -> render(root().resolve(relative)));
    }

    /** The ConfigMap kustomize generated from a base name (it appends a hash of the content). */
    JsonNode generatedConfigMap(String baseName) {
        List<JsonNode> found = ofKind("ConfigMap").stream()
                .filter(d -> name(d).matches(java.util.regex.Pattern.quote(baseName) + "-[a-z0-9]{10}")).toList();
        assertEquals(1, found.size(), overlay + ": generated ConfigMaps named " + baseName + "-<hash>");
        return found.get(0);
    }

    static Rendered render(Path dir) {
        try {
            Path out = Files.createTempFile("kustomize", ".yaml");
            Path err = Files.createTempFile("kustomize", ".err");
            Process p = new ProcessBuilder("kubectl", "kustomize", dir.toString())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("kubectl kustomize " + dir + " did not finish in 120 s");
            }
            assertEquals(0, p.exitValue(), () -> "kubectl kustomize " + dir + " failed:\n" + read(err));
            List<JsonNode> docs = new ArrayList<>();
            try (var it = YAML.readerFor(JsonNode.class).<JsonNode>readValues(Files.readString(out))) {
                while (it.hasNext()) {
                    JsonNode n = it.next();
                    if (n != null && !n.isNull() && !n.isMissingNode()) {
                        docs.add(n);
                    }
                }
            }
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return new Rendered(dir.getFileName().toString(), docs);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run kubectl kustomize (is kubectl installed? .ci/run installs it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(" + e + ")";
        }
    }

    List<JsonNode> ofKind(String kind) {
        return documents.stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
    }

    JsonNode one(String kind, String name) {
        return ofKind(kind).stream().filter(d -> name.equals(d.path("metadata").path("name").asText()))
                .findFirst().orElseThrow(() -> new AssertionError(overlay + ": no " + kind + " named " + name));
    }

    boolean has(String kind, String name) {
        return ofKind(kind).stream().anyMatch(d -> name.equals(d.path("metadata").path("name").asText()));
    }

    /** Typed fabric8 objects of one kind, e.g. typed("Deployment", Deployment.class). */
    <T extends HasMetadata> List<T> typed(String kind, Class<T> type) {
        return ofKind(kind).stream().map(d -> SERIALIZATION.convertValue(d, type)).toList();
    }

    static String name(JsonNode d) {
        return d.path("metadata").path("name").asText();
    }
}
