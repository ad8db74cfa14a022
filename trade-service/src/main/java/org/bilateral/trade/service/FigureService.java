package org.bilateral.trade.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.support.concurrency.IfMatch;
import org.bilateral.support.history.RevisionLog;
import org.bilateral.support.history.Versions;
import org.bilateral.support.json.ReadOnlyFields;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.Problem;
import org.bilateral.support.provenance.Source;
import org.bilateral.trade.api.model.FigureInput;
import org.bilateral.trade.domain.ChangeKind;
import org.bilateral.trade.domain.Figure;

/** Writes figures. Every write leaves a revision (database trigger) naming the actor. */
@ApplicationScoped
@Transactional
public class FigureService {

    public Figure create(FigureInput input, String actor) {
        check(input);
        RevisionLog.actAs(actor);
        Figure f = new Figure();
        apply(input, f);
        f.persistAndFlush();
        return f;
    }

    /** Creates a figure inside the caller's transaction and actor (seed import); same checks as {@link #create}. */
    public Figure createQuietly(FigureInput input) {
        check(input);
        Figure f = new Figure();
        apply(input, f);
        f.persist();
        return f;
    }

    /** Replaces a figure whose current version the client names; a stale version is a 412. */
    public Figure replace(long id, FigureInput input, IfMatch ifMatch, String actor) {
        Figure f = require(id);
        ifMatch.require(f.version);
        ReadOnlyFields.requireCurrentVersion(input.version(), f.version);
        check(input);
        RevisionLog.actAs(actor);
        apply(input, f);
        Versions.newVersionEvenIfUnchanged(f);
        // flush now so a concurrent writer's commit surfaces here as an optimistic-lock 412
        f.flush();
        return f;
    }

    public void delete(long id, IfMatch ifMatch, String actor) {
        Figure f = require(id);
        ifMatch.require(f.version);
        RevisionLog.actAs(actor);
        f.delete();
        f.flush();
    }

    private static Figure require(long id) {
        Figure f = Figure.findById(id, LockModeType.NONE);
        if (f == null) {
            throw ApiException.notFound("Figure", id);
        }
        return f;
    }

    /** Rules that span fields, which bean validation on single fields cannot state. */
    static void check(FigureInput in) {
        List<Problem.FieldError> errors = rules(in);
        if (Source.findById(in.source().source()) == null) {
            errors.add(new Problem.FieldError("source.source", "unknown source document '" + in.source().source() + "'"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    /**
     * The cross-field rules that need no database, for an input that passed bean validation.
     * The bulk import applies them row by row and checks the sources set-based afterwards.
     */
    public static List<Problem.FieldError> rules(FigureInput in) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (in.period().end().isBefore(in.period().start())) {
            errors.add(new Problem.FieldError("period.end", "must not be before period.start"));
        }
        if (in.value() == null && in.reportedChange() == null) {
            errors.add(new Problem.FieldError("value", "is required unless reportedChange is given"));
        }
        if (in.reportedChange() != null && in.reportedChange().kind() == ChangeKind.FACTOR
                && in.reportedChange().value().signum() <= 0) {
            errors.add(new Problem.FieldError("reportedChange.value", "a factor must be greater than 0"));
        }
        if (in.region() != null && !in.region().startsWith(in.reporter() + "-")) {
            errors.add(new Problem.FieldError("region", "must be a region of the reporter " + in.reporter()));
        }
        if (in.reporter().equals(in.partner())) {
            errors.add(new Problem.FieldError("partner", "must differ from reporter"));
        }
        return errors;
    }

    static void apply(FigureInput in, Figure f) {
        f.reporter = in.reporter();
        f.partner = in.partner();
        f.region = in.region();
        f.flow = in.flow();
        f.commodity = in.commodity();
        f.periodStart = in.period().start();
        f.periodEnd = in.period().end();
        f.periodLabel = in.period().label();
        f.periodInferred = in.period().isInferred();
        f.amount = in.value() == null ? null : in.value().amount();
        f.unit = in.value() == null ? null : in.value().unit();
        f.scale = in.value() == null ? null : in.value().scale();
        f.qualifier = in.value() == null ? null : in.value().qualifier();
        f.changeKind = in.reportedChange() == null ? null : in.reportedChange().kind();
        f.changeValue = in.reportedChange() == null ? null : in.reportedChange().value();
        f.changeQualifier = in.reportedChange() == null ? null : in.reportedChange().qualifier();
        f.sourceId = in.source().source();
        f.locator = in.source().locator();
        f.note = in.note();
    }
}
