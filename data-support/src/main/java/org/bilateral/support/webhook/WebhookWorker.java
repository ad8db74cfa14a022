package org.bilateral.support.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.bilateral.support.history.Change;
import org.bilateral.support.stream.ChangeSource;
import org.jboss.logging.Logger;

/**
 * Delivers changes to webhook subscriptions, at least once and in order per subscription. Each
 * worker thread claims one due subscription with {@code FOR UPDATE SKIP LOCKED} (so with several
 * replicas each delivery is made by one of them), reads the next change after its cursor that its
 * filter wants, POSTs it signed per Standard Webhooks, and in the same transaction records the
 * attempt and advances the cursor (on success) or schedules the retry (exponential backoff with
 * jitter; paused after max-failures). A crash before the commit repeats that delivery with the same
 * webhook-id; nothing is lost.
 */
@ApplicationScoped
public class WebhookWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class);
    private static final int SCAN_PAGE = 200;
    private static final int SCAN_PAGES_PER_CLAIM = 5;

    private final Instance<ChangeSource> sources;
    private final WebhookConfig config;
    private final ObjectMapper mapper;
    /** Built at the first delivery, not at start-up: building one loads the JDK's default TLS context (a few hundred ms). */
    private volatile HttpClient http;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    WebhookWorker(Instance<ChangeSource> sources, WebhookConfig config, ObjectMapper mapper) {
        this.sources = sources;
        this.config = config;
        this.mapper = mapper;
    }

    private HttpClient http() {
        HttpClient client = http;
        if (client == null) {
            synchronized (this) {
                client = http;
                if (client == null) {
                    // never follows redirects: a 3xx is a failed delivery, not a way to reach another host
                    client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(config.connectTimeout())
                            .version(HttpClient.Version.HTTP_1_1).build();
                    http = client;
                }
            }
        }
        return client;
    }

    void start(@Observes StartupEvent event) {
        if (!config.deliver() || !sources.isResolvable()) {
            return;
        }
        running = true;
        for (int i = 0; i < config.workers(); i++) {
            Thread t = new Thread(this::run, "webhook-worker-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        threads.forEach(Thread::interrupt);
    }

    private void run() {
        int failures = 0;
        while (running) {
            try {
                boolean worked = QuarkusTransaction.requiringNew()
                        .timeout((int) config.timeout().toSeconds() + 30).call(this::deliverOne);
                failures = 0;
                if (!worked) {
                    Thread.sleep(config.pollInterval().toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the transaction rolled back: the delivery (if one was made) will be repeated, same webhook-id
                failures++;
                if (failures == 1 || failures % 50 == 0) {
                    LOG.warnf("Webhook delivery round failed (%d in a row): %s", failures, e.toString());
                }
                try {
                    Thread.sleep(Math.min(5000, 200L * failures));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** One claimed subscription, one delivery at most. False when no subscription was due. */
    @SuppressWarnings("unchecked")
    boolean deliverOne() {
        List<Object[]> rows = em().createNativeQuery("SELECT id, callback_url, entities, kinds, secret, cursor, failures "
                + "FROM webhook_subscription WHERE status = 'ACTIVE' AND next_attempt_at <= now() "
                + "AND cursor < (SELECT coalesce(max(seq), 0) FROM revision) "
                + "ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED").getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        Object[] r = rows.get(0);
        long id = ((Number) r[0]).longValue();
        String url = (String) r[1];
        List<String> entities = Subscriptions.split((String) r[2]);
        List<String> kinds = Subscriptions.split((String) r[3]);
        String secret = (String) r[4];
        long scanned = ((Number) r[5]).longValue();
        int failures = ((Number) r[6]).intValue();

        Change next = null;
        for (int page = 0; page < SCAN_PAGES_PER_CLAIM && next == null; page++) {
            List<Change> changes = sources.get().feed().after(scanned, SCAN_PAGE);
            for (Change c : changes) {
                if ((entities.isEmpty() || entities.contains(c.resource()))
                        && (kinds.isEmpty() || kinds.contains(c.operation().name().toLowerCase(Locale.ROOT)))) {
                    next = c;
                    break;
                }
                scanned = c.cursor();
            }
            if (changes.size() < SCAN_PAGE) {
                break;
            }
        }
        if (next == null) {
            em().createNativeQuery("UPDATE webhook_subscription SET cursor = :cursor WHERE id = :id")
                    .setParameter("cursor", scanned).setParameter("id", id).executeUpdate();
            return true;
        }

        String messageId = "msg_" + id + "_" + next.cursor();
        Attempt attempt = send(url, secret, messageId, next);
        em().createNativeQuery("INSERT INTO webhook_delivery (subscription_id, message_id, change_cursor, attempted_at, status_code, "
                        + "latency_ms, error, delivered) VALUES (:sub, :msg, :cursor, :at, :status, :latency, :error, :delivered)")
                .setParameter("sub", id).setParameter("msg", messageId).setParameter("cursor", next.cursor())
                .setParameter("at", attempt.at()).setParameter("status", attempt.status())
                .setParameter("latency", (int) attempt.latencyMs()).setParameter("error", attempt.error())
                .setParameter("delivered", attempt.delivered()).executeUpdate();
        em().createNativeQuery("DELETE FROM webhook_delivery WHERE subscription_id = :sub AND id <= "
                + "(SELECT id FROM webhook_delivery WHERE subscription_id = :sub ORDER BY id DESC OFFSET :kept LIMIT 1)")
                .setParameter("sub", id).setParameter("kept", config.attemptsKept()).executeUpdate();
        if (attempt.delivered()) {
            em().createNativeQuery("UPDATE webhook_subscription SET cursor = :cursor, failures = 0, next_attempt_at = now() WHERE id = :id")
                    .setParameter("cursor", next.cursor()).setParameter("id", id).executeUpdate();
        } else if (failures + 1 >= config.maxFailures() || attempt.permanent()) {
            em().createNativeQuery("UPDATE webhook_subscription SET cursor = :cursor, failures = :failures, status = 'PAUSED', "
                            + "paused_reason = :reason WHERE id = :id")
                    .setParameter("cursor", scanned).setParameter("failures", failures + 1)
                    .setParameter("reason", "paused after " + (failures + 1) + " failed attempt(s) at change " + next.cursor() + ": "
                            + attempt.error())
                    .setParameter("id", id).executeUpdate();
        } else {
            em().createNativeQuery("UPDATE webhook_subscription SET cursor = :cursor, failures = :failures, "
                            + "next_attempt_at = now() + make_interval(secs => :delay) WHERE id = :id")
                    .setParameter("cursor", scanned).setParameter("failures", failures + 1)
                    .setParameter("delay", backoff(failures + 1).toMillis() / 1000.0).setParameter("id", id).executeUpdate();
        }
        return true;
    }

    /** base × 2^(n-1), capped, then "equal jitter": somewhere in its upper half, so retries of many subscriptions spread out. */
    Duration backoff(int failures) {
        long base = config.backoffBase().toMillis();
        long capped = Math.min(config.backoffMax().toMillis(), base << Math.min(30, failures - 1));
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }

    record Attempt(Instant at, Integer status, long latencyMs, String error, boolean delivered, boolean permanent) {
    }

    private Attempt send(String url, String secret, String messageId, Change change) {
        Instant at = Instant.now();
        long started = System.nanoTime();
        String refusal = CallbackUrls.refusal(url, config.allowLocalCallbacks());
        if (refusal != null) {
            return new Attempt(at, null, 0, "callback URL " + refusal, false, false);
        }
        String body;
        try {
            body = mapper.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            return new Attempt(at, null, 0, "the change cannot be written as JSON", false, true);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > config.maxBodyBytes()) {
            return new Attempt(at, null, 0, "the change is " + bytes.length + " bytes, more than " + config.maxBodyBytes(), false, true);
        }
        long timestamp = at.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "bilateral-webhooks/1")
                .header("webhook-id", messageId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", Signatures.sign(secret, messageId, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        try {
            HttpResponse<InputStream> response = http().send(request, HttpResponse.BodyHandlers.ofInputStream());
            String answer;
            try (InputStream in = response.body()) {
                answer = new String(in.readNBytes(config.maxResponseBytes()), StandardCharsets.UTF_8);
            }
            long latency = (System.nanoTime() - started) / 1_000_000;
            int status = response.statusCode();
            boolean ok = status >= 200 && status < 300;
            return new Attempt(at, status, latency, ok ? null : "answered " + status + (answer.isBlank() ? "" : ": " + shorten(answer)),
                    ok, false);
        } catch (HttpTimeoutException e) {
            return new Attempt(at, null, (System.nanoTime() - started) / 1_000_000, "no answer within " + config.timeout(), false, false);
        } catch (IOException e) {
            return new Attempt(at, null, (System.nanoTime() - started) / 1_000_000, "could not connect: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + shorten(e.getMessage())), false, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during a delivery", e);
        }
    }

    private static String shorten(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
