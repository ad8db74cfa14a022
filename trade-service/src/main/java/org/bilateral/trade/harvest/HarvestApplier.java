package org.bilateral.trade.harvest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.bilateral.support.history.RevisionLog;
import org.bilateral.trade.config.TradeConfig;
import org.bilateral.trade.domain.Harvest;
import org.bilateral.trade.harvest.read.HarvestRun;
import org.bilateral.trade.harvest.read.ProviderMapping;

/**
 * Applies a harvest's staged observations to figure in ONE transaction, with the harvest's own end
 * state: a figure per (reporter, partner, flow, commodity, period, source = provider, no region).
 * An unchanged value changes nothing (no revision); a changed one updates the existing figure (a new
 * revision whose actor names the provider); a new key creates a figure.
 */
@ApplicationScoped
public class HarvestApplier {

    /** The runner no longer holds the harvest (it was failed as stale meanwhile): nothing is applied. */
    static final class LostClaim extends RuntimeException {
        LostClaim(String message) {
            super(message, null, false, false);
        }
    }

    /** The latest staged observation per key (a provider may repeat one; the last one read wins). */
    private static String latest(String table) {
        return "WITH s AS (SELECT DISTINCT ON (reporter, partner, flow, commodity, period_start, period_end) * "
                + "FROM " + table + " WHERE harvest_id = :h ORDER BY reporter, partner, flow, commodity, period_start, period_end, seq DESC) ";
    }
    private static final String SAME_KEY = "f.source_id = :code AND f.region IS NULL AND f.reporter = s.reporter AND f.partner = s.partner "
            + "AND f.flow = s.flow AND f.commodity IS NOT DISTINCT FROM s.commodity AND f.period_start = s.period_start "
            + "AND f.period_end = s.period_end";

    private final EntityManager em;
    private final int timeoutSeconds;

    HarvestApplier(EntityManager em, TradeConfig config) {
        this.em = em;
        this.timeoutSeconds = config.trade().harvests().applyTimeoutSeconds();
    }

    /** Counts of one apply. */
    public record Counts(long distinct, long created, long revised, long unchanged) {
    }

    void apply(long harvestId, String code, ProviderMapping mapping, HarvestRun run, long rejected, List<Harvest.Rejection> rejections,
            String runner) {
        QuarkusTransaction.requiringNew().timeout(timeoutSeconds).run(() -> {
            Harvest h = em.find(Harvest.class, harvestId, LockModeType.PESSIMISTIC_WRITE);
            if (h == null || h.state != Harvest.State.RUNNING || !runner.equals(h.runner)) {
                throw new LostClaim("harvest " + harvestId + " is no longer run by " + runner + "; its observations are dropped");
            }
            String url = run.requestUrls().isEmpty() ? null : run.requestUrls().get(run.requestUrls().size() - 1);
            Counts counts = applyRows("harvest_row", harvestId, code, dataflow(mapping), url, Instant.now(), HarvestService.ACTOR_PREFIX + code);
            em.createNativeQuery("DELETE FROM harvest_row WHERE harvest_id = :h").setParameter("h", harvestId).executeUpdate();
            h.state = Harvest.State.SUCCEEDED;
            h.endedAt = Instant.now();
            h.requestUrls = run.requestUrls().toArray(String[]::new);
            h.observationsRead = run.observationsRead();
            h.figuresCreated = counts.created();
            h.figuresRevised = counts.revised();
            h.figuresUnchanged = counts.unchanged();
            h.rejected = rejected;
            h.rejections = rejections;
            h.failure = null;
        });
    }

    /**
     * The staged rows of one harvest (or import) into figure as figures of source and provider {@code code}, inside the
     * caller's transaction, the revisions naming {@code actor}.
     */
    public Counts applyRows(String table, long harvestId, String code, String dataflow, String url, Instant retrievedAt, String actor) {
        RevisionLog.actAs(actor);
        String withLatest = latest(table);
        long distinct = ((Number) em.createNativeQuery(withLatest + "SELECT count(*) FROM s").setParameter("h", harvestId)
                .getSingleResult()).longValue();
        // the same value at another scale (1.5 x 10^6 and 1500000) is the same value: compared in units
        int revised = em.createNativeQuery(withLatest + "UPDATE figure f SET version = f.version + 1, amount = s.amount, scale = s.scale, "
                        + "unit = s.unit, qualifier = s.qualifier, period_label = s.period_label, locator = s.locator, provider = :code, "
                        + "dataflow = :dataflow, series_key = s.series_key, request_url = :url, retrieved_at = :at "
                        + "FROM s WHERE " + SAME_KEY + " AND (f.amount IS NULL OR f.scale IS NULL "
                        + "OR f.amount * power(10::numeric, f.scale) <> s.amount * power(10::numeric, s.scale) "
                        + "OR f.unit IS DISTINCT FROM s.unit OR f.qualifier IS DISTINCT FROM s.qualifier)")
                .setParameter("h", harvestId).setParameter("code", code).setParameter("dataflow", dataflow)
                .setParameter("url", url).setParameter("at", Timestamp.from(retrievedAt)).executeUpdate();
        int created = em.createNativeQuery(withLatest + "INSERT INTO figure (version, reporter, partner, region, flow, commodity, period_start, "
                        + "period_end, period_label, period_inferred, amount, unit, scale, qualifier, source_id, locator, provider, dataflow, "
                        + "series_key, request_url, retrieved_at) SELECT 1, s.reporter, s.partner, NULL, s.flow, s.commodity, s.period_start, "
                        + "s.period_end, s.period_label, false, s.amount, s.unit, s.scale, s.qualifier, :code, s.locator, :code, :dataflow, "
                        + "s.series_key, :url, :at FROM s WHERE NOT EXISTS (SELECT 1 FROM figure f WHERE " + SAME_KEY + ")")
                .setParameter("h", harvestId).setParameter("code", code).setParameter("dataflow", dataflow)
                .setParameter("url", url).setParameter("at", Timestamp.from(retrievedAt)).executeUpdate();
        return new Counts(distinct, created, revised, distinct - created - revised);
    }

    static String dataflow(ProviderMapping m) {
        return m.dataflow() == null ? null : m.dataflow().agency() + ":" + m.dataflow().id() + "(" + m.dataflow().version() + ")";
    }
}
