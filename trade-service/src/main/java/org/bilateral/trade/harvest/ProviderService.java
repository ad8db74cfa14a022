package org.bilateral.trade.harvest;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.bilateral.support.concurrency.IfMatch;
import org.bilateral.support.history.RevisionLog;
import org.bilateral.support.json.ReadOnlyFields;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.Problem;
import org.bilateral.support.problem.ProblemType;
import org.bilateral.support.provenance.Source;
import org.bilateral.support.seed.SeedFiles;
import org.bilateral.trade.api.model.ProviderInput;
import org.bilateral.trade.config.TradeConfig;
import org.bilateral.trade.domain.Figure;
import org.bilateral.trade.domain.Provider;
import org.jboss.logging.Logger;

/**
 * Writes providers: through the API (admin) and from config at start-up. Every write leaves a
 * revision (database trigger) and keeps the provider's row in source, which harvested figures cite.
 */
@ApplicationScoped
public class ProviderService {

    /** Actor of revisions written from config. */
    public static final String CONFIG_ACTOR = "config";
    private static final Logger LOG = Logger.getLogger(ProviderService.class);

    /** A provider in config that cannot be used: the service must not start with it. */
    public static final class ConfigError extends IllegalStateException {
        ConfigError(String message) {
            super(message);
        }
    }

    /** Fired after a provider change commits, so the scheduler re-plans. */
    public record ProvidersChanged() {
    }

    private final TradeConfig config;
    private final Validator validator;
    private final Event<ProvidersChanged> changed;
    private final DataSource dataSource;

    ProviderService(TradeConfig config, Validator validator, Event<ProvidersChanged> changed, DataSource dataSource) {
        this.config = config;
        this.validator = validator;
        this.changed = changed;
        this.dataSource = dataSource;
    }

    @Transactional
    public Provider create(ProviderInput in, String actor) {
        check(in, "");
        if (Provider.byCode(in.id()) != null) {
            throw ApiException.conflict("Provider " + in.id() + " already exists");
        }
        RevisionLog.actAs(actor);
        Provider p = new Provider();
        p.origin = Provider.Origin.API;
        apply(p, in);
        p.persistAndFlush();
        keepSource(p);
        changed.fire(new ProvidersChanged());
        return p;
    }

    @Transactional
    public Provider replace(String code, ProviderInput in, IfMatch ifMatch, String actor) {
        Provider p = requireEditable(code);
        ifMatch.require(p.version);
        ReadOnlyFields.requireCurrentVersion(in.version(), p.version);
        if (!code.equals(in.id())) {
            throw ApiException.badRequest("id", "must equal the id in the path ('" + code + "'); a provider's id cannot change");
        }
        check(in, "");
        RevisionLog.actAs(actor);
        apply(p, in);
        p.flush();
        keepSource(p);
        changed.fire(new ProvidersChanged());
        return p;
    }

    @Transactional
    public void delete(String code, IfMatch ifMatch, String actor) {
        Provider p = requireEditable(code);
        ifMatch.require(p.version);
        RevisionLog.actAs(actor);
        p.delete();
        p.flush();
        dropSourceIfUncited(code);
        changed.fire(new ProvidersChanged());
    }

    /** The body's fields onto the provider; its origin is the caller's to set. */
    private static void apply(Provider p, ProviderInput in) {
        p.code = in.id();
        p.name = in.name();
        p.kind = in.kind();
        p.url = in.url();
        p.mapping = in.mapping();
        p.schedule = in.schedule();
    }

    public static Provider require(String code) {
        Provider p = Provider.byCode(code);
        if (p == null) {
            throw ApiException.notFound("Provider", code);
        }
        return p;
    }

    private static Provider requireEditable(String code) {
        Provider p = require(code);
        if (p.origin == Provider.Origin.CONFIG) {
            throw new ApiException(ProblemType.CONFLICT, "Provider " + code
                    + " is declared in config (bilateral.trade.providers." + code + ".*); change it there", null);
        }
        return p;
    }

    /** Bean validation (for config, which JAX-RS does not validate) and the cross-field rules, field names prefixed. */
    void check(ProviderInput in, String prefix) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<ProviderInput> v : validator.validate(in)) {
            errors.add(new Problem.FieldError(prefix + v.getPropertyPath(), v.getMessage()));
        }
        if (errors.isEmpty()) {
            ProviderRules.check(in).forEach(e -> errors.add(new Problem.FieldError(prefix + e.field(), e.message())));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    /** The provider's row in source: harvested figures cite it, and /sources lists it. */
    private static void keepSource(Provider p) {
        Source s = Source.findById(p.code);
        boolean added = s == null;
        if (added) {
            s = new Source();
            s.id = p.code;
        }
        s.publisher = p.name;
        s.summary = "Official statistics harvested from " + p.url
                + (p.mapping.dataflow() == null ? "" : " (SDMX dataflow " + p.mapping.dataflow().agency() + ":" + p.mapping.dataflow().id()
                        + "(" + Objects.requireNonNullElse(p.mapping.dataflow().version(), "latest") + "))")
                + " by trade-service provider " + p.code + ".";
        s.relayedFrom = null;
        s.publishedOn = null;
        if (added) {
            s.persist();
        }
    }

    /** Figures keep citing a removed provider's source; only an uncited one goes. */
    private static void dropSourceIfUncited(String code) {
        long cited = Figure.count("sourceId", code);
        if (cited == 0) {
            Source.deleteById(code);
        }
    }

    // ---- providers declared in config ----

    private static final String ANY_FROM_CONFIG = "SELECT EXISTS (SELECT 1 FROM " + Provider.TABLE
            + " WHERE origin = '" + Provider.Origin.CONFIG.name() + "')";

    /** Whether the config-declared providers still wait to be written (the database was down at start-up). */
    private volatile boolean configPending = true;

    void onStart(@Observes @Priority(10) StartupEvent event) {
        syncIfPending();
    }

    /**
     * Writes the config-declared providers unless done already. A database that is down at start-up must not
     * stop the service from starting (readiness says it is not ready); the harvest scheduler retries at each poll.
     * Synchronized: the scheduler's first poll can come while start-up is still at it, and would only wait for the
     * same advisory lock after doing the same work.
     */
    public synchronized void syncIfPending() {
        if (!configPending) {
            return;
        }
        try {
            syncFromConfig();
            configPending = false;
        } catch (ConfigError invalid) {
            throw invalid; // a provider in config that cannot be used is a configuration error: fail the start
        } catch (RuntimeException e) {
            LOG.warnf("Providers from config not written yet (will retry): %s", e.getMessage());
        }
    }

    /**
     * {@link #syncConfigured()}, unless config declares no provider and the table holds none from an earlier config (the
     * usual case): then nothing is written and only the scheduler is told to plan.
     */
    void syncFromConfig() {
        if (config.trade().providers().isEmpty() && !anyFromConfigStored()) {
            changed.fire(new ProvidersChanged());
        } else {
            syncConfigured();
        }
    }

    /**
     * Whether the table holds a provider from config. One plain JDBC statement, outside a transaction: start-up with no
     * provider declared (the usual case) then needs no transaction, entity manager or query parsing, which the first
     * request or the scheduler's first plan pays for later, off the start-up path.
     */
    private boolean anyFromConfigStored() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(ANY_FROM_CONFIG)) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + Provider.TABLE + ": " + e.getMessage(), e);
        }
    }

    /** Brings the CONFIG providers in the table in line with config: added, changed (only when different) and removed. */
    @Transactional
    public void syncConfigured() {
        Map<String, ProviderInput> declared = new LinkedHashMap<>();
        config.trade().providers().forEach((id, c) -> declared.put(id, ConfiguredProviders.toInput(id, c)));
        // replicas starting together must not race on the same rows
        SeedFiles.lockForImport("trade-providers");
        RevisionLog.actAs(CONFIG_ACTOR);
        boolean any = false;
        for (Map.Entry<String, ProviderInput> e : declared.entrySet()) {
            ProviderInput in = e.getValue();
            try {
                check(in, "bilateral.trade.providers." + e.getKey() + ".");
            } catch (ApiException invalid) {
                throw new ConfigError("Invalid provider in config: " + invalid.errors().stream()
                        .map(f -> f.field() + ": " + f.message()).toList());
            }
            Provider p = Provider.byCode(in.id());
            if (p != null && p.origin == Provider.Origin.API) {
                throw new ConfigError("Provider " + in.id() + " is declared in config but was created through the API; "
                        + "delete it there or rename it in config");
            }
            if (p == null) {
                p = new Provider();
                p.origin = Provider.Origin.CONFIG;
                apply(p, in);
                p.persistAndFlush();
                any = true;
            } else if (!ProviderInput.of(p).equals(in)) {
                apply(p, in);
                p.flush();
                any = true;
            }
            keepSource(p);
        }
        Set<String> ids = declared.keySet();
        for (Provider p : Provider.<Provider>list("origin", Provider.Origin.CONFIG)) {
            if (!ids.contains(p.code)) {
                p.delete();
                p.flush();
                dropSourceIfUncited(p.code);
                any = true;
            }
        }
        if (any) {
            LOG.infof("Providers from config: %s", ids);
        }
        changed.fire(new ProvidersChanged());
    }
}
