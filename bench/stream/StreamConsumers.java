import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scenario 6's consumers: N concurrent SSE streams on one URL (loopback only), each counting the
 * change events it gets and taking, per event, now - recordedAt as the end-to-end latency.
 * Stops when every consumer has seen the cursor given as the last one, or after the time limit.
 * Usage: java StreamConsumers.java URL CONSUMERS SINCE LAST_CURSOR_FILE TIME_LIMIT_S
 * (LAST_CURSOR_FILE is written by the scenario once the writer has finished; until then 0).
 * Prints: RESULT consumers complete events p50_ms p99_ms max_ms
 */
public class StreamConsumers {
    static final Pattern CURSOR = Pattern.compile("\"cursor\":(\\d+)");
    static final Pattern RECORDED = Pattern.compile("\"recordedAt\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int n = Integer.parseInt(args[1]);
        long since = Long.parseLong(args[2]);
        java.nio.file.Path lastFile = java.nio.file.Path.of(args[3]);
        long limitMs = Long.parseLong(args[4]) * 1000;
        if (!URI.create(url).getHost().matches("127\\.0\\.0\\.1|localhost")) {
            throw new IllegalArgumentException("loopback only");
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        long[][] latencies = new long[n][];
        int[] counts = new int[n];
        long[] lastSeen = new long[n];
        AtomicInteger gaps = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(n);
        long deadline = System.currentTimeMillis() + limitMs;
        // one reader of the writer's last cursor for all consumers: reading the file per event (200 x 60,000 reads)
        // would cost the consumers more CPU than the stream itself
        AtomicLong lastCursor = new AtomicLong();
        Thread poller = new Thread(() -> {
            while (true) {
                lastCursor.set(lastCursor(lastFile));
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "last-cursor");
        poller.setDaemon(true);
        poller.start();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int me = i;
            Thread t = new Thread(() -> {
                long[] lat = new long[1 << 16];
                int k = 0;
                long previous = since;
                try {
                    HttpResponse<java.io.InputStream> r = http.send(HttpRequest.newBuilder(URI.create(url + (url.contains("?") ? "&" : "?")
                            + "since=" + since)).header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
                    if (r.statusCode() != 200) {
                        System.err.println("consumer " + me + ": HTTP " + r.statusCode());
                        return;
                    }
                    BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8));
                    String line;
                    while ((line = in.readLine()) != null && System.currentTimeMillis() < deadline) {
                        if (!line.startsWith("data:")) {
                            if (line.startsWith("event: cutoff") || line.startsWith("event:cutoff")) {
                                System.err.println("consumer " + me + " was cut off");
                                break;
                            }
                            continue;
                        }
                        Matcher c = CURSOR.matcher(line);
                        Matcher at = RECORDED.matcher(line);
                        if (!c.find() || !at.find()) {
                            continue;
                        }
                        long cursor = Long.parseLong(c.group(1));
                        if (cursor <= previous) {
                            gaps.incrementAndGet(); // duplicate or out of order
                        }
                        previous = cursor;
                        long ms = Duration.between(Instant.parse(at.group(1)), Instant.now()).toMillis();
                        if (k == lat.length) {
                            lat = Arrays.copyOf(lat, k * 2);
                        }
                        lat[k++] = ms;
                        counts[me]++;
                        lastSeen[me] = cursor;
                        long last = lastCursor.get();
                        if (last > 0 && cursor >= last) {
                            break;
                        }
                    }
                    r.body().close();
                } catch (Exception e) {
                    System.err.println("consumer " + me + ": " + e);
                } finally {
                    latencies[me] = Arrays.copyOf(lat, k);
                    done.countDown();
                }
            }, "consumer-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        done.await();
        long last = lastCursor(lastFile);
        int complete = 0;
        for (int i = 0; i < n; i++) {
            if (last > 0 && lastSeen[i] >= last) {
                complete++;
            }
        }
        long[] all = Arrays.stream(latencies).filter(a -> a != null).flatMapToLong(Arrays::stream).sorted().toArray();
        long p50 = all.length == 0 ? -1 : all[(int) (all.length * 0.50)];
        long p99 = all.length == 0 ? -1 : all[Math.min(all.length - 1, (int) (all.length * 0.99))];
        long max = all.length == 0 ? -1 : all[all.length - 1];
        int min = Arrays.stream(counts).min().orElse(0);
        System.out.println("RESULT " + n + " " + complete + " " + min + " " + p50 + " " + p99 + " " + max + " " + gaps.get());
    }

    static long lastCursor(java.nio.file.Path file) {
        try {
            return Long.parseLong(java.nio.file.Files.readString(file).trim());
        } catch (Exception e) {
            return 0;
        }
    }
}
