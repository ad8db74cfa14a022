package org.bilateral.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Child JVMs whose threads' nice values are read from /proc before, during and after; only where the launcher may undo
 * what it does (Linux, root with CAP_SYS_NICE: this machine and CI, which run as root).
 */
class CompilerThreadsTest {

    @Test
    void onlyAProcessWhoseReniceMaySetTheNiceValueBackDoesIt() {
        String limitsOf = "Limit                     Soft Limit           Hard Limit           Units     \n"
                + "Max nice priority         %s                    %s                    \n";
        String root = "Name:\tjava\nUid:\t0\t0\t0\t0\nCapEff:\t000001ffffffffff\nCapAmb:\t0000000000000000\n";
        String rootWithoutSysNice = "Name:\tjava\nUid:\t0\t0\t0\t0\nCapEff:\t000001ffff7fffff\nCapAmb:\t0000000000000000\n";
        String user = "Name:\tjava\nUid:\t1000\t1000\t1000\t1000\nCapEff:\t0000000000000000\nCapAmb:\t0000000000000000\n";
        String userWithEffectiveOnly = "Name:\tjava\nUid:\t1000\t1000\t1000\t1000\nCapEff:\t0000000000800000\nCapAmb:\t0000000000000000\n";
        String userWithAmbient = "Name:\tjava\nUid:\t1000\t1000\t1000\t1000\nCapEff:\t0000000000800000\nCapAmb:\t0000000000800000\n";
        assertTrue(CompilerThreads.mayRaisePriority(root, limitsOf.formatted(0, 0)), "root with CAP_SYS_NICE");
        assertFalse(CompilerThreads.mayRaisePriority(rootWithoutSysNice, limitsOf.formatted(0, 0)), "root without it (a container's default)");
        assertFalse(CompilerThreads.mayRaisePriority(user, limitsOf.formatted(0, 0)), "an ordinary user");
        assertFalse(CompilerThreads.mayRaisePriority(userWithEffectiveOnly, limitsOf.formatted(0, 0)), "not kept across renice's exec");
        assertTrue(CompilerThreads.mayRaisePriority(userWithAmbient, limitsOf.formatted(0, 0)), "ambient: kept across exec");
        assertFalse(CompilerThreads.mayRaisePriority(user, limitsOf.formatted(10, 20)), "the soft limit counts: nice 10 at best");
        assertTrue(CompilerThreads.mayRaisePriority(user, limitsOf.formatted(20, 20)), "RLIMIT_NICE 20 allows nice 0");
        assertTrue(CompilerThreads.mayRaisePriority(user, limitsOf.formatted("unlimited", "unlimited")));
    }

    @Test
    void theWatcherPutsTheC2ThreadsBelowUntilToldAndLeavesEveryOtherThreadAsItWas() throws Exception {
        supportedHere();
        Process child = idleJvm();
        AtomicBoolean ready = new AtomicBoolean();
        try {
            Map<String, Integer> before = awaitThreads(child, true);
            int own = before.get(mainThread(before));
            AtomicBoolean failed = new AtomicBoolean();
            Thread watcher = CompilerThreads.watch(child, 10, ready::get, () -> failed.set(true), "test");
            Map<String, Integer> lowered = awaitNice(child, Math.min(19, own + 10));
            assertFalse(c2(lowered).isEmpty(), "the JVM has C2 threads: " + lowered);
            c2(lowered).forEach(t -> assertEquals(Math.min(19, own + 10), lowered.get(t), t + " in " + lowered));
            before.forEach((thread, nice) -> {
                if (!thread.startsWith(CompilerThreads.C2_NAME) && lowered.containsKey(thread)) {
                    assertEquals(nice, lowered.get(thread), thread + " kept its nice value: " + lowered);
                }
            });

            ready.set(true);
            watcher.join(10_000);
            assertFalse(watcher.isAlive(), "the watcher ends once told");
            assertFalse(failed.get(), "the restore took");
            Map<String, Integer> restored = nices(child.pid());
            c2(restored).forEach(t -> assertEquals(before.get(t), restored.get(t), t + " set back: " + restored));
        } finally {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String mainThread(Map<String, Integer> threads) {
        return threads.keySet().stream().filter(t -> t.startsWith("idle-main/")).findFirst().orElseThrow();
    }

    /**
     * Skips where the launcher would leave the threads alone; fails instead in CI (.ci/run sets
     * BILATERAL_REQUIRE_JIT_PRIORITY=true), which runs as root with CAP_SYS_NICE, so these tests cannot pass there unrun.
     */
    private static void supportedHere() {
        String why = "needs /proc/<pid>/task, /usr/bin/renice and the right to set a nice value back (CAP_SYS_NICE, e.g. root)";
        if (Boolean.parseBoolean(System.getenv("BILATERAL_REQUIRE_JIT_PRIORITY"))) {
            assertTrue(CompilerThreads.supported(), why);
        } else {
            assumeTrue(CompilerThreads.supported(), why);
        }
    }

    /** The child's threads once every C2 thread has that nice value (or after 20 s, as they are then). */
    private static Map<String, Integer> awaitNice(Process child, int nice) throws Exception {
        Map<String, Integer> threads = nices(child.pid());
        for (Instant end = Instant.now().plusSeconds(20); Instant.now().isBefore(end); Thread.sleep(50)) {
            threads = nices(child.pid());
            Map<String, Integer> now = threads;
            if (!c2(now).isEmpty() && c2(now).stream().allMatch(t -> now.get(t) == nice)) {
                break;
            }
        }
        return threads;
    }

    @Test
    void eachThreadIsChangedOnceAndAJvmWithoutC2IsLeftAlone() throws Exception {
        supportedHere();
        Process tiered = idleJvm();
        Process c1Only = idleJvm("-XX:TieredStopAtLevel=1");
        try {
            Map<String, Integer> tieredBefore = awaitThreads(tiered, true);
            CompilerThreads threads = new CompilerThreads(7);
            assertEquals(c2(tieredBefore).size(), threads.lower(tiered.pid()), "found the C2 threads");
            assertEquals(0, threads.lower(tiered.pid()), "already done");
            // as if HotSpot had started this C1 thread from a lowered C2 thread, which hands down its nice value
            String c1 = tieredBefore.keySet().stream().filter(t -> t.startsWith(CompilerThreads.C1_NAME)).findFirst().orElseThrow();
            new ProcessBuilder("/usr/bin/renice", "-n", "5", "-p", c1.substring(c1.indexOf('/') + 1)).start().waitFor();
            assertEquals(5, nices(tiered.pid()).get(c1));
            threads.lower(tiered.pid());
            assertEquals(tieredBefore.get(c1), nices(tiered.pid()).get(c1), "C1 set back while C2 stays below");
            Map<String, Integer> lowered = nices(tiered.pid());
            c2(lowered).forEach(t -> assertEquals(Math.min(19, tieredBefore.get(t) + 7), lowered.get(t), t + " lowered: " + lowered));
            assertTrue(threads.restore(tiered.pid()));
            Map<String, Integer> restored = nices(tiered.pid());
            c2(restored).forEach(t -> assertEquals(tieredBefore.get(t), restored.get(t), t + " set back: " + restored));

            Map<String, Integer> before = awaitThreads(c1Only, false);
            assertTrue(c2(before).isEmpty(), "C1 only: " + before);
            assertEquals(0, new CompilerThreads(7).lower(c1Only.pid()));
            Map<String, Integer> after = nices(c1Only.pid());
            before.forEach((thread, nice) -> {
                if (after.containsKey(thread)) {
                    assertEquals(nice, after.get(thread), thread + " left alone: " + after);
                }
            });
        } finally {
            tiered.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            c1Only.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aProcessThatHasEndedIsNoError() throws Exception {
        supportedHere();
        Process gone = new ProcessBuilder(java(), "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(gone.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, new CompilerThreads(10).lower(gone.pid()));
        assertTrue(new CompilerThreads(10).restore(gone.pid()), "nothing left to set back");
    }

    private static Process idleJvm(String... options) throws IOException {
        // a fixed set of compiler threads, so none starts between two readings
        List<String> command = new ArrayList<>(List.of(java(), "-XX:-UseDynamicNumberOfCompilerThreads"));
        command.addAll(List.of(options));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Idle.class.getName()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The child's threads once its main method runs (and, if asked, its C2 thread exists): "name/tid" to nice value. */
    private static Map<String, Integer> awaitThreads(Process child, boolean withC2) throws Exception {
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(end)) {
            Map<String, Integer> threads = nices(child.pid());
            if (threads.keySet().stream().anyMatch(t -> t.startsWith("idle-main/")) && (!withC2 || !c2(threads).isEmpty())) {
                return threads;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the child JVM did not come up: " + nices(child.pid()));
    }

    private static List<String> c2(Map<String, Integer> threads) {
        return threads.keySet().stream().filter(t -> t.startsWith(CompilerThreads.C2_NAME)).toList();
    }

    /** Every thread of the process: "name/tid" to its nice value. */
    private static Map<String, Integer> nices(long pid) throws IOException {
        Map<String, Integer> nices = new TreeMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                int nice = CompilerThreads.niceOf(task.resolve("stat"));
                try {
                    if (nice != Integer.MIN_VALUE) {
                        nices.put(Files.readString(task.resolve("comm")).strip() + "/" + task.getFileName(), nice);
                    }
                } catch (IOException ended) {
                    // the thread ended between the two reads
                }
            }
        }
        return nices;
    }

    /** A JVM that only waits, its main thread named so the test knows it runs. */
    public static final class Idle {
        public static void main(String[] args) throws InterruptedException {
            Thread.currentThread().setName("idle-main");
            Thread.sleep(120_000);
        }
    }
}
