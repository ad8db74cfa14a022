import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drill load client (JDK only: java drills/WriteLoad.java ...). Writers create trade figures and
 * update their own acknowledged ones (every third call) for a fixed time, and record each answer:
 * an HTTP status (a complete response), "refused" (no connection could be made) or "cut" (the
 * connection failed after the request was sent: a half-answered request). At the end it writes the
 * acknowledged state of every figure (id version amount) for the drill to check in the database.
 *
 * Usage: WriteLoad BASE_URL TOKEN SECONDS WRITERS ACKS_FILE
 */
public class WriteLoad {

    static final String[] FLOWS = {"EXPORT", "IMPORT", "TURNOVER", "SERVICES", "INVESTMENT"};
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    record Ack(long id, int version, int amount, int key) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        long millis = Long.parseLong(args[2]) * 1000;
        int writers = Integer.parseInt(args[3]);
        Path acksFile = Path.of(args[4]);

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(3)).build();
        AtomicInteger keys = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger acknowledgedWrites = new AtomicInteger();
        Map<Long, Ack> acked = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        long end = System.currentTimeMillis() + millis;

        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            Thread thread = new Thread(() -> {
                List<Long> mine = new ArrayList<>();
                int call = 0;
                while (System.currentTimeMillis() < end) {
                    call++;
                    boolean update = call % 3 == 0 && !mine.isEmpty();
                    String op = update ? "PUT" : "POST";
                    String outcome;
                    try {
                        HttpRequest.Builder req;
                        Ack before = null;
                        int key;
                        int amount;
                        if (update) {
                            before = acked.get(mine.get(call % mine.size()));
                            key = before.key();
                            amount = before.amount() + 1;
                            req = HttpRequest.newBuilder(URI.create(base + "/api/v1/trade/figures/" + before.id()))
                                    .header("If-Match", "\"" + before.version() + "\"")
                                    .PUT(HttpRequest.BodyPublishers.ofString(figure(key, amount)));
                        } else {
                            key = keys.getAndIncrement();
                            amount = 100;
                            req = HttpRequest.newBuilder(URI.create(base + "/api/v1/trade/figures"))
                                    .POST(HttpRequest.BodyPublishers.ofString(figure(key, amount)));
                        }
                        sent.incrementAndGet();
                        HttpResponse<String> r = http.send(req.header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        outcome = op + " " + r.statusCode();
                        if (r.statusCode() == 200 || r.statusCode() == 201) {
                            long id = number(ID, r.body());
                            acked.put(id, new Ack(id, (int) number(VERSION, r.body()), amount, key));
                            acknowledgedWrites.incrementAndGet();
                            if (!update) {
                                mine.add(id);
                            }
                        }
                    } catch (ConnectException e) {
                        outcome = op + " refused";
                    } catch (IOException e) {
                        outcome = op + " cut (" + e.getClass().getSimpleName() + ")";
                    } catch (InterruptedException e) {
                        return;
                    }
                    outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                    if (!outcome.endsWith(" 200") && !outcome.endsWith(" 201")) {
                        sleep(50); // a failing service is not hammered in a tight loop
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(acksFile))) {
            acked.values().forEach(a -> out.println(a.id() + "\t" + a.version() + "\t" + a.amount()));
        }
        System.out.printf("load: sent=%d acknowledged=%d (records %d) outcomes=%s%n",
                sent.get(), acknowledgedWrites.get(), acked.size(), new TreeMap<>(Map.copyOf(outcomes)));
    }

    /** Figures PL→EE, a pair nothing else writes; the key picks flow and year so natural keys never clash. */
    static String figure(int key, int amount) {
        int year = 1000 + key / FLOWS.length;
        return """
                {"reporter":"PL","partner":"EE","flow":"%s","period":{"start":"%d-01-01","end":"%d-12-31","label":"%d"},
                 "value":{"amount":%d,"unit":"USD","scale":6,"qualifier":"EXACT"},
                 "source":{"source":"000_86346d2b20f6c8b6","locator":"p7"}}"""
                .formatted(FLOWS[key % FLOWS.length], year, year, year, amount);
    }

    static long number(Pattern p, String body) {
        Matcher m = p.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + p + " in " + body);
        }
        return Long.parseLong(m.group(1));
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
