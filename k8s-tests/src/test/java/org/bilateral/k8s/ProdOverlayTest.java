package org.bilateral.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** prod: CloudNativePG, autoscaling, disruption budgets, TLS ingress to the gateway only, metrics scraping. */
class ProdOverlayTest {

    static final String BARMAN_CLOUD = "barman-cloud.cloudnative-pg.io";

    final Rendered prod = Rendered.overlay("prod");

    @Test
    void everyWorkloadHasAnHpaAndAPdbTargetingIt() {
        for (String w : Apps.WORKLOADS) {
            Deployment d = ApplicationCrossCheckTest.deployment("prod", w);
            HorizontalPodAutoscaler hpa = prod.typed("HorizontalPodAutoscaler", HorizontalPodAutoscaler.class).stream()
                    .filter(h -> h.getSpec().getScaleTargetRef().getName().equals(w)).findFirst()
                    .orElseThrow(() -> new AssertionError("no HPA for " + w));
            assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
            assertTrue(hpa.getSpec().getMinReplicas() >= 2, w + " HPA minReplicas");
            assertTrue(hpa.getSpec().getMaxReplicas() > hpa.getSpec().getMinReplicas(), w + " HPA range");
            // a replicas field would reset the HPA's count on every kubectl apply
            assertNull(d.getSpec().getReplicas(), w + ": the HPA owns the replica count, the Deployment must not set one");
            assertTrue(d.getSpec().getTemplate().getSpec().getContainers().get(0).getResources().getRequests().containsKey("cpu"),
                    w + ": CPU utilisation needs a CPU request");
            List<PodDisruptionBudget> pdbs = prod.typed("PodDisruptionBudget", PodDisruptionBudget.class).stream()
                    .filter(p -> d.getSpec().getTemplate().getMetadata().getLabels().entrySet()
                            .containsAll(p.getSpec().getSelector().getMatchLabels().entrySet())).toList();
            assertEquals(1, pdbs.size(), w + " PDBs selecting it");
            assertTrue(pdbs.get(0).getSpec().getMinAvailable().getIntVal() < hpa.getSpec().getMinReplicas(),
                    w + ": PDB minAvailable must leave a pod evictable at minimum scale");
        }
    }

    @Test
    void onlyTheGatewaysPublicPortIsExposedThroughTlsIngressesWithOneCertificateIssuer() {
        List<Ingress> ingresses = prod.typed("Ingress", Ingress.class);
        assertTrue(!ingresses.isEmpty(), "no Ingress");
        int gatewayHttp = Apps.of("gateway").httpPort();
        Map<String, Integer> issuersPerSecret = new java.util.TreeMap<>();
        for (Ingress ing : ingresses) {
            String name = ing.getMetadata().getName();
            for (var path : ing.getSpec().getRules().stream().flatMap(r -> r.getHttp().getPaths().stream()).toList()) {
                var backend = path.getBackend().getService();
                assertEquals("gateway", backend.getName(), name + " routes " + path.getPath() + " elsewhere");
                // by name or number, the backend port must be the gateway's HTTP port, never its management port
                Service svc = service("gateway");
                int port = backend.getPort().getNumber() != null ? backend.getPort().getNumber()
                        : svc.getSpec().getPorts().stream().filter(p -> p.getName().equals(backend.getPort().getName())).findFirst()
                                .orElseThrow(() -> new AssertionError(name + ": no gateway Service port " + backend.getPort().getName())).getPort();
                assertEquals(gatewayHttp, port, name + ": " + path.getPath() + " must reach the gateway's public port only");
            }
            var ruleHosts = new TreeSet<>(ing.getSpec().getRules().stream().map(r -> r.getHost()).toList());
            var tlsHosts = new TreeSet<String>();
            ing.getSpec().getTls().forEach(t -> {
                assertNotNull(t.getSecretName(), "TLS entry without a certificate Secret");
                tlsHosts.addAll(t.getHosts());
                issuersPerSecret.merge(t.getSecretName(), ing.getMetadata().getAnnotations().keySet().stream()
                        .anyMatch(a -> a.startsWith("cert-manager.io/")) ? 1 : 0, Integer::sum);
            });
            assertEquals(ruleHosts, tlsHosts, name + ": every Ingress host is served over TLS");
        }
        // two Ingresses naming an issuer for one Secret would make two Certificates fight over it
        issuersPerSecret.forEach((secret, n) -> assertEquals(1, n, "Ingresses asking cert-manager for " + secret));
        assertTrue(prod.typed("Service", Service.class).stream().allMatch(s -> s.getSpec().getType() == null || s.getSpec().getType().equals("ClusterIP")),
                "no NodePort or LoadBalancer Service bypasses the Ingress");
    }

    /** ingress-nginx defaults (1 MB bodies, 60 s timeouts, request buffering) would break the bulk import. */
    @Test
    void theBulkImportHasItsOwnIngressSizedForItAndTheRestStaysBelowTheGatewaysLimits() {
        Apps gateway = Apps.of("gateway");
        String importPath = gateway.prop("bilateral.http.large-body-paths", "");
        assertTrue(importPath.startsWith("/api/"), "the gateway names no large-body path");
        List<Ingress> ingresses = prod.typed("Ingress", Ingress.class);
        List<Ingress> forImport = ingresses.stream().filter(i -> i.getSpec().getRules().stream().flatMap(r -> r.getHttp().getPaths().stream())
                .anyMatch(p -> p.getPath().equals(importPath) && "Exact".equals(p.getPathType()))).toList();
        assertEquals(1, forImport.size(), "Ingresses with an Exact rule for " + importPath);
        Map<String, String> a = forImport.get(0).getMetadata().getAnnotations();
        long ceiling = bytes(gateway.prop("quarkus.http.limits.max-body-size", "10M"));
        assertTrue(bytes(a.getOrDefault("nginx.ingress.kubernetes.io/proxy-body-size", "1m")) >= ceiling,
                "the import Ingress must accept bodies up to the gateway's hard ceiling " + ceiling);
        assertEquals("off", a.get("nginx.ingress.kubernetes.io/proxy-request-buffering"), "the import body must stream, not spool to the controller's disk");
        long slow = Duration.parse("PT" + gateway.prop("bilateral.gateway.trade.slow-timeout", "10M")).toSeconds();
        for (String t : List.of("proxy-read-timeout", "proxy-send-timeout")) {
            assertTrue(Long.parseLong(a.getOrDefault("nginx.ingress.kubernetes.io/" + t, "60")) > slow,
                    t + " must outlast the gateway's slow-path timeout of " + slow + " s");
        }
        long limit = bytes(gateway.prop("bilateral.http.max-body-size", "1M"));
        for (Ingress other : ingresses) {
            if (other != forImport.get(0)) {
                long size = bytes(other.getMetadata().getAnnotations().getOrDefault("nginx.ingress.kubernetes.io/proxy-body-size", "1m"));
                assertTrue(size > limit, other.getMetadata().getName() + ": the controller would answer an oversized body (HTML) before the gateway's 413 problem");
                assertTrue(size < ceiling, other.getMetadata().getName() + ": only the import route may carry huge bodies");
            }
        }
    }

    static long bytes(String size) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)(\\d+)\\s*([kmg]?)b?").matcher(size.trim());
        assertTrue(m.matches(), "size " + size);
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2).toLowerCase()) {
            case "k" -> n << 10;
            case "m" -> n << 20;
            case "g" -> n << 30;
            default -> n;
        };
    }

    Service service(String name) {
        return prod.typed("Service", Service.class).stream().filter(s -> s.getMetadata().getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void serviceMonitorsScrapeEveryWorkloadsMetricsPath() {
        for (String w : Apps.WORKLOADS) {
            Apps app = Apps.of(w);
            assertTrue(app.hasDependency("quarkus-micrometer-registry-prometheus"), w + " exports no Prometheus metrics");
            Service svc = prod.typed("Service", Service.class).stream().filter(s -> s.getMetadata().getName().equals(w)).findFirst().orElseThrow();
            List<JsonNode> monitors = prod.ofKind("ServiceMonitor").stream().filter(m -> {
                var sel = m.path("spec").path("selector").path("matchLabels");
                return svc.getMetadata().getLabels().entrySet().stream().filter(e -> sel.has(e.getKey()))
                        .allMatch(e -> sel.path(e.getKey()).asText().equals(e.getValue())) && sel.size() > 0
                        && svc.getMetadata().getLabels().keySet().containsAll(iterable(sel));
            }).toList();
            assertEquals(1, monitors.size(), "ServiceMonitors selecting Service " + w);
            JsonNode ep = monitors.get(0).path("spec").path("endpoints").get(0);
            assertEquals(app.metricsPath(), ep.path("path").asText(), w + " metrics path");
            var port = svc.getSpec().getPorts().stream().filter(p -> p.getName().equals(ep.path("port").asText())).findFirst()
                    .orElseThrow(() -> new AssertionError(w + ": ServiceMonitor port " + ep.path("port").asText() + " is no named port of the Service"));
            assertEquals(app.operationsPort(), port.getPort(), w + ": metrics are scraped on the management port");
        }
    }

    private static List<String> iterable(JsonNode n) {
        List<String> names = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void eachServiceHasItsOwnCloudNativePgClusterWithBackupsAndItsCredentialsSecret() {
        for (String s : Apps.SERVICES) {
            Map<String, String> env = ApplicationCrossCheckTest.env("prod", s);
            URI jdbc = URI.create(env.get("QUARKUS_DATASOURCE_JDBC_URL").substring("jdbc:".length()));
            assertTrue(jdbc.getHost().endsWith("-rw"), s + " must write to the primary (-rw) Service: " + jdbc);
            String cluster = jdbc.getHost().substring(0, jdbc.getHost().length() - "-rw".length());
            JsonNode c = prod.one("Cluster", cluster);
            JsonNode initdb = c.path("spec").path("bootstrap").path("initdb");
            assertEquals(jdbc.getPath().substring(1), initdb.path("database").asText(), s + " database name");
            assertTrue(c.path("spec").path("instances").asInt() >= 2, cluster + " has no standby");
            String secret = initdb.path("secret").path("name").asText();
            var container = ApplicationCrossCheckTest.container("prod", s);
            for (String var : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
                var e = container.getEnv().stream().filter(x -> x.getName().equals(var)).findFirst()
                        .orElseThrow(() -> new AssertionError(s + " has no " + var));
                assertEquals(secret, e.getValueFrom().getSecretKeyRef().getName(), s + " " + var + " Secret is the Cluster's");
            }
            assertTrue(c.path("spec").path("backup").path("barmanObjectStore").isMissingNode(),
                    cluster + ": the in-tree barmanObjectStore is deprecated (removed in CloudNativePG 1.31); use the Barman Cloud plugin");
            List<JsonNode> archivers = new java.util.ArrayList<>();
            c.path("spec").path("plugins").forEach(p -> {
                if (p.path("isWALArchiver").asBoolean(false) && p.path("enabled").asBoolean(true)) {
                    archivers.add(p);
                }
            });
            assertEquals(1, archivers.size(), cluster + ": WAL archivers among its plugins");
            JsonNode plugin = archivers.get(0);
            assertEquals(BARMAN_CLOUD, plugin.path("name").asText(), cluster + " archives WAL through another plugin");
            JsonNode store = prod.one("ObjectStore", plugin.path("parameters").path("barmanObjectName").asText());
            assertTrue(store.path("spec").path("configuration").path("destinationPath").asText().endsWith("/" + initdb.path("database").asText()),
                    cluster + " backs up to its own path");
            assertTrue(store.path("spec").has("retentionPolicy"), cluster + " backup retention (on the ObjectStore)");
            List<JsonNode> schedules = prod.ofKind("ScheduledBackup").stream()
                    .filter(b -> b.path("spec").path("cluster").path("name").asText().equals(cluster)).toList();
            assertEquals(1, schedules.size(), cluster + " ScheduledBackups");
            assertEquals("plugin", schedules.get(0).path("spec").path("method").asText(), cluster + " backup method");
            assertEquals(BARMAN_CLOUD, schedules.get(0).path("spec").path("pluginConfiguration").path("name").asText(), cluster + " backup plugin");
        }
    }
}
