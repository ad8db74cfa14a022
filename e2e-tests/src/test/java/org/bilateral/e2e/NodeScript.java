package org.bilateral.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A node script of this module that runs beside a test (a stream consumer, a webhook receiver) rather than to
 * completion: every JSON line it prints is collected, the test waits for the lines it needs and steers the script by
 * writing lines to its stdin. Prepared with {@link BrowserScripts#nodeProject} (npm ci of the pinned package-lock).
 */
final class NodeScript implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Writer stdin;
    private final List<JsonNode> lines = new ArrayList<>();
    private final StringBuilder output = new StringBuilder();

    private NodeScript(String name, Process process) {
        this.name = name;
        this.process = process;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::read, name + "-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code node <script> <args>} in the prepared npm project {@code work}. */
    static NodeScript start(Path work, String script, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        return new NodeScript(script, p);
    }

    private void read() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode json = null;
                if (line.startsWith("{")) {
                    try {
                        json = Http.JSON.readTree(line);
                    } catch (IOException notJson) {
                        // kept in the output for the failure message
                    }
                }
                synchronized (this) {
                    output.append(line).append('\n');
                    if (json != null) {
                        lines.add(json);
                    }
                    notifyAll();
                }
            }
        } catch (IOException e) {
            // the process ended
        }
        synchronized (this) {
            notifyAll();
        }
    }

    /** The first line (in printed order) of this type that matches, waiting for it; fails with the script's output. */
    synchronized JsonNode await(String type, Predicate<JsonNode> matching, Duration within, String what) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        int seen = 0;
        while (true) {
            for (; seen < lines.size(); seen++) {
                JsonNode line = lines.get(seen);
                if (type.equals(line.path("type").asText()) && matching.test(line)) {
                    return line;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0 || (!process.isAlive() && seen == lines.size())) {
                fail(name + ": " + what + " did not come within " + within.toSeconds() + " s"
                        + (process.isAlive() ? "" : " (the script exited with " + process.exitValue() + ")") + "; its output:\n" + output);
            }
            // woken by every line the script prints; the bounded wait only notices a script that died quietly
            TimeUnit.NANOSECONDS.timedWait(this, Math.min(left, TimeUnit.SECONDS.toNanos(1)));
        }
    }

    synchronized JsonNode await(String type, Duration within) throws InterruptedException {
        return await(type, line -> true, within, "a '" + type + "' line");
    }

    /** Every line of this type printed so far, in order. */
    synchronized List<JsonNode> lines(String type) {
        return lines.stream().filter(l -> type.equals(l.path("type").asText())).toList();
    }

    synchronized String output() {
        return output.toString();
    }

    void send(String line) throws IOException {
        stdin.write(line + "\n");
        stdin.flush();
    }

    /** Asks the script to stop ("stop" on stdin) and expects it to exit cleanly. */
    void stop(Duration within) throws IOException, InterruptedException {
        send("stop");
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            fail(name + " did not exit within " + within.toSeconds() + " s of 'stop'; its output:\n" + output());
        }
        if (process.exitValue() != 0) {
            fail(name + " exited with " + process.exitValue() + "; its output:\n" + output());
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
        System.out.println("[e2e] node " + name + "\n" + output());
    }
}
