package org.bilateral.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every pod template, in every overlay, runs as a platform team requires. */
class WorkloadHardeningTest {

    record Workload(String overlay, String name, PodTemplateSpec template) {
        @Override
        public String toString() {
            return overlay + "/" + name;
        }
    }

    static Stream<Arguments> workloads() {
        List<Arguments> all = new ArrayList<>();
        for (String o : Rendered.overlays()) {
            Rendered r = Rendered.overlay(o);
            r.typed("Deployment", Deployment.class).forEach(d -> all.add(Arguments.of(new Workload(o, d.getMetadata().getName(), d.getSpec().getTemplate()))));
            r.typed("StatefulSet", StatefulSet.class).forEach(s -> all.add(Arguments.of(new Workload(o, s.getMetadata().getName(), s.getSpec().getTemplate()))));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workloads")
    void podAndContainersRunNonRootReadOnlyWithoutPrivilegeOrCapabilities(Workload w) {
        PodSpec pod = w.template().getSpec();
        assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot(), w + " pod runAsNonRoot");
        assertNotNull(pod.getSecurityContext().getRunAsUser(), w + " pod runAsUser");
        assertTrue(pod.getSecurityContext().getRunAsUser() > 0, w + " runs as uid 0");
        assertEquals("RuntimeDefault", pod.getSecurityContext().getSeccompProfile().getType(), w + " seccomp");
        for (Container c : pod.getContainers()) {
            var sc = c.getSecurityContext();
            assertNotNull(sc, w + " container security context");
            assertEquals(Boolean.TRUE, sc.getReadOnlyRootFilesystem(), w + " readOnlyRootFilesystem");
            assertEquals(Boolean.FALSE, sc.getAllowPrivilegeEscalation(), w + " allowPrivilegeEscalation");
            assertFalse(Boolean.TRUE.equals(sc.getPrivileged()), w + " privileged");
            assertEquals(List.of("ALL"), sc.getCapabilities().getDrop(), w + " capabilities drop");
            assertTrue(sc.getCapabilities().getAdd() == null || sc.getCapabilities().getAdd().isEmpty(), w + " adds capabilities");
            String tmpVolume = c.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp")).map(m -> m.getName())
                    .findFirst().orElseThrow(() -> new AssertionError(w + " mounts nothing writable at /tmp"));
            assertTrue(pod.getVolumes().stream().anyMatch(v -> v.getName().equals(tmpVolume) && v.getEmptyDir() != null),
                    w + " /tmp is not an emptyDir");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workloads")
    void serviceAccountTokenIsNotMounted(Workload w) {
        PodSpec pod = w.template().getSpec();
        assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), w + " pod automounts the token");
        String sa = pod.getServiceAccountName();
        assertNotNull(sa, w + " uses the default ServiceAccount");
        ServiceAccount account = Rendered.overlay(w.overlay()).typed("ServiceAccount", ServiceAccount.class).stream()
                .filter(a -> a.getMetadata().getName().equals(sa)).findFirst()
                .orElseThrow(() -> new AssertionError(w + ": ServiceAccount " + sa + " is not rendered"));
        assertEquals(Boolean.FALSE, account.getAutomountServiceAccountToken(), sa + " automounts its token");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workloads")
    void everyContainerHasCpuAndMemoryRequestsAndLimitsAndProbes(Workload w) {
        for (Container c : w.template().getSpec().getContainers()) {
            Map<String, Quantity> req = c.getResources().getRequests();
            Map<String, Quantity> lim = c.getResources().getLimits();
            for (String r : List.of("cpu", "memory")) {
                assertNotNull(req.get(r), w + " no " + r + " request");
                assertNotNull(lim.get(r), w + " no " + r + " limit");
                assertTrue(Quantity.getAmountInBytes(req.get(r)).compareTo(Quantity.getAmountInBytes(lim.get(r))) <= 0,
                        w + " " + r + " request above its limit");
            }
            assertNotNull(c.getStartupProbe(), w + " startup probe");
            assertNotNull(c.getLivenessProbe(), w + " liveness probe");
            assertNotNull(c.getReadinessProbe(), w + " readiness probe");
            assertFalse(c.getImage().endsWith(":latest") || !c.getImage().contains(":"), w + " image has no fixed tag: " + c.getImage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workloads")
    void podTemplatesCarryTheRecommendedLabels(Workload w) {
        Map<String, String> labels = w.template().getMetadata().getLabels();
        for (String l : List.of("app.kubernetes.io/name", "app.kubernetes.io/instance", "app.kubernetes.io/component", "app.kubernetes.io/part-of")) {
            assertNotNull(labels.get(l), w + " pod label " + l);
        }
        assertEquals(w.name(), labels.get("app.kubernetes.io/name"));
    }
}
