package org.bilateral.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What a platform team checks on the first day, per overlay: capacity, images, namespace, placement, trust. */
class OverlayPolicyTest {

    /** Connections kept free for the operator, monitoring and an administrator's psql, beyond the superuser slots. */
    static final int HEADROOM = 10;

    static List<String> overlays() {
        return Rendered.overlays();
    }

    // --- connection budget (item 3) ---

    /** One PostgreSQL server and what may connect to it at the worst moment. */
    record Budget(String server, int maxConnections, int reserved, Map<String, Integer> demand) {
        int used() {
            return demand.values().stream().mapToInt(Integer::intValue).sum();
        }

        boolean fits() {
            return used() <= maxConnections - reserved - HEADROOM;
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void connectionPoolsAtTheHpaMaximumPlusRolloutSurgeFitEachServersMaxConnections(String overlay) {
        List<Budget> budgets = budgets(overlay);
        assertFalse(budgets.isEmpty());
        for (Budget b : budgets) {
            System.out.printf("[budget] %s/%s: %s = %d of max_connections %d (reserved %d, headroom %d)%n",
                    overlay, b.server(), b.demand(), b.used(), b.maxConnections(), b.reserved(), HEADROOM);
            assertTrue(b.fits(), overlay + "/" + b.server() + ": pools " + b.demand() + " need " + b.used() + " connections, over max_connections "
                    + b.maxConnections() + " - " + b.reserved() + " reserved - " + HEADROOM + " headroom");
        }
    }

    @Test
    void theBudgetRejectsTheNumbersTheAuditFound() {
        // 6 replicas x 20 connections against PostgreSQL's default 100
        assertFalse(new Budget("x", 100, 3, Map.of("trade-service", 6 * 20)).fits());
        assertTrue(new Budget("x", 150, 3, Map.of("trade-service", 7 * 15)).fits());
    }

    static List<Budget> budgets(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        Map<String, Map<String, Integer>> demand = new LinkedHashMap<>();
        for (String s : Apps.SERVICES) {
            Map<String, String> env = ApplicationCrossCheckTest.env(overlay, s);
            URI jdbc = URI.create(env.get("QUARKUS_DATASOURCE_JDBC_URL").substring("jdbc:".length()));
            // two pools per pod: JDBC (writes, lists) and the reactive client of the point reads (PointReadsConfig, default 8)
            int pool = Integer.parseInt(env.getOrDefault("QUARKUS_DATASOURCE_JDBC_MAX_SIZE",
                    Apps.of(s).prop("quarkus.datasource.jdbc.max-size", "20")))
                    + Integer.parseInt(env.getOrDefault("BILATERAL_POINT_READS_MAX_CONNECTIONS",
                            Apps.of(s).prop("bilateral.point-reads.max-connections", "8")));
            demand.computeIfAbsent(jdbc.getHost(), h -> new LinkedHashMap<>()).put(s, maxPods(r, s) * pool);
        }
        List<Budget> budgets = new ArrayList<>();
        demand.forEach((host, pools) -> {
            if (r.has("Cluster", host.replaceFirst("-rw$", ""))) {
                JsonNode params = r.one("Cluster", host.replaceFirst("-rw$", "")).path("spec").path("postgresql").path("parameters");
                budgets.add(new Budget(host, params.path("max_connections").asInt(100),
                        params.path("superuser_reserved_connections").asInt(3) + params.path("reserved_connections").asInt(0), pools));
            } else {
                StatefulSet pg = r.typed("StatefulSet", StatefulSet.class).stream()
                        .filter(s -> s.getSpec().getServiceName().equals(host)).findFirst()
                        .orElseThrow(() -> new AssertionError(overlay + ": no database server behind " + host));
                List<String> args = pg.getSpec().getTemplate().getSpec().getContainers().get(0).getArgs();
                budgets.add(new Budget(host, setting(args, "max_connections", 100), setting(args, "superuser_reserved_connections", 3)
                        + setting(args, "reserved_connections", 0), pools));
            }
        });
        return budgets;
    }

    /** Most pods of a workload at once: the HPA maximum (else its replicas, default 1) plus the rollout surge. */
    static int maxPods(Rendered r, String workload) {
        Deployment d = ApplicationCrossCheckTest.deployment(r.overlay, workload);
        int replicas = r.typed("HorizontalPodAutoscaler", HorizontalPodAutoscaler.class).stream()
                .filter(h -> h.getSpec().getScaleTargetRef().getName().equals(workload)).map(h -> h.getSpec().getMaxReplicas())
                .findFirst().orElse(d.getSpec().getReplicas() == null ? 1 : d.getSpec().getReplicas());
        IntOrString surge = d.getSpec().getStrategy().getRollingUpdate().getMaxSurge();
        int extra = surge == null ? (int) Math.ceil(replicas * 0.25)
                : surge.getIntVal() != null ? surge.getIntVal()
                : (int) Math.ceil(replicas * Integer.parseInt(surge.getStrVal().replace("%", "")) / 100.0);
        return replicas + extra;
    }

    private static int setting(List<String> args, String name, int fallback) {
        for (int i = 0; args != null && i < args.size() - 1; i++) {
            if (args.get(i).equals("-c") && args.get(i + 1).startsWith(name + "=")) {
                return Integer.parseInt(args.get(i + 1).substring(name.length() + 1));
            }
        }
        return fallback;
    }

    // --- images (item 7) ---

    @ParameterizedTest
    @MethodSource("overlays")
    void everyImageNamesItsRegistryAndProdOnlyImmutableReleases(String overlay) {
        for (Deployment d : Rendered.overlay(overlay).typed("Deployment", Deployment.class)) {
            for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
                String image = c.getImage();
                String first = image.substring(0, image.indexOf('/') < 0 ? 0 : image.indexOf('/'));
                assertTrue(first.contains(".") || first.contains(":") || first.equals("localhost"),
                        overlay + "/" + d.getMetadata().getName() + ": " + image + " names no registry (it would be pulled from Docker Hub)");
                boolean digest = image.matches(".+@sha256:[0-9a-f]{64}");
                boolean tag = image.matches(".+:[^/@]+");
                assertTrue(digest || tag, overlay + ": " + image + " has neither tag nor digest");
                if (overlay.equals("prod")) {
                    assertFalse(image.toUpperCase().contains("SNAPSHOT"), "prod runs a snapshot: " + image);
                    assertTrue(digest || image.matches(".+:v?\\d+\\.\\d+\\.\\d+"), "prod image " + image + " is not an immutable release (x.y.z or a digest)");
                }
            }
        }
    }

    // --- namespace and Pod Security (item 10) ---

    @ParameterizedTest
    @MethodSource("overlays")
    void theOverlayCreatesItsNamespaceUnderPodSecurityRestricted(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        List<JsonNode> namespaces = r.ofKind("Namespace");
        assertEquals(1, namespaces.size(), overlay + " Namespaces");
        String ns = Rendered.name(namespaces.get(0));
        for (JsonNode d : r.documents) {
            if (!d.path("kind").asText().equals("Namespace")) {
                assertEquals(ns, d.path("metadata").path("namespace").asText(), overlay + ": " + Rendered.name(d) + " lives elsewhere");
            }
        }
        JsonNode labels = namespaces.get(0).path("metadata").path("labels");
        assertEquals("restricted", labels.path("pod-security.kubernetes.io/enforce").asText(), overlay + " Pod Security enforce level");
        assertEquals("v" + minimumKubernetes(), labels.path("pod-security.kubernetes.io/enforce-version").asText(),
                overlay + ": the enforced profile version is the minimum Kubernetes the README states");
    }

    // --- Kubernetes version (item 10) ---

    static String minimumKubernetes() {
        Matcher m = Pattern.compile("Kubernetes (1\\.\\d+) or later").matcher(Apps.readOrEmpty(Rendered.root().resolve("README.md")));
        assertTrue(m.find(), "the README states no minimum Kubernetes version (\"Kubernetes 1.NN or later\")");
        return m.group(1);
    }

    @Test
    void theStatedMinimumKubernetesVersionRunsPreStopSleep() {
        int minor = Integer.parseInt(minimumKubernetes().substring(2));
        boolean sleeps = Rendered.overlays().stream().flatMap(o -> Rendered.overlay(o).typed("Deployment", Deployment.class).stream())
                .anyMatch(d -> d.getSpec().getTemplate().getSpec().getContainers().stream()
                        .anyMatch(c -> c.getLifecycle() != null && c.getLifecycle().getPreStop() != null && c.getLifecycle().getPreStop().getSleep() != null));
        if (sleeps) {
            assertTrue(minor >= 30, "preStop sleep needs Kubernetes 1.30; the README says 1." + minor);
        }
    }

    // --- placement (item 10) ---

    @ParameterizedTest
    @MethodSource("overlays")
    void replicasSpreadAcrossNodesAndZones(String overlay) {
        for (Deployment d : Rendered.overlay(overlay).typed("Deployment", Deployment.class)) {
            Map<String, String> podLabels = d.getSpec().getTemplate().getMetadata().getLabels();
            Map<String, TopologySpreadConstraint> byKey = new LinkedHashMap<>();
            for (TopologySpreadConstraint t : d.getSpec().getTemplate().getSpec().getTopologySpreadConstraints()) {
                byKey.put(t.getTopologyKey(), t);
                assertTrue(podLabels.entrySet().containsAll(t.getLabelSelector().getMatchLabels().entrySet()),
                        d.getMetadata().getName() + ": the spread selector does not count its own pods");
                assertEquals(1, t.getMaxSkew(), d.getMetadata().getName() + " maxSkew");
            }
            String name = d.getMetadata().getName();
            assertNotNull(byKey.get("kubernetes.io/hostname"), name + " does not spread over nodes");
            assertEquals("DoNotSchedule", byKey.get("kubernetes.io/hostname").getWhenUnsatisfiable(), name + ": two replicas on one node lose both with it");
            assertNotNull(byKey.get("topology.kubernetes.io/zone"), name + " does not spread over zones");
        }
    }

    // --- JWT issuer (item 10) ---

    @Test
    void theJwtIssuerIsSetByEachOverlayNotTheBase() {
        Rendered base = Rendered.path("k8s/base");
        for (JsonNode cm : base.ofKind("ConfigMap")) {
            assertFalse(cm.path("data").has("MP_JWT_VERIFY_ISSUER"), "the base sets the issuer in " + Rendered.name(cm));
        }
        Map<String, String> issuerPerOverlay = new LinkedHashMap<>();
        for (String overlay : Rendered.overlays()) {
            Set<String> issuers = new TreeSet<>();
            Apps.WORKLOADS.forEach(w -> issuers.add(ApplicationCrossCheckTest.env(overlay, w).get("MP_JWT_VERIFY_ISSUER")));
            assertEquals(1, issuers.size(), overlay + ": every workload must trust the same issuer, set: " + issuers);
            assertNotNull(issuers.iterator().next(), overlay + " sets no issuer");
            issuerPerOverlay.put(overlay, issuers.iterator().next());
        }
        assertNotEquals(issuerPerOverlay.get("dev"), issuerPerOverlay.get("prod"), "dev tokens must not be valid in prod");
    }

    // --- client address behind the ingress (item 2) ---

    @Test
    void prodTrustsForwardedClientAddressesOnlyFromNamedProxies() {
        Map<String, String> env = ApplicationCrossCheckTest.env("prod", "gateway");
        Apps gateway = Apps.of("gateway");
        assertEquals("true", env.getOrDefault("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING",
                gateway.prop("quarkus.http.proxy.proxy-address-forwarding", "false")), "behind ingress-nginx every client would share one rate-limit bucket");
        assertEquals("true", env.getOrDefault("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", gateway.prop("quarkus.http.proxy.allow-x-forwarded", "false")));
        String trusted = env.getOrDefault("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", gateway.prop("quarkus.http.proxy.trusted-proxies", ""));
        assertFalse(trusted.isBlank(), "forwarding with no trusted proxy named trusts every peer's X-Forwarded-For");
        for (String t : trusted.split(",")) {
            assertFalse(Set.of("0.0.0.0/0", "::/0", "[::]/0").contains(t.trim()), "trusting " + t + " trusts everyone");
        }
        // in dev (port-forward, no proxy) and by default the connection's peer is the client
        assertEquals("false", ApplicationCrossCheckTest.env("dev", "gateway").getOrDefault("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING",
                gateway.prop("quarkus.http.proxy.proxy-address-forwarding", "false")));
    }

    // --- TLS to the database (item 10) ---

    @Test
    void prodServicesVerifyTheirDatabaseServerAgainstTheClustersCa() {
        for (String s : Apps.SERVICES) {
            String url = ApplicationCrossCheckTest.env("prod", s).get("QUARKUS_DATASOURCE_JDBC_URL");
            URI jdbc = URI.create(url.substring("jdbc:".length()));
            Map<String, String> query = new LinkedHashMap<>();
            for (String kv : String.valueOf(jdbc.getQuery()).split("&")) {
                query.put(kv.substring(0, kv.indexOf('=') < 0 ? kv.length() : kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
            }
            assertEquals("verify-full", query.get("sslmode"), s + ": " + url);
            String rootCert = query.get("sslrootcert");
            assertNotNull(rootCert, s + " names no CA file");
            String cluster = jdbc.getHost().replaceFirst("-rw$", "");
            Deployment d = ApplicationCrossCheckTest.deployment("prod", s);
            Container c = ApplicationCrossCheckTest.container("prod", s);
            var mount = c.getVolumeMounts().stream().filter(m -> rootCert.startsWith(m.getMountPath() + "/")).findFirst()
                    .orElseThrow(() -> new AssertionError(s + ": nothing mounted at " + rootCert));
            var volume = d.getSpec().getTemplate().getSpec().getVolumes().stream().filter(v -> v.getName().equals(mount.getName())).findFirst().orElseThrow();
            assertNotNull(volume.getSecret(), s + ": the CA comes from CloudNativePG's Secret");
            assertEquals(cluster + "-ca", volume.getSecret().getSecretName(), s + ": the CA Secret of its own cluster");
            String file = rootCert.substring(mount.getMountPath().length() + 1);
            assertTrue(volume.getSecret().getItems().stream().anyMatch(i -> i.getKey().equals("ca.crt") && i.getPath().equals(file)),
                    s + ": " + rootCert + " is not the Secret's ca.crt");
        }
    }
}
