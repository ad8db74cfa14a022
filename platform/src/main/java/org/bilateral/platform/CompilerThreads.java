package org.bilateral.platform;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Puts a JVM's C2 compiler threads below its other threads' CPU priority (a higher nice value) while the platform
 * starts, on Linux, and back afterwards. When {@code ./bilateral} starts four JVMs on a small machine, C2 takes almost
 * half of the CPU they spend until all are ready, compiling what only the start runs; below the applications' threads
 * it compiles on what they leave over, while C1 keeps the start's own code quick (bench/README.md, Performance II,
 * eighth pass). Only where the launcher may undo it: Linux lets any process raise a thread's nice value, but lowering
 * it again takes CAP_SYS_NICE (e.g. root's) or a nice limit (RLIMIT_NICE) that allows it, and a C2 left below the
 * application's threads gets so little CPU under full load that the first seconds and the steady rate suffer.
 */
final class CompilerThreads {

    /** The names HotSpot gives its compiler threads ("C2 CompilerThread0", ...), cut to Linux's 15 characters. */
    static final String C2_NAME = "C2 CompilerThre";
    static final String C1_NAME = "C1 CompilerThre";
    private static final Path PROC = Path.of("/proc");
    private static final Path RENICE = Path.of("/usr/bin/renice");
    /** Bit 23 of a capability set: CAP_SYS_NICE. */
    private static final long CAP_SYS_NICE = 1L << 23;

    private final int increment;
    private final Set<Long> lowered = new HashSet<>();

    /** {@code increment}: how far below the JVM's own nice value its C2 threads go (at most to 19). */
    CompilerThreads(int increment) {
        this.increment = increment;
    }

    /** Whether this system has what it takes: per-thread entries under /proc, renice, and the right to undo it. */
    static boolean supported() {
        if (!Files.isDirectory(PROC.resolve("self/task")) || !Files.isExecutable(RENICE)) {
            return false;
        }
        try {
            // BusyBox's renice -n adds to the value, so it could never set one back
            if (RENICE.toRealPath().getFileName().toString().contains("busybox")) {
                return false;
            }
            return mayRaisePriority(Files.readString(PROC.resolve("self/status")), Files.readString(PROC.resolve("self/limits")));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether the renice a process with this /proc/self/status and /proc/self/limits runs may set a nice value back:
     * as root with CAP_SYS_NICE (which root keeps across exec), with CAP_SYS_NICE ambient (which others keep), or with
     * a soft "Max nice priority" of 20 or more (nice values down to 20 minus it; inherited).
     */
    static boolean mayRaisePriority(String status, String limits) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : status.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.put(line.substring(0, colon), line.substring(colon + 1).trim());
            }
        }
        // real, effective, saved and file-system user ids
        String[] uids = fields.getOrDefault("Uid", "").split("\\s+");
        boolean root = uids.length > 1 && uids[1].equals("0");
        if (root && hasSysNice(fields.get("CapEff")) || hasSysNice(fields.get("CapAmb"))) {
            return true;
        }
        for (String line : limits.split("\n")) {
            if (line.startsWith("Max nice priority")) {
                String soft = line.substring("Max nice priority".length()).trim().split("\\s+")[0];
                return soft.equals("unlimited") || Long.parseLong(soft) >= 20;
            }
        }
        return false;
    }

    private static boolean hasSysNice(String capabilities) {
        return capabilities != null && !capabilities.isEmpty() && (Long.parseUnsignedLong(capabilities, 16) & CAP_SYS_NICE) != 0;
    }

    /** Puts the process's C2 threads not yet lowered below; returns how many it lowered now. */
    int lower(long pid) throws IOException, InterruptedException {
        int base = niceOf(PROC.resolve(Long.toString(pid)).resolve("stat"));
        if (base == Integer.MIN_VALUE) {
            return 0;
        }
        Map<Long, Path> tasks = tasks(pid);
        // HotSpot may start a C1 thread from a lowered C2 thread, and it inherits the nice value
        List<Long> c1Below = below(tasks, base, name -> name.startsWith(C1_NAME));
        if (!c1Below.isEmpty()) {
            renice(base, c1Below);
        }
        int target = Math.min(19, base + increment);
        List<Long> found = new ArrayList<>();
        tasks.forEach((tid, task) -> {
            if (!lowered.contains(tid) && name(task).startsWith(C2_NAME)) {
                found.add(tid);
            }
        });
        if (found.isEmpty() || target == base) {
            return 0;
        }
        renice(target, found);
        int done = 0;
        for (long tid : found) {
            // checked rather than trusted: a renice that adds (BusyBox's) or a thread that ended
            if (niceOf(tasks.get(tid).resolve("stat")) == target) {
                lowered.add(tid);
                done++;
            }
        }
        return done;
    }

    /**
     * Sets every compiler thread of the process that is below the JVM's own nice value back to it: those lowered here,
     * and any compiler thread HotSpot started from a lowered one (a new thread inherits its nice value). Returns
     * whether all of them are back.
     */
    boolean restore(long pid) throws IOException, InterruptedException {
        int base = niceOf(PROC.resolve(Long.toString(pid)).resolve("stat"));
        if (base == Integer.MIN_VALUE) {
            return true;
        }
        Map<Long, Path> tasks = tasks(pid);
        List<Long> below = below(tasks, base, name -> name.startsWith(C2_NAME) || name.startsWith(C1_NAME));
        if (below.isEmpty()) {
            return true;
        }
        renice(base, below);
        lowered.clear();
        for (long tid : below) {
            int now = niceOf(tasks.get(tid).resolve("stat"));
            if (now != Integer.MIN_VALUE && now != base) {
                return false;
            }
        }
        return true;
    }

    /** The threads so named whose nice value is above {@code base}, i.e. below the JVM's own priority. */
    private static List<Long> below(Map<Long, Path> tasks, int base, Predicate<String> named) {
        List<Long> below = new ArrayList<>();
        tasks.forEach((tid, task) -> {
            if (named.test(name(task)) && niceOf(task.resolve("stat")) > base) {
                below.add(tid);
            }
        });
        return below;
    }

    /** The process's threads, id to /proc entry; none once it has ended. */
    private static Map<Long, Path> tasks(long pid) throws IOException {
        Map<Long, Path> tasks = new LinkedHashMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC.resolve(Long.toString(pid)).resolve("task"))) {
            for (Path task : entries) {
                tasks.put(Long.parseLong(task.getFileName().toString()), task);
            }
        } catch (NoSuchFileException | DirectoryIteratorException ended) {
            return Map.of();
        }
        return tasks;
    }

    private static String name(Path task) {
        try {
            return Files.readString(task.resolve("comm"));
        } catch (IOException ended) {
            return "";
        }
    }

    /** The 19th field of a /proc stat file (counted after the name in parentheses, which may hold spaces); MIN_VALUE once gone. */
    static int niceOf(Path stat) {
        try {
            String line = Files.readString(stat);
            String[] fields = line.substring(line.lastIndexOf(')') + 2).trim().split(" ");
            return Integer.parseInt(fields[19 - 3]);
        } catch (IOException | RuntimeException ended) {
            return Integer.MIN_VALUE;
        }
    }

    /** The absolute form (util-linux's -n adds instead when POSIXLY_CORRECT is set, so that is left out); checked by the callers. */
    private static void renice(int nice, List<Long> tids) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(RENICE.toString(), "-n", Integer.toString(nice)));
        tids.forEach(tid -> command.addAll(List.of("-p", Long.toString(tid))));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("POSIXLY_CORRECT");
        Process renice = builder.start();
        if (!renice.waitFor(5, TimeUnit.SECONDS)) {
            renice.destroyForcibly();
        }
    }

    /**
     * Lowers the process's C2 threads as they appear (HotSpot may add some while it runs) until {@code until} says stop,
     * then sets them back, whatever happened meanwhile; a daemon thread of the launcher. {@code onFailedRestore} hears of
     * a restore that did not take.
     */
    static Thread watch(Process process, int increment, BooleanSupplier until, Runnable onFailedRestore, String name) {
        CompilerThreads threads = new CompilerThreads(increment);
        Thread watcher = new Thread(() -> {
            try {
                while (process.isAlive() && !until.getAsBoolean()) {
                    try {
                        threads.lower(process.pid());
                    } catch (IOException | RuntimeException e) {
                        // a thread or the process ending between two reads: the next round sees how things are
                    }
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                restoreQuietly(threads, process, onFailedRestore);
            }
        }, name + "-jit-priority");
        watcher.setDaemon(true);
        watcher.start();
        return watcher;
    }

    private static void restoreQuietly(CompilerThreads threads, Process process, Runnable onFailedRestore) {
        if (!process.isAlive()) {
            return;
        }
        // an interrupted watcher still sets the threads back: the flag would make renice's waitFor throw at once
        boolean interrupted = Thread.interrupted();
        try {
            if (!threads.restore(process.pid())) {
                onFailedRestore.run();
            }
        } catch (IOException | RuntimeException e) {
            onFailedRestore.run();
        } catch (InterruptedException e) {
            interrupted = true;
            onFailedRestore.run();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
