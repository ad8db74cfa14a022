package org.bilateral.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * One application's JVM AOT cache (JEP 483/514/515: classes loaded and linked ahead, and method profiles) under
 * {@code .bilateral/aot/}. Its file name carries a key over the application's files, the JDK and the JVM options, so a
 * rebuild, another JDK or other options find no cache and train a new one instead of handing the JVM a stale one.
 */
final class AotCache {

    /** What a start does with the cache. */
    enum Mode {
        /** The JDK predates AOT caches with profiles, or BILATERAL_AOT_CACHE=off: a plain start. */
        OFF,
        /** No cache for this key yet: a plain start, and a training run afterwards writes one. */
        TRAIN,
        /** Start with {@code -XX:AOTCache=}. */
        USE
    }

    private final String application;
    private final Path directory;
    private final String key;

    AotCache(String application, Path directory, String key) {
        this.application = application;
        this.directory = directory;
        this.key = key;
    }

    /** The cache of an application directory (a Quarkus fast-jar's {@code quarkus-app}) run on this JDK with these options. */
    static AotCache of(String application, Path directory, Path appDirectory, JavaRuntime jdk, String javaOptions) {
        return new AotCache(application, directory, key(jdk, javaOptions, appDirectory));
    }

    static Mode decide(boolean enabled, JavaRuntime jdk, boolean cachePresent) {
        if (!enabled || !jdk.takesAotCache()) {
            return Mode.OFF;
        }
        return cachePresent ? Mode.USE : Mode.TRAIN;
    }

    Mode mode(boolean enabled, JavaRuntime jdk) {
        return decide(enabled, jdk, present());
    }

    Path file() {
        return directory.resolve(application + "-" + key + ".aot");
    }

    /** Where a training run writes, renamed to {@link #file()} only once the JVM has finished the cache. */
    Path trainingFile() {
        return directory.resolve(application + "-" + key + ".aot.training");
    }

    Path trainingLog() {
        return directory.resolve(application + ".training.log");
    }

    boolean present() {
        try {
            return Files.isRegularFile(file()) && Files.size(file()) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Publishes a finished training run's cache and deletes the application's caches of other keys. */
    boolean publish() throws IOException {
        Path trained = trainingFile();
        if (!Files.isRegularFile(trained) || Files.size(trained) == 0) {
            return false;
        }
        Files.move(trained, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        try (Stream<Path> files = Files.list(directory)) {
            for (Path old : files.filter(p -> isOtherCacheOfThisApplication(p.getFileName().toString())).toList()) {
                Files.deleteIfExists(old);
            }
        }
        return true;
    }

    /** Forgets a cache the JVM refused, so the next start trains a new one. */
    void discard() {
        try {
            Files.deleteIfExists(file());
        } catch (IOException ignored) {
            // the next start finds it again and the JVM refuses it again: slower, never broken
        }
    }

    void discardTraining() {
        for (Path p : List.of(trainingFile(), Path.of(trainingFile() + ".config"))) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a leftover is overwritten by the next training run
            }
        }
    }

    private boolean isOtherCacheOfThisApplication(String name) {
        return name.startsWith(application + "-") && !name.equals(file().getFileName().toString())
                && name.substring(application.length() + 1).matches("[0-9a-f]{16}\\.aot(\\.training(\\.config)?)?");
    }

    String key() {
        return key;
    }

    /**
     * The cache key: SHA-256 over the JDK (version and home), the JVM options and every file of the application
     * directory (relative path, size and a CRC32C of the contents; a CRC is enough to tell a rebuild and keeps the
     * check at tens of milliseconds for the 55 MB of a service), first 16 hex digits.
     */
    static String key(JavaRuntime jdk, String javaOptions, Path appDirectory) {
        MessageDigest sha = sha256();
        update(sha, jdk.version());
        update(sha, jdk.home().toString());
        update(sha, String.join(" ", javaOptions.trim().split("\\s+")));
        try (Stream<Path> walk = Files.walk(appDirectory)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                update(sha, appDirectory.relativize(file).toString().replace('\\', '/'));
                update(sha, Long.toString(Files.size(file)));
                update(sha, Long.toHexString(crc32c(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + appDirectory + " for its AOT cache key", e);
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    private static long crc32c(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                crc.update(buffer, 0, n);
            }
        }
        return crc.getValue();
    }

    private static void update(MessageDigest sha, String part) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
