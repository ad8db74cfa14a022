package org.bilateral.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What the applications themselves say: their configuration (shared and own), pom, @ConfigMapping sources, Dockerfile. */
record Apps(String module, Properties properties, String pom, String configMappingSources, String dockerfile) {

    static final List<String> SERVICES = List.of("trade-service", "agreements-service", "ventures-service");
    static final List<String> WORKLOADS = List.of("trade-service", "agreements-service", "ventures-service", "gateway");
    /** Modules whose @ConfigMapping interfaces every application gets (through its dependencies). */
    static final List<String> SHARED = List.of("service-support", "data-support");

    /** Read at test time, so the tests follow the applications' files as they change. */
    static Apps of(String module) {
        Path dir = Rendered.root().resolve(module);
        Properties p = new Properties();
        // the shared settings first (META-INF/microprofile-config.properties, ordinal 100), then the application's own
        // application.properties (250) over them; absent files mean Quarkus defaults
        List<Path> sources = new ArrayList<>(List.of(Rendered.root().resolve("service-support/src/main/resources/META-INF/microprofile-config.properties")));
        if (SERVICES.contains(module)) {
            sources.add(Rendered.root().resolve("data-support/src/main/resources/META-INF/microprofile-config.properties"));
        }
        sources.add(dir.resolve("src/main/resources/application.properties"));
        for (Path props : sources) {
            if (Files.exists(props)) {
                try (Reader r = Files.newBufferedReader(props)) {
                    p.load(r);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        StringBuilder mappings = new StringBuilder();
        List<Path> roots = new ArrayList<>(List.of(dir.resolve("src/main/java")));
        SHARED.forEach(s -> roots.add(Rendered.root().resolve(s).resolve("src/main/java")));
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String src = Files.readString(f);
                    if (src.contains("@ConfigMapping")) {
                        mappings.append(src).append('\n');
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Apps(module, p, readOrEmpty(dir.resolve("pom.xml")), mappings.toString(),
                readOrEmpty(dir.resolve("src/main/docker/Dockerfile.jvm")));
    }

    static String readOrEmpty(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A property as the running prod profile sees it: %prod., then unprofiled, then the default. */
    String prop(String name, String quarkusDefault) {
        return properties.getProperty("%prod." + name, properties.getProperty(name, quarkusDefault));
    }

    int httpPort() {
        return Integer.parseInt(prop("quarkus.http.port", "8080"));
    }

    /** Health and metrics on their own port (quarkus.management.enabled), which then serves /q/health and /q/metrics. */
    boolean managementEnabled() {
        return Boolean.parseBoolean(prop("quarkus.management.enabled", "false"));
    }

    int managementPort() {
        return Integer.parseInt(prop("quarkus.management.port", "9000"));
    }

    /** The port probes and Prometheus use: the management port when the interface is on, else the HTTP port. */
    int operationsPort() {
        return managementEnabled() ? managementPort() : httpPort();
    }

    boolean hasDependency(String artifactId) {
        return pom.contains("<artifactId>" + artifactId + "</artifactId>");
    }

    /** /q/health/{live,ready,started} as this app serves them, from its own config. */
    String healthPath(String kind) {
        String defaultPath = switch (kind) {
            case "liveness" -> "live";
            case "readiness" -> "ready";
            case "startup" -> "started";
            default -> throw new IllegalArgumentException(kind);
        };
        return join(nonApplicationRoot(), prop("quarkus.smallrye-health.root-path", "health"),
                prop("quarkus.smallrye-health." + kind + "-path", defaultPath));
    }

    String metricsPath() {
        return join(nonApplicationRoot(), prop("quarkus.micrometer.export.prometheus.path", "metrics"));
    }

    private String nonApplicationRoot() {
        // with the management interface on, health and metrics hang off its root path instead
        return managementEnabled() ? prop("quarkus.management.root-path", "/q") : prop("quarkus.http.non-application-root-path", "q");
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p.startsWith("/")) { // an absolute sub-path replaces what came before, as in Quarkus
                b.setLength(0);
            }
            b.append('/').append(p.replaceAll("^/+|/+$", ""));
        }
        return b.toString().replaceAll("/+", "/");
    }

    /** MicroProfile Config's rule: every non-alphanumeric character becomes _, then upper case. */
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** Names the app's properties file declares (any profile), and env names its expressions read. */
    List<String> declaredProperties() {
        return properties.stringPropertyNames().stream().map(k -> k.replaceFirst("^%[^.]+\\.", "")).toList();
    }

    boolean expressionReads(String env) {
        Pattern expr = Pattern.compile("\\$\\{" + Pattern.quote(env) + "([:}])");
        return properties.values().stream().anyMatch(v -> expr.matcher(v.toString()).find());
    }

    /** A @ConfigMapping with a prefix that starts the property, and a method for its last segment. */
    boolean configMappingDeclares(String property) {
        Matcher m = Pattern.compile("@ConfigMapping\\(prefix\\s*=\\s*\"([^\"]+)\"").matcher(configMappingSources);
        String last = property.substring(property.lastIndexOf('.') + 1);
        String camel = Pattern.compile("-([a-z])").matcher(last).replaceAll(r -> r.group(1).toUpperCase(Locale.ROOT));
        while (m.find()) {
            if (property.startsWith(m.group(1) + ".")
                    && Pattern.compile("\\b" + Pattern.quote(camel) + "\\(\\)").matcher(configMappingSources).find()) {
                return true;
            }
        }
        return false;
    }
}
