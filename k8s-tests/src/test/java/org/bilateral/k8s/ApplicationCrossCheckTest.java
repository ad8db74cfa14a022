package org.bilateral.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The manifests agree with the applications' own configuration, read from their source files at test time. */
class ApplicationCrossCheckTest {

    /** Standard properties of an extension: the env name sets them only if the app has that extension. */
    static final Map<String, String> EXTENSION_PROPERTIES = Map.of(
            "quarkus.http.port", "quarkus-rest-jackson",
            "quarkus.shutdown.timeout", "quarkus-maven-plugin",
            "quarkus.datasource.jdbc.url", "quarkus-jdbc-postgresql",
            "quarkus.datasource.username", "quarkus-jdbc-postgresql",
            "quarkus.datasource.password", "quarkus-jdbc-postgresql",
            "mp.jwt.verify.publickey", "quarkus-smallrye-jwt",
            "mp.jwt.verify.publickey.location", "quarkus-smallrye-jwt",
            "mp.jwt.verify.issuer", "quarkus-smallrye-jwt",
            "quarkus.http.proxy.trusted-proxies", "quarkus-rest-jackson");
    /** Read by the image's launcher (run-java.sh of the base image), not by the application. */
    static final List<String> LAUNCHER_ENV = List.of("JAVA_MAX_MEM_RATIO", "JAVA_OPTS_APPEND", "GC_CONTAINER_OPTIONS");

    static Stream<Arguments> deployments() {
        List<Arguments> all = new ArrayList<>();
        for (String o : Rendered.overlays()) {
            for (String w : Apps.WORKLOADS) {
                all.add(Arguments.of(o, w));
            }
        }
        return all.stream();
    }

    static Deployment deployment(String overlay, String name) {
        return Rendered.overlay(overlay).typed("Deployment", Deployment.class).stream()
                .filter(d -> d.getMetadata().getName().equals(name)).findFirst().orElseThrow();
    }

    static Container container(String overlay, String name) {
        return deployment(overlay, name).getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    /** Every env name the container gets, with its literal value where it has one (envFrom ConfigMaps resolved). */
    static Map<String, String> env(String overlay, String name) {
        Map<String, String> env = new LinkedHashMap<>();
        Container c = container(overlay, name);
        for (EnvFromSource f : c.getEnvFrom()) {
            assertNotNull(f.getConfigMapRef(), name + ": envFrom other than a ConfigMap");
            ConfigMap cm = Rendered.overlay(overlay).typed("ConfigMap", ConfigMap.class).stream()
                    .filter(m -> m.getMetadata().getName().equals(f.getConfigMapRef().getName())).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " reads ConfigMap " + f.getConfigMapRef().getName() + " that is not rendered"));
            env.putAll(cm.getData());
        }
        for (EnvVar e : c.getEnv()) {
            env.put(e.getName(), e.getValue() == null ? "<from " + e.getValueFrom().toString() + ">" : e.getValue());
        }
        return env;
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("deployments")
    void containerServiceAndDockerfilePortsEqualTheAppsHttpAndManagementPorts(String overlay, String name) {
        Apps app = Apps.of(name);
        assertTrue(app.managementEnabled(), name + ": health and metrics must be on the management interface, not the public port");
        int port = app.httpPort();
        int management = app.managementPort();
        assertTrue(port != management, name + ": management port equals the HTTP port");
        Container c = container(overlay, name);
        Map<String, Integer> named = new LinkedHashMap<>();
        c.getPorts().forEach(p -> named.put(p.getName(), p.getContainerPort()));
        assertEquals(Map.of("http", port, "management", management), named, name + " container ports");
        Map<String, String> env = env(overlay, name);
        assertEquals(String.valueOf(port), env.getOrDefault("QUARKUS_HTTP_PORT", String.valueOf(port)), name + " QUARKUS_HTTP_PORT");
        assertEquals(String.valueOf(management), env.getOrDefault("QUARKUS_MANAGEMENT_PORT", String.valueOf(management)), name + " QUARKUS_MANAGEMENT_PORT");
        Service svc = Rendered.overlay(overlay).typed("Service", Service.class).stream()
                .filter(s -> s.getMetadata().getName().equals(name)).findFirst().orElseThrow();
        Map<String, Integer> servicePorts = new LinkedHashMap<>();
        for (ServicePort sp : svc.getSpec().getPorts()) {
            int target = resolve(sp.getTargetPort(), c);
            assertEquals(target, sp.getPort(), name + " Service port " + sp.getName() + " (the gateway and the docs use the app's ports)");
            servicePorts.put(sp.getName(), target);
        }
        assertEquals(Map.of("http", port, "management", management), servicePorts, name + " Service ports");
        for (int p : List.of(port, management)) {
            assertTrue(app.dockerfile().contains("EXPOSE " + p), name + " Dockerfile.jvm does not EXPOSE " + p);
        }
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("deployments")
    void probesUseHealthPathsTheAppServesOnItsPort(String overlay, String name) {
        Apps app = Apps.of(name);
        assertTrue(app.hasDependency("quarkus-smallrye-health"), name + " has no health extension, yet is probed");
        Container c = container(overlay, name);
        check(name, "startup", c.getStartupProbe(), app.healthPath("startup"), app.operationsPort(), c);
        check(name, "liveness", c.getLivenessProbe(), app.healthPath("liveness"), app.operationsPort(), c);
        check(name, "readiness", c.getReadinessProbe(), app.healthPath("readiness"), app.operationsPort(), c);
    }

    private static void check(String name, String kind, Probe p, String path, int port, Container c) {
        assertNotNull(p.getHttpGet(), name + " " + kind + " probe is not HTTP");
        assertEquals(path, p.getHttpGet().getPath(), name + " " + kind + " probe path");
        assertEquals(port, resolve(p.getHttpGet().getPort(), c), name + " " + kind + " probe port");
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("deployments")
    void everyEnvNameMapsToARealConfigProperty(String overlay, String name) {
        Apps app = Apps.of(name);
        List<String> unmapped = new ArrayList<>();
        for (String env : env(overlay, name).keySet()) {
            if (LAUNCHER_ENV.contains(env)) {
                assertTrue(app.dockerfile().contains("run-java.sh"), name + ": " + env + " needs the run-java.sh launcher in Dockerfile.jvm");
                continue;
            }
            boolean declared = app.declaredProperties().stream().anyMatch(p -> Apps.envName(p).equals(env))
                    && (!env.startsWith("BILATERAL_") || app.declaredProperties().stream().filter(p -> Apps.envName(p).equals(env)).anyMatch(app::configMappingDeclares));
            boolean extension = EXTENSION_PROPERTIES.entrySet().stream()
                    .anyMatch(e -> Apps.envName(e.getKey()).equals(env) && app.hasDependency(e.getValue()));
            if (!declared && !extension && !app.expressionReads(env)) {
                unmapped.add(env);
            }
        }
        assertEquals(List.of(), unmapped, name + " (" + overlay + "): env names no config property of the app reads");
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("deployments")
    void serviceSelectorMatchesItsDeploymentAndOnlyIt(String overlay, String name) {
        Rendered r = Rendered.overlay(overlay);
        Service svc = r.typed("Service", Service.class).stream().filter(s -> s.getMetadata().getName().equals(name)).findFirst().orElseThrow();
        Map<String, String> sel = svc.getSpec().getSelector();
        assertTrue(sel != null && !sel.isEmpty(), name + " Service has no selector");
        List<String> matched = r.typed("Deployment", Deployment.class).stream()
                .filter(d -> d.getSpec().getTemplate().getMetadata().getLabels().entrySet().containsAll(sel.entrySet()))
                .map(d -> d.getMetadata().getName()).toList();
        assertEquals(List.of(name), matched, name + " Service selects");
        Deployment d = deployment(overlay, name);
        assertTrue(d.getSpec().getTemplate().getMetadata().getLabels().entrySet().containsAll(d.getSpec().getSelector().getMatchLabels().entrySet()),
                name + " Deployment selector does not match its own pods");
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("deployments")
    void shutdownFitsTheGracePeriodAndHeapFollowsTheLimit(String overlay, String name) {
        Deployment d = deployment(overlay, name);
        Map<String, String> env = env(overlay, name);
        Duration shutdown = Duration.parse("PT" + env.get("QUARKUS_SHUTDOWN_TIMEOUT").toUpperCase());
        Container c = container(overlay, name);
        long preStop = c.getLifecycle() == null || c.getLifecycle().getPreStop() == null ? 0
                : c.getLifecycle().getPreStop().getSleep().getSeconds();
        long grace = d.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds();
        assertTrue(preStop + shutdown.toSeconds() < grace, name + ": preStop " + preStop + " s + shutdown " + shutdown + " exceed grace " + grace + " s");
        int ratio = Integer.parseInt(env.get("JAVA_MAX_MEM_RATIO"));
        assertTrue(ratio >= 25 && ratio <= 75, name + " heap ratio " + ratio);
        String opts = env.getOrDefault("JAVA_OPTS_APPEND", "") + " " + Apps.of(name).dockerfile();
        assertTrue(!opts.contains("-Xmx") && !opts.contains("-Xms"), name + ": a fixed heap size ignores the container limit");
    }

    /** The UBI launcher ignores JAVA_INITIAL_MEM_RATIO, and defaults to ParallelGC unless GC_CONTAINER_OPTIONS says otherwise. */
    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("deployments")
    void initialHeapIsAJvmOptionAndTheGcIsTheOneTheBenchmarksMeasured(String overlay, String name) {
        Map<String, String> env = env(overlay, name);
        String dockerfile = Apps.of(name).dockerfile();
        assertTrue(!env.containsKey("JAVA_INITIAL_MEM_RATIO") && !dockerfile.contains("JAVA_INITIAL_MEM_RATIO"),
                name + ": JAVA_INITIAL_MEM_RATIO is ignored by the image's launcher");
        String opts = env.getOrDefault("JAVA_OPTS_APPEND", "") + " " + dockerfile;
        assertTrue(opts.matches("(?s).*-XX:InitialRAMPercentage=\\d+.*"), name + ": no -XX:InitialRAMPercentage");
        java.util.regex.Matcher launcher = java.util.regex.Pattern.compile("DEFAULT_JAVA_OPTIONS = \"[^\"]*-XX:\\+Use(\\w+)GC")
                .matcher(launcherSettings());
        assertTrue(launcher.find(), "the launcher's default JVM options name no GC");
        String measured = "-XX:+Use" + launcher.group(1) + "GC";
        String gc = env.getOrDefault("GC_CONTAINER_OPTIONS", "");
        java.util.regex.Matcher image = java.util.regex.Pattern.compile("(?m)^ENV GC_CONTAINER_OPTIONS=\"([^\"]*)\"").matcher(dockerfile);
        if (gc.isEmpty() && image.find()) {
            gc = image.group(1);
        }
        assertEquals(measured, gc.trim(), name + ": GC_CONTAINER_OPTIONS (else the image runs ParallelGC)");
        assertTrue(!opts.replace(measured, "").matches("(?s).*-XX:\\+Use\\w+GC.*"), name + ": a second GC flag stops the JVM");
    }

    /**
     * The images run with the heap free ratios and the native-heap trim that the launcher's JVMs have (bench/ measured
     * them together): run-java.sh sets the ratios from GC_MIN/MAX_HEAP_FREE_RATIO (default 10/20), the trim is ours.
     */
    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("deployments")
    void theImagesGiveMemoryBackAsTheLauncherDoes(String overlay, String name) {
        Map<String, String> env = env(overlay, name);
        String dockerfile = Apps.of(name).dockerfile();
        String settings = launcherSettings();
        java.util.regex.Matcher ratios = java.util.regex.Pattern.compile("DEFAULT_JAVA_OPTIONS = \"[^\"]*-XX:MinHeapFreeRatio=(\\d+) -XX:MaxHeapFreeRatio=(\\d+)")
                .matcher(settings);
        assertTrue(ratios.find(), "the launcher's default JVM options set no heap free ratios");
        assertEquals(ratios.group(1), env.getOrDefault("GC_MIN_HEAP_FREE_RATIO", "10"), name + ": GC_MIN_HEAP_FREE_RATIO");
        assertEquals(ratios.group(2), env.getOrDefault("GC_MAX_HEAP_FREE_RATIO", "20"), name + ": GC_MAX_HEAP_FREE_RATIO");
        assertFalse(dockerfile.contains("HEAP_FREE_RATIO"), name + ": the image keeps run-java.sh's ratios");
        String trim = launcherOption(settings, "TRIM_NATIVE_HEAP = \"([^\"]+)\"", "the launcher names no native-heap trim");
        String young = launcherOption(settings, "DEFAULT_JAVA_OPTIONS = \"[^\"]*(-XX:NewSize=\\w+)",
                "the launcher's default JVM options set no floor under the young generation");
        java.util.regex.Matcher append = java.util.regex.Pattern.compile("(?m)^ENV JAVA_OPTS_APPEND=\"([^\"]*)\"").matcher(dockerfile);
        assertTrue(append.find(), name + ": the image sets no JAVA_OPTS_APPEND");
        String opts = env.getOrDefault("JAVA_OPTS_APPEND", append.group(1));
        for (String option : List.of(trim, young)) {
            assertTrue(opts.contains(option), name + ": JAVA_OPTS_APPEND lacks " + option + ": " + opts);
        }
    }

    /** The first group of the pattern in the launcher's settings source; fails with the message when it is not there. */
    private static String launcherOption(String settings, String pattern, String missing) {
        java.util.regex.Matcher option = java.util.regex.Pattern.compile(pattern).matcher(settings);
        assertTrue(option.find(), missing);
        return option.group(1);
    }

    private static String launcherSettings() {
        return Apps.readOrEmpty(Rendered.root().resolve("platform/src/main/java/org/bilateral/platform/PlatformSettings.java"));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("deployments")
    void gatewayUrlsPointAtTheRenderedServicesOnTheirPorts(String overlay, String name) {
        if (!name.equals("gateway")) {
            return;
        }
        Map<String, String> env = env(overlay, "gateway");
        Rendered r = Rendered.overlay(overlay);
        for (String s : Apps.SERVICES) {
            String var = s.substring(0, s.indexOf('-')).toUpperCase() + "_SERVICE_URL";
            URI url = URI.create(env.getOrDefault(var, "missing://"));
            assertEquals(s, url.getHost(), var);
            Service svc = r.typed("Service", Service.class).stream().filter(x -> x.getMetadata().getName().equals(s)).findFirst().orElseThrow();
            assertEquals(svc.getSpec().getPorts().get(0).getPort(), url.getPort(), var + " port");
            assertEquals(Apps.of(s).httpPort(), url.getPort(), var + " port is not " + s + "'s HTTP port");
            String managementVar = s.substring(0, s.indexOf('-')).toUpperCase() + "_SERVICE_MANAGEMENT_URL";
            URI management = URI.create(env.getOrDefault(managementVar, "missing://"));
            assertEquals(s, management.getHost(), managementVar);
            assertEquals(Apps.of(s).managementPort(), management.getPort(), managementVar + " port is not " + s + "'s management port");
            assertTrue(svc.getSpec().getPorts().stream().anyMatch(p -> p.getPort() == management.getPort()),
                    managementVar + ": Service " + s + " has no such port");
        }
    }

    static int resolve(IntOrString port, Container c) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return c.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no container port named " + port.getStrVal())).getContainerPort();
    }
}
