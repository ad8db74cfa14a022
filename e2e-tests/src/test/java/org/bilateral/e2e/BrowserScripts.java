package org.bilateral.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a node script of this module (playwright-core driving Debian's Chromium) for the browser tests. The npm project
 * is copied to target/browser and installed there with `npm ci`, so node_modules never lands in the source tree.
 * Where node, npm or /usr/bin/chromium is missing a browser test is skipped with the reason on a developer's machine
 * with only a JDK, and fails in CI (CI or BILATERAL_REQUIRE_BROWSER=true set), where .ci/run installs them.
 */
final class BrowserScripts {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    /** In CI (.ci/run installs the browser) a missing tool is a failure, never a silent skip. */
    static final boolean BROWSER_REQUIRED = System.getenv("CI") != null
            || "true".equals(System.getenv("BILATERAL_REQUIRE_BROWSER"));

    private BrowserScripts() {
    }

    /**
     * Checks the tools, prepares target/browser with the npm project and the script, and runs
     * {@code node <script> <gatewayUrl> target/screenshots}; returns its output (the test fails if it exits non-zero).
     */
    static String runAgainstGateway(String script, long timeoutSeconds) throws IOException, InterruptedException {
        requireTool(onPath("node"), "node is not installed (.ci/run installs nodejs and npm)");
        requireTool(onPath("npm"), "npm is not installed (.ci/run installs nodejs and npm)");
        requireTool(Files.isExecutable(CHROMIUM), CHROMIUM + " is missing (.ci/run installs Debian's chromium)");

        Path work = nodeProject("browser", "playwright-core", script);
        return run(work, timeoutSeconds, "node", script, RunningPlatform.gatewayUrl(), screenshots().toString());
    }

    /**
     * Prepares target/{dir} with this module's npm project (and the given files of it), installing it
     * with {@code npm ci} unless {@code probePackage} is already there; node (20 or later) and npm must be present.
     */
    static Path nodeProject(String dir, String probePackage, String... files) throws IOException, InterruptedException {
        requireTool(onPath("node"), "node is not installed (.ci/run installs nodejs and npm)");
        requireTool(onPath("npm"), "npm is not installed (.ci/run installs nodejs and npm)");
        int nodeMajor = nodeMajorVersion();
        requireTool(nodeMajor >= 20, "the npm project (package.json engines) needs node 20 or later, this is node " + nodeMajor);
        Path module = RunningPlatform.repositoryRoot().resolve("e2e-tests");
        Path work = RunningPlatform.buildDirectory().resolve(dir);
        Files.createDirectories(work);
        List<String> copied = new ArrayList<>(List.of("package.json", "package-lock.json"));
        copied.addAll(List.of(files));
        for (String file : copied) {
            Files.copy(module.resolve(file), work.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(work.resolve("node_modules").resolve(probePackage))) {
            run(work, 300, "npm", "ci", "--no-audit", "--no-fund");
        }
        return work;
    }

    static Path screenshots() {
        return RunningPlatform.buildDirectory().resolve("screenshots");
    }

    /** Outside CI a machine with only a JDK skips the test with the reason; in CI the same gap fails it. */
    static void requireTool(boolean present, String reason) {
        if (BROWSER_REQUIRED) {
            assertTrue(present, "test cannot run: " + reason);
        } else {
            assumeTrue(present, "test skipped: " + reason);
        }
    }

    static String run(Path dir, long timeoutSeconds, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, command[0], ".log");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println("[e2e] " + String.join(" ", command) + "\n" + output);
        assertTrue(finished, String.join(" ", command) + " did not finish in " + timeoutSeconds + " s:\n" + output);
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n" + output);
        return output;
    }

    private static int nodeMajorVersion() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
        String version = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor(30, TimeUnit.SECONDS);
        try {
            return Integer.parseInt(version.replaceFirst("^v", "").split("\\.")[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
