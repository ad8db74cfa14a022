package org.bilateral.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** prod: CloudNativePG, autoscaling, disruption budgets, TLS ingress to the gateway only, metrics scraping. */
class ProdOverlayTest {

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
            assertEquals(hpa.getSpec().getMinReplicas(), d.getSpec().getReplicas(), w + " starts at the HPA minimum");
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
    void onlyTheGatewayIsExposedThroughATlsIngress() {
        List<Ingress> ingresses = prod.typed("Ingress", Ingress.class);
        assertEquals(1, ingresses.size());
        Ingress ing = ingresses.get(0);
        var backends = ing.getSpec().getRules().stream().flatMap(r -> r.getHttp().getPaths().stream())
                .map(p -> p.getBackend().getService().getName()).distinct().toList();
        assertEquals(List.of("gateway"), backends);
        var ruleHosts = new TreeSet<>(ing.getSpec().getRules().stream().map(r -> r.getHost()).toList());
        var tlsHosts = new TreeSet<String>();
        ing.getSpec().getTls().forEach(t -> {
            assertNotNull(t.getSecretName(), "TLS entry without a certificate Secret");
            tlsHosts.addAll(t.getHosts());
        });
        assertEquals(ruleHosts, tlsHosts, "every Ingress host is served over TLS");
        assertTrue(prod.typed("Service", Service.class).stream().allMatch(s -> s.getSpec().getType() == null || s.getSpec().getType().equals("ClusterIP")),
                "no NodePort or LoadBalancer Service bypasses the Ingress");
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
            assertTrue(svc.getSpec().getPorts().stream().anyMatch(p -> p.getName().equals(ep.path("port").asText())),
                    w + ": ServiceMonitor port " + ep.path("port").asText() + " is no named port of the Service");
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
            JsonNode backup = c.path("spec").path("backup");
            assertTrue(backup.path("barmanObjectStore").path("destinationPath").asText().endsWith("/" + initdb.path("database").asText()),
                    cluster + " backs up to its own path");
            assertTrue(backup.has("retentionPolicy"), cluster + " backup retention");
            assertTrue(prod.ofKind("ScheduledBackup").stream().anyMatch(b -> b.path("spec").path("cluster").path("name").asText().equals(cluster)),
                    cluster + " has no ScheduledBackup");
        }
    }
}
