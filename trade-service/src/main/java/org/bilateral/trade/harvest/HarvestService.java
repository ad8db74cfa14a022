package org.bilateral.trade.harvest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bilateral.support.history.RevisionLog;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.ProblemType;
import org.bilateral.trade.api.model.ProviderInput;
import org.bilateral.trade.config.TradeConfig;
import org.bilateral.trade.domain.Harvest;
import org.bilateral.trade.domain.Provider;
import org.bilateral.trade.harvest.read.HarvestFailure;
import org.bilateral.trade.harvest.read.HarvestRun;
import org.bilateral.trade.harvest.read.ObservationFetcher;
import org.bilateral.trade.harvest.read.ProviderMapping;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Queues, claims and runs harvests. Exactly one runner per harvest across replicas: a queued row is
 * claimed with FOR UPDATE SKIP LOCKED and a partial unique index allows one queued or running harvest
 * per provider. A run streams the provider's observations into harvest_row (committed batch by
 * batch) and then applies them to figure in ONE transaction: a failed harvest writes no figure.
 */
@ApplicationScoped
public class HarvestService {

    private static final Logger LOG = Logger.getLogger(HarvestService.class);
    /** Revisions written by a harvest name the provider: "provider:imf-dot". */
    public static final String ACTOR_PREFIX = "provider:";

    private final TradeConfig.Harvests config;
    private final AgroalDataSource dataSource;
    private final EntityManager em;
    private final Instance<ObservationFetcher> fetchers;
    private final ManagedExecutor executor;
    private final HarvestApplier applier;
    /** This process among the replicas, as recorded in harvest.runner. */
    private final String me = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);

    HarvestService(TradeConfig config, AgroalDataSource dataSource, EntityManager em, @Any Instance<ObservationFetcher> fetchers,
            ManagedExecutor executor, HarvestApplier applier) {
        this.config = config.trade().harvests();
        this.dataSource = dataSource;
        this.em = em;
        this.fetchers = fetchers;
        this.executor = executor;
        this.applier = applier;
    }

    // ---- queue ----

    /** Queues a harvest requested through the API; 409 while one of the provider is queued or running. */
    @Transactional
    public Harvest request(String providerCode, String actor) {
        Provider p = ProviderService.require(providerCode);
        Optional<Long> id = insert(p.id, Harvest.Trigger.API, actor, null);
        if (id.isEmpty()) {
            Harvest pending = Harvest.find("providerId = ?1 and state in ?2", p.id,
                    List.of(Harvest.State.QUEUED, Harvest.State.RUNNING)).firstResult();
            throw new ApiException(ProblemType.CONFLICT, "Provider " + providerCode + " already has harvest "
                    + (pending == null ? "" : pending.id + " ") + (pending == null ? "pending" : pending.state)
                    + "; wait for it to end (GET /api/v1/trade/harvests/" + (pending == null ? "" : pending.id) + ")", null);
        }
        return Harvest.findById(id.get());
    }

    /** Queues the run of one cron slot; every replica fires it, the slot's unique key lets one row in. */
    @Transactional
    public Optional<Long> enqueueScheduled(String providerCode, Instant slot) {
        Provider p = Provider.byCode(providerCode);
        if (p == null) {
            return Optional.empty();
        }
        return insert(p.id, Harvest.Trigger.SCHEDULE, "schedule", slot.truncatedTo(ChronoUnit.SECONDS));
    }

    private Optional<Long> insert(long providerId, Harvest.Trigger trigger, String actor, Instant slot) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("INSERT INTO harvest (provider_id, state, trigger, requested_by, scheduled_for) "
                        + "VALUES (:p, 'QUEUED', :t, :a, :s) ON CONFLICT DO NOTHING RETURNING id")
                .setParameter("p", providerId).setParameter("t", trigger.name()).setParameter("a", actor)
                .setParameter("s", slot == null ? null : Timestamp.from(slot)).getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0).longValue());
    }

    // ---- worker ----

    /** Wakes the worker now (after a request) instead of at the next poll. */
    public void wake() {
        if (config.workerEnabled()) {
            executor.runAsync(this::drain);
        }
    }

    @Scheduled(every = "${bilateral.trade.harvests.poll-interval}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "harvest-worker")
    void poll() {
        if (!config.workerEnabled()) {
            return;
        }
        try {
            failStale();
            drain();
        } catch (RuntimeException e) {
            LOG.warnf("Harvest worker poll failed: %s", e.getMessage());
        }
    }

    /** Runs queued harvests until none is left for this process to claim. */
    void drain() {
        Optional<Long> next;
        while ((next = claim(me)).isPresent()) {
            run(next.get());
        }
    }

    /**
     * Claims the oldest queued harvest for a runner: one UPDATE whose sub-select skips rows another
     * replica has locked, so two runners never get the same harvest. Empty when none is queued.
     */
    public Optional<Long> claim(String runner) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery("UPDATE harvest SET state = 'RUNNING', runner = :r, started_at = clock_timestamp(), "
                            + "heartbeat_at = clock_timestamp() WHERE id = (SELECT id FROM harvest WHERE state = 'QUEUED' ORDER BY id "
                            + "LIMIT 1 FOR UPDATE SKIP LOCKED) AND state = 'QUEUED' RETURNING id")
                    .setParameter("r", runner).getResultList();
            return ids.isEmpty() ? Optional.<Long>empty() : Optional.of(ids.get(0).longValue());
        });
    }

    /** A running harvest whose process stopped reporting is failed, which frees its provider for the next one. */
    void failStale() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE harvest SET state = 'FAILED', ended_at = clock_timestamp(), "
                        + "failure = 'The runner ' || coalesce(runner, '?') || ' stopped reporting progress (last at ' || heartbeat_at "
                        + "|| '); nothing was written' WHERE state = 'RUNNING' AND heartbeat_at < clock_timestamp() - make_interval(secs => :s)")
                .setParameter("s", (double) config.staleAfter().toSeconds()).executeUpdate());
    }

    /** Runs one claimed harvest to its end: SUCCEEDED with its figures applied, or FAILED with the reason and no figure written. */
    public void run(long harvestId) {
        Harvest h;
        ProviderMapping mapping;
        Instant updatedAfter;
        boolean firstHarvest;
        String code;
        try {
            Object[] loaded = QuarkusTransaction.requiringNew().call(() -> {
                Harvest harvest = Harvest.findById(harvestId);
                Provider p = Provider.findById(harvest.providerId);
                Instant after = Harvest.lastSuccessStart(p.id);
                harvest.updatedAfter = after;
                return new Object[] {harvest, ProviderRules.mapping(ProviderInput.of(p)), after, p.code};
            });
            h = (Harvest) loaded[0];
            mapping = (ProviderMapping) loaded[1];
            updatedAfter = (Instant) loaded[2];
            code = (String) loaded[3];
            firstHarvest = updatedAfter == null;
        } catch (RuntimeException e) {
            fail(harvestId, "could not prepare the harvest: " + e.getMessage(), List.of());
            return;
        }
        ObservationFetcher fetcher = fetcher(mapping);
        if (fetcher == null) {
            fail(harvestId, "no reader for provider kind " + mapping.kind() + " in this build", List.of());
            return;
        }
        HarvestRun run = null;
        try (Connection c = dataSource.getConnection()) {
            try (StagingSink sink = new StagingSink(c, harvestId, config.batchSize(), config.maxRejectionsListed())) {
                // the DSD check runs at a provider's first harvest, and again until one has succeeded
                run = fetcher.fetch(mapping, updatedAfter, firstHarvest, sink);
                sink.flush();
                applier.apply(harvestId, code, mapping, run, sink.rejected(), sink.rejections(), me);
                LOG.infof("Harvest %d of %s succeeded: %d observations", harvestId, code, run.observationsRead());
            }
        } catch (HarvestFailure e) {
            fail(harvestId, e.getMessage(), List.of());
        } catch (HarvestApplier.LostClaim e) {
            LOG.warnf("Harvest %d: %s", harvestId, e.getMessage());
            clearStaging(harvestId);
        } catch (SQLException | RuntimeException e) {
            LOG.warnf(e, "Harvest %d of %s failed", harvestId, code);
            fail(harvestId, describe(e), run == null ? List.of() : run.requestUrls());
        }
    }

    private ObservationFetcher fetcher(ProviderMapping mapping) {
        for (ObservationFetcher f : fetchers) {
            if (f.kind() == mapping.kind()) {
                return f;
            }
        }
        return null;
    }

    private static String describe(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** Records the failure (only if this harvest is still running) and drops what it staged. */
    void fail(long harvestId, String reason, List<String> urls) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE harvest SET state = 'FAILED', ended_at = clock_timestamp(), failure = :f "
                            + "WHERE id = :id AND state IN ('QUEUED', 'RUNNING')")
                    .setParameter("f", reason == null ? "unknown failure" : reason)
                    .setParameter("id", harvestId).executeUpdate();
            if (!urls.isEmpty()) {
                Harvest h = Harvest.findById(harvestId);
                h.requestUrls = urls.toArray(String[]::new);
            }
            em.createNativeQuery("DELETE FROM harvest_row WHERE harvest_id = :id").setParameter("id", harvestId).executeUpdate();
        });
        LOG.infof("Harvest %d failed: %s", harvestId, reason);
    }

    private void clearStaging(long harvestId) {
        QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("DELETE FROM harvest_row WHERE harvest_id = :id").setParameter("id", harvestId).executeUpdate());
    }

    Duration staleAfter() {
        return config.staleAfter();
    }

    String runnerName() {
        return me;
    }

    /** Names revisions of this transaction after the provider. */
    static void actAsProvider(String code) {
        RevisionLog.actAs(ACTOR_PREFIX + code);
    }
}
