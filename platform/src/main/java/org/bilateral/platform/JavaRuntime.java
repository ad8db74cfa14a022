package org.bilateral.platform;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A JDK the services can run on: its home and the version its {@code release} file states.
 *
 * @param home    the JDK's home directory (holds {@code bin/java} and {@code release})
 * @param version the full runtime version, e.g. {@code 25.0.3+9-LTS}
 */
public record JavaRuntime(Path home, String version) {

    /** The first feature release whose JVM takes an AOT cache with method profiles (JEP 483, 514, 515). */
    public static final int AOT_CACHE_FEATURE = 25;

    /** Where JDKs are installed by the usual packages (Debian/Ubuntu, Fedora, macOS); searched one level deep. */
    static final List<Path> INSTALL_ROOTS = List.of(Path.of("/usr/lib/jvm"), Path.of("/Library/Java/JavaVirtualMachines"));

    public Path java() {
        return home.resolve("bin").resolve("java");
    }

    public int feature() {
        return feature(version);
    }

    public boolean takesAotCache() {
        return feature() >= AOT_CACHE_FEATURE;
    }

    /**
     * Whether this JVM starts with the option: {@code java OPTION -version} exits 0 within 10 s. For options that only
     * some updates of a release know (a JVM stops on an option it does not know), so the version string cannot tell.
     */
    public boolean accepts(String option) {
        try {
            Process probe = new ProcessBuilder(java().toString(), option, "-version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!probe.waitFor(10, TimeUnit.SECONDS)) {
                probe.destroyForcibly();
                return false;
            }
            return probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The feature release of a version string: {@code 25.0.3+9-LTS} is 25, {@code 17} is 17, the old {@code 1.8.0_292} is 8. */
    static int feature(String version) {
        String v = version.trim();
        if (v.startsWith("1.")) {
            v = v.substring(2);
        }
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) {
            end++;
        }
        if (end == 0) {
            throw new IllegalArgumentException("not a Java version: '" + version + "'");
        }
        return Integer.parseInt(v.substring(0, end));
    }

    /** The JVM the launcher itself runs on. */
    public static JavaRuntime running() {
        return new JavaRuntime(Path.of(System.getProperty("java.home")), System.getProperty("java.runtime.version"));
    }

    /** The JDK at {@code home}, if it has a {@code bin/java} and a {@code release} file naming its version. */
    static Optional<JavaRuntime> at(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin").resolve("java"))) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(release, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
        String version = unquote(p.getProperty("JAVA_RUNTIME_VERSION", p.getProperty("JAVA_VERSION", "")));
        try {
            feature(version);
        } catch (IllegalArgumentException notAVersion) {
            return Optional.empty();
        }
        return Optional.of(new JavaRuntime(home.toAbsolutePath().normalize(), version));
    }

    /**
     * Which JDK runs the services, in this order: {@code BILATERAL_JAVA_HOME} when set (it must be a JDK); else the
     * first of the launcher's own JVM, {@code JAVA_HOME} and the newest JDK installed under {@code installRoots} that
     * takes an AOT cache; else the launcher's own JVM.
     */
    static JavaRuntime choose(Map<String, String> env, JavaRuntime running, List<Path> installRoots) {
        String explicit = env.get("BILATERAL_JAVA_HOME");
        if (explicit != null && !explicit.isBlank()) {
            return at(Path.of(explicit.trim())).orElseThrow(() -> new IllegalArgumentException(
                    "BILATERAL_JAVA_HOME=" + explicit + " is not a JDK (no bin/java or no release file naming its version)"));
        }
        if (running.takesAotCache()) {
            return running;
        }
        String javaHome = env.get("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank()) {
            Optional<JavaRuntime> jdk = at(Path.of(javaHome.trim())).filter(JavaRuntime::takesAotCache);
            if (jdk.isPresent()) {
                return jdk.get();
            }
        }
        return installed(installRoots).stream().filter(JavaRuntime::takesAotCache).findFirst().orElse(running);
    }

    /** The JDKs one level under the roots (and macOS bundles' Contents/Home), newest feature release first, then by path. */
    static List<JavaRuntime> installed(List<Path> roots) {
        List<JavaRuntime> found = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> dirs = Files.list(root)) {
                dirs.filter(Files::isDirectory).sorted().forEach(dir -> at(dir).or(() -> at(dir.resolve("Contents/Home"))).ifPresent(found::add));
            } catch (IOException unreadable) {
                // a root we cannot list offers no JDK
            }
        }
        Comparator<JavaRuntime> newestFirst = Comparator.comparingInt((JavaRuntime j) -> j.feature()).reversed();
        found.sort(newestFirst.thenComparing(j -> j.home().toString()));
        return found;
    }

    private static String unquote(String s) {
        String t = s.trim();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }

    @Override
    public String toString() {
        return "JDK " + version + " (" + home + ")";
    }
}
