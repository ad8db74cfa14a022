package org.bilateral.trade.harvest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bilateral.trade.domain.Provider;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * One programmatic cron job per provider with a schedule. Every replica runs the jobs; a firing only
 * queues a harvest row keyed by the cron slot, so the slot is queued once and one replica's worker
 * runs it. Re-planned when providers change here, and at every worker poll for changes made on
 * another replica.
 */
@ApplicationScoped
public class HarvestScheduler {

    private static final Logger LOG = Logger.getLogger(HarvestScheduler.class);
    private static final String PREFIX = "harvest-provider-";

    private final Scheduler scheduler;
    private final HarvestService harvests;
    private final ManagedExecutor executor;
    /** provider code -> the cron its job runs on. */
    private final Map<String, String> planned = new HashMap<>();

    private final ProviderService providers;

    HarvestScheduler(Scheduler scheduler, HarvestService harvests, ManagedExecutor executor,
            ProviderService providers) {
        this.providers = providers;
        this.scheduler = scheduler;
        this.harvests = harvests;
        this.executor = executor;
    }

    /** After the change committed; on another thread, as a new transaction cannot start while this one completes. */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProviderService.ProvidersChanged event) {
        executor.runAsync(() -> {
            try {
                replan();
            } catch (RuntimeException e) {
                LOG.warnf("Re-planning harvest schedules failed: %s", e.getMessage());
            }
        });
    }

    @Scheduled(every = "${bilateral.trade.harvests.poll-interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "harvest-replan")
    void periodic() {
        try {
            providers.syncIfPending();
            replan();
        } catch (RuntimeException e) {
            LOG.warnf("Re-planning harvest schedules failed: %s", e.getMessage());
        }
    }

    /** Brings the jobs in line with the providers' schedules. */
    public synchronized void replan() {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> Provider.<Provider>listAll().stream()
                .map(p -> new Object[] {p.code, p.schedule}).toList());
        Map<String, String> wanted = new HashMap<>();
        for (Object[] r : rows) {
            if (r[1] != null) {
                wanted.put((String) r[0], (String) r[1]);
            }
        }
        for (String code : List.copyOf(planned.keySet())) {
            if (!Objects.equals(planned.get(code), wanted.get(code))) {
                scheduler.unscheduleJob(PREFIX + code);
                planned.remove(code);
            }
        }
        wanted.forEach((code, cron) -> {
            if (!planned.containsKey(code)) {
                scheduler.newJob(PREFIX + code).setCron(cron)
                        .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                        .setTask(execution -> {
                            harvests.enqueueScheduled(code, execution.getScheduledFireTime())
                                    .ifPresent(id -> LOG.infof("Scheduled harvest %d of %s queued", id, code));
                            harvests.wake();
                        }).schedule();
                planned.put(code, cron);
            }
        });
    }

    /** The crons planned now (for tests and diagnostics). */
    public synchronized Map<String, String> planned() {
        return Map.copyOf(planned);
    }
}
