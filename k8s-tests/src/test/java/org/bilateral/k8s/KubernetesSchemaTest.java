package org.bilateral.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rendered object is valid Kubernetes: typed fabric8 model, strict, and CRD schemas for custom resources. */
class KubernetesSchemaTest {

    static List<String> overlays() {
        return Rendered.overlays();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void overlayRendersWithKubectlKustomizeAndHasEveryWorkload(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        for (String w : Apps.WORKLOADS) {
            assertTrue(r.has("Deployment", w), overlay + " renders no Deployment " + w);
            assertTrue(r.has("Service", w), overlay + " renders no Service " + w);
            assertTrue(r.has("ServiceAccount", w), overlay + " renders no ServiceAccount " + w);
            r.generatedConfigMap(w + "-config");
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode d : r.documents) {
            assertTrue(seen.add(d.path("kind").asText() + "/" + Rendered.name(d)), overlay + ": duplicate " + d.path("kind") + "/" + Rendered.name(d));
            if (!d.path("kind").asText().equals("Namespace")) { // cluster-scoped
                assertFalse(d.path("metadata").path("namespace").asText().isEmpty(), overlay + ": no namespace on " + Rendered.name(d));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyBuiltInObjectParsesIntoTheFabric8ModelWithNoUnknownField(String overlay) {
        List<String> problems = new ArrayList<>();
        for (JsonNode d : Rendered.overlay(overlay).documents) {
            String kind = d.path("kind").asText();
            if (Rendered.CUSTOM_KINDS.contains(kind)) {
                continue;
            }
            KubernetesResource typed = Rendered.SERIALIZATION.convertValue(d, KubernetesResource.class);
            if (typed instanceof GenericKubernetesResource) {
                problems.add(kind + "/" + Rendered.name(d) + ": not a known Kubernetes kind for " + d.path("apiVersion").asText());
                continue;
            }
            unknownFields(typed, kind + "/" + Rendered.name(d), problems);
        }
        assertEquals(List.of(), problems, overlay + ": objects the Kubernetes model does not accept");
    }

    @Test
    void strictnessCatchesAMisspelledField() throws Exception {
        JsonNode bad = new ObjectMapper(new YAMLFactory()).readTree("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  replicas: 1
                  template:
                    spec:
                      containers:
                        - name: x
                          image: x
                          readinesProbe: {httpGet: {path: /q/health/ready, port: 8080}}
                """);
        List<String> problems = new ArrayList<>();
        unknownFields(Rendered.SERIALIZATION.convertValue(bad, KubernetesResource.class), "Deployment/x", problems);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("readinesProbe"), problems.toString());
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void customResourcesValidateAgainstTheirCrdSchemas(String overlay) throws Exception {
        Rendered r = Rendered.overlay(overlay);
        List<String> problems = new ArrayList<>();
        for (JsonNode d : r.documents) {
            String kind = d.path("kind").asText();
            if (!Rendered.CUSTOM_KINDS.contains(kind)) {
                continue;
            }
            JsonSchema schema = crdSchema(kind, d.path("apiVersion").asText());
            for (ValidationMessage m : schema.validate(d)) {
                problems.add(kind + "/" + Rendered.name(d) + ": " + m.getMessage());
            }
        }
        assertEquals(List.of(), problems, overlay + ": custom resources that break their CRD schema");
    }

    @Test
    void crdValidationRejectsAnUnknownClusterField() throws Exception {
        JsonNode bad = new ObjectMapper(new YAMLFactory()).readTree("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: x}
                spec: {instances: 3, storage: {sise: 1Gi}}
                """);
        assertFalse(crdSchema("Cluster", "postgresql.cnpg.io/v1").validate(bad).isEmpty());
    }

    @Test
    void crdValidationRejectsAServerNameInTheObjectStoreAndAnUnknownBackupMethod() throws Exception {
        JsonNode store = new ObjectMapper(new YAMLFactory()).readTree("""
                apiVersion: barmancloud.cnpg.io/v1
                kind: ObjectStore
                metadata: {name: x}
                spec: {configuration: {destinationPath: "s3://b/x", serverName: x}}
                """);
        assertFalse(crdSchema("ObjectStore", "barmancloud.cnpg.io/v1").validate(store).isEmpty(), "serverName belongs to the Cluster's plugin parameters");
        JsonNode backup = new ObjectMapper(new YAMLFactory()).readTree("""
                apiVersion: postgresql.cnpg.io/v1
                kind: ScheduledBackup
                metadata: {name: x}
                spec: {schedule: "0 0 2 * * *", cluster: {name: x}, method: barmanCloud}
                """);
        assertFalse(crdSchema("ScheduledBackup", "postgresql.cnpg.io/v1").validate(backup).isEmpty());
    }

    /** bases, patchesStrategicMerge, patchesJson6902, vars and commonLabels are deprecated in kustomize v5. */
    @Test
    void noKustomizationUsesDeprecatedFields() throws Exception {
        List<String> found = new ArrayList<>();
        try (var files = java.nio.file.Files.walk(Rendered.root().resolve("k8s"))) {
            for (var f : files.filter(p -> p.getFileName().toString().equals("kustomization.yaml")).toList()) {
                JsonNode k = new ObjectMapper(new YAMLFactory()).readTree(f.toFile());
                for (String field : List.of("bases", "patchesStrategicMerge", "patchesJson6902", "vars", "commonLabels", "imageTags")) {
                    if (k.has(field)) {
                        found.add(Rendered.root().relativize(f) + ": " + field);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void noSecretIsRenderedOnlyReferenced(String overlay) {
        assertEquals(List.of(), Rendered.overlay(overlay).ofKind("Secret").stream().map(Rendered::name).toList(),
                "credentials and keys come from Secrets created outside the manifests");
    }

    // --- helpers ---

    /** Reports every getAdditionalProperties() that caught a field the model does not know. */
    static void unknownFields(Object o, String path, List<String> problems) {
        if (o == null || o instanceof String || o instanceof Number || o instanceof Boolean || o instanceof Enum<?>) {
            return;
        }
        if (o instanceof Collection<?> c) {
            int i = 0;
            for (Object e : c) {
                unknownFields(e, path + "[" + i++ + "]", problems);
            }
            return;
        }
        if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> unknownFields(v, path + "." + k, problems));
            return;
        }
        if (!o.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method g : o.getClass().getMethods()) {
            if (g.getParameterCount() != 0 || Modifier.isStatic(g.getModifiers()) || !g.getName().startsWith("get")
                    || g.getDeclaringClass() == Object.class) {
                continue;
            }
            try {
                Object v = g.invoke(o);
                if (g.getName().equals("getAdditionalProperties")) {
                    if (v instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        problems.add(path + ": unknown field(s) " + extra.keySet());
                    }
                } else {
                    unknownFields(v, path + "." + Character.toLowerCase(g.getName().charAt(3)) + g.getName().substring(4), problems);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static JsonSchema crdSchema(String kind, String apiVersion) throws Exception {
        String file = switch (kind) {
            case "Cluster" -> "crds/postgresql.cnpg.io_clusters.yaml";
            case "ScheduledBackup" -> "crds/postgresql.cnpg.io_scheduledbackups.yaml";
            case "ServiceMonitor" -> "crds/monitoring.coreos.com_servicemonitors.yaml";
            case "ObjectStore" -> "crds/barmancloud.cnpg.io_objectstores.yaml";
            default -> throw new IllegalArgumentException(kind);
        };
        JsonNode crd;
        try (InputStream in = KubernetesSchemaTest.class.getClassLoader().getResourceAsStream(file)) {
            crd = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        String group = apiVersion.substring(0, apiVersion.indexOf('/'));
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        assertEquals(group, crd.path("spec").path("group").asText(), "CRD group for " + kind);
        assertEquals(kind, crd.path("spec").path("names").path("kind").asText());
        JsonNode schema = null;
        for (JsonNode v : crd.path("spec").path("versions")) {
            if (v.path("name").asText().equals(version) && v.path("served").asBoolean()) {
                schema = v.path("schema").path("openAPIV3Schema").deepCopy();
            }
        }
        assertTrue(schema != null, kind + " " + apiVersion + " is not a served version of its CRD");
        strict(schema);
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
    }

    /** The API server prunes unknown fields silently; the tests fail on them instead. */
    private static void strict(JsonNode node) {
        if (node instanceof ObjectNode o) {
            if (o.has("properties") && !o.has("additionalProperties")
                    && !o.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
                o.put("additionalProperties", false);
            }
            o.fields().forEachRemaining(e -> strict(e.getValue()));
        } else if (node instanceof ArrayNode a) {
            a.forEach(KubernetesSchemaTest::strict);
        }
    }
}
