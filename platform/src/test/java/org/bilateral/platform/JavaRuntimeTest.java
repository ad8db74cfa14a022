package org.bilateral.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which JDK runs the applications, told from the JDKs' release files, and when it takes an AOT cache. */
class JavaRuntimeTest {

    @TempDir
    Path jvms;

    @Test
    void theFeatureReleaseIsTheLeadingNumberOfTheVersion() {
        assertEquals(25, JavaRuntime.feature("25.0.3+9-LTS"));
        assertEquals(17, JavaRuntime.feature("17.0.15+6-Debian-1deb12u1"));
        assertEquals(26, JavaRuntime.feature("26-ea+12"));
        assertEquals(8, JavaRuntime.feature("1.8.0_292"));
        assertThrows(IllegalArgumentException.class, () -> JavaRuntime.feature("temurin"));
    }

    @Test
    void aJdkIsReadFromItsReleaseFileAndOnlyWhereItHasAJavaExecutable() throws IOException {
        Path home = jdk("temurin-25", "25.0.3+9-LTS");
        JavaRuntime jdk = JavaRuntime.at(home).orElseThrow();
        assertEquals("25.0.3+9-LTS", jdk.version());
        assertTrue(jdk.takesAotCache());
        assertEquals(home.resolve("bin/java"), jdk.java());

        Files.delete(home.resolve("bin/java"));
        assertTrue(JavaRuntime.at(home).isEmpty(), "a JRE-less directory is no JDK");
        assertTrue(JavaRuntime.at(jvms.resolve("missing")).isEmpty());
    }

    @Test
    void withoutAReleaseRuntimeVersionTheJavaVersionCounts() throws IOException {
        Path home = jvms.resolve("old");
        Files.createDirectories(home.resolve("bin"));
        executable(home.resolve("bin/java"), "");
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"17.0.2\"\n");
        assertEquals(17, JavaRuntime.at(home).orElseThrow().feature());
    }

    @Test
    void bilateralJavaHomeWinsEvenOverANewerJdk() throws IOException {
        Path seventeen = jdk("jdk-17", "17.0.15+6");
        jdk("jdk-25", "25.0.3+9-LTS");
        JavaRuntime chosen = JavaRuntime.choose(Map.of("BILATERAL_JAVA_HOME", seventeen.toString()), running("21.0.1"), List.of(jvms));
        assertEquals(seventeen, chosen.home());
    }

    @Test
    void aBilateralJavaHomeThatIsNoJdkIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JavaRuntime.choose(Map.of("BILATERAL_JAVA_HOME", jvms.resolve("nothing").toString()), running("17.0.1"), List.of(jvms)));
        assertTrue(e.getMessage().contains("BILATERAL_JAVA_HOME"), e.getMessage());
    }

    @Test
    void theLaunchersOwnJvmIsUsedWhenItTakesAnAotCache() throws IOException {
        jdk("jdk-26", "26.0.1");
        JavaRuntime own = running("25.0.1");
        assertEquals(own, JavaRuntime.choose(Map.of(), own, List.of(jvms)));
    }

    @Test
    void onJdk17JavaHomeIsTakenWhenItIsNewEnoughAndOtherwiseTheNewestInstalledJdk() throws IOException {
        Path javaHome25 = jdk("elsewhere-25", "25.0.2");
        Path installed25 = jdk("temurin-25", "25.0.3+9-LTS");
        Path installed26 = jdk("temurin-26", "26.0.1");
        Path seventeen = jdk("jdk-17", "17.0.15");
        JavaRuntime own = running("17.0.15");
        // install roots: only the directory holding installed25, installed26 and seventeen
        Path root = jvms.resolve("usr-lib-jvm");
        Files.createDirectories(root);
        for (Path p : List.of(installed25, installed26, seventeen)) {
            Files.move(p, root.resolve(p.getFileName()));
        }
        assertEquals(javaHome25, JavaRuntime.choose(Map.of("JAVA_HOME", javaHome25.toString()), own, List.of(root)).home());
        assertEquals(root.resolve("temurin-26"), JavaRuntime.choose(Map.of("JAVA_HOME", root.resolve("jdk-17").toString()), own, List.of(root)).home(),
                "JAVA_HOME on 17 does not take a cache: the newest installed JDK does");
    }

    @Test
    void withNoJdk25AnywhereTheLaunchersOwnJvmRunsThemWithoutACache() throws IOException {
        jdk("jdk-17", "17.0.15");
        JavaRuntime own = running("17.0.15");
        JavaRuntime chosen = JavaRuntime.choose(Map.of(), own, List.of(jvms, jvms.resolve("no-such-root")));
        assertEquals(own, chosen);
        assertFalse(chosen.takesAotCache());
    }

    @Test
    void aJvmIsAskedWhetherItStartsWithAnOption() throws IOException {
        JavaRuntime own = JavaRuntime.running();
        assertTrue(own.accepts("-Xss1m"));
        assertFalse(own.accepts("-XX:NoSuchOptionOfBilateral=1"), "a JVM stops on an option it does not know");
        assertTrue(new JavaRuntime(jdk("takes-all", "17.0.15", 0), "17.0.15").accepts("-XX:Anything=1"));
        assertFalse(new JavaRuntime(jdk("takes-none", "17.0.8", 1), "17.0.8").accepts("-XX:Anything=1"));
        assertFalse(new JavaRuntime(jvms.resolve("no-jdk-here"), "17.0.1").accepts("-Xss1m"), "no JVM to ask takes nothing");
    }

    @Test
    void theDefaultOptionsTrimTheNativeHeapWhereTheJvmCanAndGivenOptionsAreTakenAsTheyAre() throws IOException {
        JavaRuntime trims = new JavaRuntime(jdk("trims", "17.0.15", 0), "17.0.15");
        JavaRuntime cannot = new JavaRuntime(jdk("cannot", "17.0.8", 1), "17.0.8");
        PlatformSettings defaults = PlatformSettings.fromEnvironment(Map.of());
        assertEquals(PlatformSettings.DEFAULT_JAVA_OPTIONS + " " + PlatformSettings.TRIM_NATIVE_HEAP, defaults.javaOptionsFor(trims));
        assertEquals(PlatformSettings.DEFAULT_JAVA_OPTIONS, defaults.javaOptionsFor(cannot));
        JavaRuntime unasked = new JavaRuntime(jdk("jdk-25", "25.0.3", 1), "25.0.3");
        assertEquals(PlatformSettings.DEFAULT_JAVA_OPTIONS + " " + PlatformSettings.TRIM_NATIVE_HEAP, defaults.javaOptionsFor(unasked),
                "every release from 22 has the trim: not asked");
        assertTrue(PlatformSettings.DEFAULT_JAVA_OPTIONS.contains("-XX:MaxHeapFreeRatio=20"), PlatformSettings.DEFAULT_JAVA_OPTIONS);
        PlatformSettings given = PlatformSettings.fromEnvironment(Map.of("BILATERAL_JAVA_OPTS", "-Xmx1g -XX:+UseG1GC"));
        assertEquals("-Xmx1g -XX:+UseG1GC", given.javaOptionsFor(trims));
        assertEquals(PlatformSettings.DEFAULT_JAVA_OPTIONS,
                PlatformSettings.fromEnvironment(Map.of("BILATERAL_JAVA_OPTS", " ")).javaOptionsFor(cannot), "blank is unset");
    }

    private JavaRuntime running(String version) {
        return new JavaRuntime(Path.of("/opt/launcher-jdk"), version);
    }

    private Path jdk(String name, String version) throws IOException {
        return jdk(name, version, 0);
    }

    /** A JDK whose java exits with {@code exit} whatever it is given. */
    private Path jdk(String name, String version, int exit) throws IOException {
        Path home = jvms.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        executable(home.resolve("bin/java"), "exit " + exit + "\n");
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_RUNTIME_VERSION=\"" + version + "\"\nJAVA_VERSION=\""
                + version.replaceAll("[+-].*", "") + "\"\n");
        return home;
    }

    private static void executable(Path file, String script) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
