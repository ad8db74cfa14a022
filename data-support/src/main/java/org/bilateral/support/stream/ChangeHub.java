package org.bilateral.support.stream;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bilateral.support.history.Change;
import org.jboss.logging.Logger;

/**
 * The one reader of new revisions per process: a thread polls the revision table by cursor every
 * poll interval (one indexed range scan, however many streams are open) and fans the changes out to
 * every live connection. Polling rather than LISTEN/NOTIFY: the trigger already serialises writers
 * so cursors follow commit order, a poll by cursor can never miss or reorder a commit, it needs no
 * dedicated connection outside the pool, and it heals by itself after a database outage.
 */
@ApplicationScoped
public class ChangeHub {

    private static final Logger LOG = Logger.getLogger(ChangeHub.class);

    private final Instance<ChangeSource> sources;
    private final StreamConfig config;
    private final List<StreamConnection> live = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    /** Everything up to here has been fanned out to the live connections; -1 until first read. */
    private volatile long cursor = -1;
    private volatile boolean running;
    private Thread poller;

    ChangeHub(Instance<ChangeSource> sources, StreamConfig config) {
        this.sources = sources;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        if (!sources.isResolvable()) {
            return;
        }
        running = true;
        poller = new Thread(this::run, "change-stream-poller");
        poller.setDaemon(true);
        poller.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (poller != null) {
            poller.interrupt();
        }
        live.forEach(StreamConnection::close);
    }

    ChangeSource source() {
        return sources.get();
    }

    /**
     * Registers a connection for live changes if it has read the feed as far as the hub has fanned out;
     * false when it must first read more itself (it replays again and retries).
     */
    boolean join(StreamConnection connection) {
        synchronized (lock) {
            if (cursor < 0 || connection.position() < cursor) {
                return false;
            }
            live.add(connection);
            return true;
        }
    }

    int liveCount() {
        return live.size();
    }

    private void run() {
        long idleNanos = config.heartbeat().toNanos();
        long failures = 0;
        while (running) {
            try {
                Thread.sleep(failures == 0 ? config.pollInterval().toMillis() : Math.min(5000, 200 * failures));
                if (cursor < 0) {
                    cursor = QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                            .createNativeQuery("SELECT coalesce(max(seq), 0) FROM revision").getSingleResult()).longValue());
                }
                List<Change> batch;
                do {
                    long from = cursor;
                    batch = QuarkusTransaction.requiringNew().call(() -> source().feed().after(from, config.pageSize()));
                    synchronized (lock) {
                        for (StreamConnection c : live) {
                            if (!c.offer(batch, 0)) {
                                live.remove(c);
                            }
                        }
                        if (!batch.isEmpty()) {
                            cursor = batch.get(batch.size() - 1).cursor();
                        }
                    }
                } while (batch.size() == config.pageSize() && running);
                for (StreamConnection c : live) {
                    if (c.closed()) {
                        live.remove(c);
                    } else {
                        c.heartbeatIfIdle(idleNanos);
                    }
                }
                failures = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failures++;
                if (failures == 1 || failures % 50 == 0) {
                    LOG.warnf("The change stream cannot read new revisions (%d tries): %s", failures, e.toString());
                }
            }
        }
    }
}
