package org.bilateral.support.seed;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.bilateral.support.history.RevisionLog;
import org.jboss.logging.Logger;

/**
 * Imports a service's {@link SeedPlan}: at start-up each kind whose table is empty, or on an admin's request every
 * entry not stored yet. Replicas take turns on an advisory lock, so racing imports add each fact once.
 */
@ApplicationScoped
public class SeedRunner {

    private static final Logger LOG = Logger.getLogger(SeedRunner.class);
    static final String ACTOR = "seed";

    private final SeedConfig config;
    private final Instance<SeedPlan> plans;
    private final DataSource dataSource;
    // looked up only when something is imported: a start with every kind stored needs neither
    private final Instance<ObjectMapper> mapper;
    private final Instance<Validator> validator;

    SeedRunner(SeedConfig config, Instance<SeedPlan> plans, DataSource dataSource, Instance<ObjectMapper> mapper, Instance<Validator> validator) {
        this.config = config;
        this.plans = plans;
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.validator = validator;
    }

    /**
     * At start-up, the usual case is that every kind is stored already: that is answered with one plain JDBC statement,
     * without a transaction, an entity manager or the seed files, so it costs milliseconds. Only when a kind is empty does
     * the import run, and then it checks again under the replicas' lock.
     */
    void onStart(@Observes StartupEvent event) {
        if (plans.isUnsatisfied()) {
            return;
        }
        if (!config.enabled()) {
            LOG.info("Seed import switched off (bilateral.seed.enabled=false)");
            return;
        }
        long start = System.nanoTime();
        List<String> tables = plans.get().kinds().stream().map(SeedKind::table).toList();
        Set<String> stored;
        try (Connection c = dataSource.getConnection()) {
            stored = SeedFiles.storedTables(c, tables);
        } catch (SQLException e) {
            throw new IllegalStateException("seed check: cannot read " + tables + ": " + e.getMessage(), e);
        }
        if (stored.containsAll(tables)) {
            LOG.infof("Seed check: every kind stored, nothing to import (%d ms)", (System.nanoTime() - start) / 1_000_000);
            return;
        }
        SeedReport report = importWhereEmpty();
        LOG.infof("Seed import: %s in %d ms", report, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The start-up rule: imports the kinds none of which is stored, each on its own (so facts of one kind
     * never keep another from being seeded). With every kind present it costs one statement (a probe per kind) and reads no file.
     */
    @Transactional
    public SeedReport importWhereEmpty() {
        SeedPlan plan = plans.get();
        SeedFiles.lockForImport(plan.schema());
        Set<String> stored = SeedFiles.storedTables(plan.kinds().stream().map(SeedKind::table).toList());
        List<SeedKind<?>> empty = plan.kinds().stream().filter(k -> !stored.contains(k.table())).toList();
        return run(plan, empty);
    }

    /** Adds every seed fact not yet stored, by natural key; changes nothing already there. */
    @Transactional
    public SeedReport importMissing() {
        SeedPlan plan = plans.get();
        SeedFiles.lockForImport(plan.schema());
        return run(plan, plan.kinds());
    }

    private SeedReport run(SeedPlan plan, List<SeedKind<?>> due) {
        Map<String, Integer> added = new LinkedHashMap<>();
        plan.kinds().forEach(k -> added.put(k.name(), 0));
        if (due.isEmpty()) {
            return new SeedReport(0, added);
        }
        RevisionLog.actAs(ACTOR);
        int sources = SeedFiles.importSources(mapper.get());
        for (SeedKind<?> kind : due) {
            added.put(kind.name(), importKind(kind));
        }
        return new SeedReport(sources, added);
    }

    private <T> int importKind(SeedKind<T> kind) {
        int added = 0;
        for (T entry : SeedFiles.read(mapper.get(), validator.get(), kind.file(), kind.type())) {
            if (!kind.stored().test(entry)) {
                kind.create().accept(entry);
                added++;
            }
        }
        return added;
    }
}
