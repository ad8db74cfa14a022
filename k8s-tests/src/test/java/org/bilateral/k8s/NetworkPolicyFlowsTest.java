package org.bilateral.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Evaluates prod's NetworkPolicies the way Kubernetes does (a flow needs the source's egress and
 * the destination's ingress, when each is in the namespace) over every pair of endpoints and port,
 * and compares the allowed flows with the intended ones.
 */
class NetworkPolicyFlowsTest {

    record Endpoint(String name, String namespace, Map<String, String> labels) {
        boolean inside(String ns) {
            return ns.equals(namespace);
        }
    }

    final Rendered prod = Rendered.overlay("prod");
    final String ns = prod.one("Deployment", "gateway").path("metadata").path("namespace").asText();
    final List<NetworkPolicy> policies = prod.typed("NetworkPolicy", NetworkPolicy.class);

    List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>();
        for (Deployment d : prod.typed("Deployment", Deployment.class)) {
            all.add(new Endpoint(d.getMetadata().getName(), ns, d.getSpec().getTemplate().getMetadata().getLabels()));
        }
        prod.ofKind("Cluster").forEach(c -> all.add(new Endpoint(Rendered.name(c), ns, Map.of("cnpg.io/cluster", Rendered.name(c), "cnpg.io/podRole", "instance"))));
        // cert-manager's ACME HTTP-01 solver: a pod it starts in this namespace while a certificate is issued
        all.add(new Endpoint("acme-http01-solver", ns, Map.of("acme.cert-manager.io/http01-solver", "true",
                "acme.cert-manager.io/http-domain", "1234567", "acme.cert-manager.io/http-token", "7654321")));
        all.add(new Endpoint("ingress-controller", "ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx")));
        all.add(new Endpoint("kube-dns", "kube-system", Map.of("k8s-app", "kube-dns")));
        all.add(new Endpoint("prometheus", "monitoring", Map.of("app.kubernetes.io/name", "prometheus")));
        all.add(new Endpoint("cnpg-operator", "cnpg-system", Map.of("app.kubernetes.io/name", "cloudnative-pg")));
        all.add(new Endpoint("other-namespace-pod", "elsewhere", Map.of("app.kubernetes.io/name", "gateway")));
        all.add(new Endpoint("outside", null, Map.of()));
        return all;
    }

    Set<String> ports() {
        Set<String> ports = new TreeSet<>(List.of("TCP/443", "TCP/6443", "TCP/5432", "TCP/8000", "TCP/9187", "TCP/53", "UDP/53", "TCP/22",
                "TCP/" + ACME_SOLVER_PORT));
        Apps.WORKLOADS.forEach(w -> {
            ports.add("TCP/" + Apps.of(w).httpPort());
            ports.add("TCP/" + Apps.of(w).managementPort());
        });
        return ports;
    }

    /** cert-manager's HTTP-01 solver listens here (its acmesolver default). */
    static final int ACME_SOLVER_PORT = 8089;

    /**
     * What should flow: the flows, plus DNS, metrics scraping and CloudNativePG's own needs.
     * The public (HTTP) ports carry requests only; health and metrics are on the management ports, which
     * only Prometheus and (for the services' readiness) the gateway reach, never the ingress controller.
     */
    Set<String> intended() {
        Set<String> f = new TreeSet<>();
        int gw = Apps.of("gateway").httpPort();
        f.add("ingress-controller -> gateway TCP/" + gw);
        f.add("prometheus -> gateway TCP/" + Apps.of("gateway").operationsPort());
        f.add("ingress-controller -> acme-http01-solver TCP/" + ACME_SOLVER_PORT);
        for (String s : Apps.SERVICES) {
            int port = Apps.of(s).httpPort();
            f.add("gateway -> " + s + " TCP/" + port);
            f.add("gateway -> " + s + " TCP/" + Apps.of(s).operationsPort());
            f.add("prometheus -> " + s + " TCP/" + Apps.of(s).operationsPort());
            URI jdbc = URI.create(ApplicationCrossCheckTest.env("prod", s).get("QUARKUS_DATASOURCE_JDBC_URL").substring(5));
            String db = jdbc.getHost().replaceFirst("-rw$", "");
            f.add(s + " -> " + db + " TCP/" + jdbc.getPort());
            for (String p : List.of("TCP/5432", "TCP/8000")) {
                f.add(db + " -> " + db + " " + p);
                f.add("cnpg-operator -> " + db + " " + p);
            }
            f.add("prometheus -> " + db + " TCP/9187");
            f.add(db + " -> outside TCP/443");
            f.add(db + " -> outside TCP/6443");
        }
        for (Endpoint e : endpoints()) {
            if (e.inside(ns)) {
                f.add(e.name() + " -> kube-dns TCP/53");
                f.add(e.name() + " -> kube-dns UDP/53");
            }
        }
        return f;
    }

    @Test
    void defaultDenyCoversEveryPodInBothDirections() {
        assertTrue(policies.stream().anyMatch(p -> (p.getSpec().getPodSelector().getMatchLabels() == null || p.getSpec().getPodSelector().getMatchLabels().isEmpty())
                && p.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                && p.getSpec().getIngress().isEmpty() && p.getSpec().getEgress().isEmpty()), "no deny-all NetworkPolicy");
    }

    @Test
    void policiesAllowExactlyTheIntendedFlows() {
        List<Endpoint> eps = endpoints();
        Set<String> allowed = new TreeSet<>();
        for (Endpoint src : eps) {
            for (Endpoint dst : eps) {
                if (!src.inside(ns) && !dst.inside(ns)) {
                    continue;
                }
                for (String port : ports()) {
                    if (allows(src, dst, port)) {
                        allowed.add(src.name() + " -> " + dst.name() + " " + port);
                    }
                }
            }
        }
        Set<String> unexpected = new TreeSet<>(allowed);
        unexpected.removeAll(intended());
        Set<String> missing = new TreeSet<>(intended());
        missing.removeAll(allowed);
        assertEquals(Set.of(), unexpected, "flows allowed but not intended");
        assertEquals(Set.of(), missing, "intended flows not allowed");
    }

    boolean allows(Endpoint src, Endpoint dst, String port) {
        boolean egress = !src.inside(ns) || policies.stream().anyMatch(p -> selects(p, src) && p.getSpec().getPolicyTypes().contains("Egress")
                && p.getSpec().getEgress().stream().anyMatch(r -> peers(r.getTo(), dst) && ports(r.getPorts(), port)));
        boolean ingress = !dst.inside(ns) || policies.stream().anyMatch(p -> selects(p, dst) && p.getSpec().getPolicyTypes().contains("Ingress")
                && p.getSpec().getIngress().stream().anyMatch(r -> peers(r.getFrom(), src) && ports(r.getPorts(), port)));
        return egress && ingress;
    }

    boolean selects(NetworkPolicy p, Endpoint e) {
        return e.inside(ns) && matches(p.getSpec().getPodSelector(), e.labels());
    }

    boolean peers(List<NetworkPolicyPeer> peers, Endpoint e) {
        if (peers == null || peers.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPeer p : peers) {
            if (p.getIpBlock() != null) {
                // only addresses outside the cluster: pods are not reached through ipBlock rules here
                if (e.namespace() == null && p.getIpBlock().getCidr().equals("0.0.0.0/0")) {
                    return true;
                }
                continue;
            }
            if (e.namespace() == null) {
                continue;
            }
            boolean nsOk = p.getNamespaceSelector() == null ? e.inside(ns)
                    : matches(p.getNamespaceSelector(), Map.of("kubernetes.io/metadata.name", e.namespace()));
            boolean podOk = p.getPodSelector() == null || matches(p.getPodSelector(), e.labels());
            if (nsOk && podOk) {
                return true;
            }
        }
        return false;
    }

    static boolean ports(List<NetworkPolicyPort> ports, String port) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        return ports.stream().anyMatch(p -> {
            assertTrue(p.getPort().getIntVal() != null, "named ports are not evaluated by this test; use numbers");
            return ((p.getProtocol() == null ? "TCP" : p.getProtocol()) + "/" + p.getPort().getIntVal()).equals(port);
        });
    }

    static boolean matches(LabelSelector s, Map<String, String> labels) {
        assertTrue(s.getMatchExpressions() == null || s.getMatchExpressions().isEmpty(), "matchExpressions are not evaluated by this test");
        return s.getMatchLabels() == null || labels.entrySet().containsAll(s.getMatchLabels().entrySet());
    }
}
