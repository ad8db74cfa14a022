package org.bilateral.agreements.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.bilateral.agreements.api.model.AgreementInput;
import org.bilateral.agreements.api.model.PartyInput;
import org.bilateral.agreements.api.model.RelationInput;
import org.bilateral.agreements.domain.Agreement;
import org.bilateral.agreements.domain.AgreementStatus;
import org.bilateral.agreements.domain.Area;
import org.bilateral.agreements.domain.DatePrecision;
import org.bilateral.support.concurrency.IfMatch;
import org.bilateral.support.history.RevisionLog;
import org.bilateral.support.history.Versions;
import org.bilateral.support.json.ReadOnlyFields;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.Problem.FieldError;
import org.bilateral.support.provenance.Citation;
import org.bilateral.support.provenance.Source;

/** Writes agreements. Every write leaves a revision (database trigger) naming the actor. */
@ApplicationScoped
@Transactional
public class AgreementService {

    public Agreement create(AgreementInput input, String actor) {
        RevisionLog.actAs(actor);
        Agreement a = createQuietly(input);
        a.flush();
        return a;
    }

    /** Creates an agreement inside the caller's transaction and actor (seed import); same checks as {@link #create}. */
    public Agreement createQuietly(AgreementInput input) {
        check(input, null);
        checkStatus(input, null);
        requireFreeKey(input, null);
        Agreement a = new Agreement();
        apply(input, a);
        a.persist();
        return a;
    }

    /** Replaces an agreement whose current version the client names; a stale version is a 412. */
    public Agreement replace(long id, AgreementInput input, IfMatch ifMatch, String actor) {
        Agreement a = require(id);
        ifMatch.require(a.version);
        ReadOnlyFields.requireCurrentVersion(input.version(), a.version);
        check(input, id);
        checkStatus(input, a.status(LocalDate.now()));
        requireFreeKey(input, id);
        RevisionLog.actAs(actor);
        apply(input, a);
        Versions.newVersionEvenIfUnchanged(a);
        // flush now so a concurrent writer's commit surfaces here as an optimistic-lock 412
        a.flush();
        return a;
    }

    /** Deletes an agreement no other agreement points at; its history stays readable. */
    public void delete(long id, IfMatch ifMatch, String actor) {
        Agreement a = require(id);
        ifMatch.require(a.version);
        List<Agreement> pointing = Agreement.pointingAt(id, null);
        if (!pointing.isEmpty()) {
            throw ApiException.conflict("Agreement " + id + " is the target of relations stated by agreement(s) "
                    + pointing.stream().map(p -> String.valueOf(p.id)).toList() + "; remove those relations first");
        }
        RevisionLog.actAs(actor);
        a.delete();
        a.flush();
    }

    private static Agreement require(long id) {
        Agreement a = Agreement.findById(id, LockModeType.NONE);
        if (a == null) {
            throw ApiException.notFound("Agreement", id);
        }
        return a;
    }

    private static void requireFreeKey(AgreementInput in, Long selfId) {
        LocalDate signedOn = in.signed() == null ? null : in.signed().date();
        Agreement.byNaturalKey(in.title().strip(), signedOn).filter(other -> !Objects.equals(other.id, selfId)).ifPresent(other -> {
            throw ApiException.conflict("Agreement " + other.id + " already has this title and signing date");
        });
    }

    /** Rules that span fields, which bean validation on single fields cannot state. */
    static void check(AgreementInput in, Long selfId) {
        List<FieldError> errors = new ArrayList<>();
        var signed = in.signed();
        if (signed != null) {
            if (signed.date() != null && signed.precision() == null) {
                errors.add(new FieldError("signed.precision", "is required when signed.date is given"));
            }
            if (signed.date() == null && signed.precision() != null) {
                errors.add(new FieldError("signed.date", "is required when signed.precision is given"));
            }
            if (signed.date() != null && signed.precision() == DatePrecision.MONTH && signed.date().getDayOfMonth() != 1) {
                errors.add(new FieldError("signed.date", "must be the 1st of the month when signed.precision is MONTH"));
            }
            if (signed.date() != null && signed.precision() == DatePrecision.YEAR && signed.date().getDayOfYear() != 1) {
                errors.add(new FieldError("signed.date", "must be 1 January when signed.precision is YEAR"));
            }
        }
        var validity = in.validity();
        if (validity != null && validity.from() != null && validity.until() != null && validity.until().isBefore(validity.from())) {
            errors.add(new FieldError("validity.until", "must not be before validity.from"));
        }
        Set<PartyInput> parties = new HashSet<>();
        for (int i = 0; i < in.parties().size(); i++) {
            if (!parties.add(in.parties().get(i))) {
                errors.add(new FieldError("parties[" + i + "]", "repeats an earlier party"));
            }
        }
        Set<Area> areas = new HashSet<>();
        for (int i = 0; i < in.areasOrEmpty().size(); i++) {
            if (!areas.add(in.areasOrEmpty().get(i))) {
                errors.add(new FieldError("areas[" + i + "]", "repeats an earlier area"));
            }
        }
        Set<RelationInput> relations = new HashSet<>();
        for (int i = 0; i < in.relationsOrEmpty().size(); i++) {
            RelationInput r = in.relationsOrEmpty().get(i);
            String field = "relations[" + i + "].agreementId";
            if (!relations.add(r)) {
                errors.add(new FieldError("relations[" + i + "]", "repeats an earlier relation"));
            } else if (selfId != null && selfId.equals(r.agreementId())) {
                errors.add(new FieldError(field, "an agreement cannot relate to itself"));
            } else if (Agreement.findById(r.agreementId()) == null) {
                errors.add(new FieldError(field, "no agreement " + r.agreementId() + " in the registry"));
            }
        }
        for (int i = 0; i < in.sources().size(); i++) {
            Citation c = in.sources().get(i);
            if (Source.findById(c.source()) == null) {
                errors.add(new FieldError("sources[" + i + "].source", "unknown source document '" + c.source() + "'"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    /**
     * The served status is derived, never written, but a body may carry it (it is in what GET answers). It must then be
     * the status this body derives today, or on replace the record's current one (a body fetched before an edit of
     * the dates still carries that): any other value means the client expects to set it, which must not pass silently.
     */
    static void checkStatus(AgreementInput in, AgreementStatus current) {
        if (in.status() == null || in.status() == current) {
            return;
        }
        AgreementStatus derived = AgreementStatus.effective(in.recordedStatus(), in.validity() == null ? null : in.validity().from(),
                in.validity() == null ? null : in.validity().until(), LocalDate.now());
        if (in.status() != derived) {
            throw ApiException.badRequest("status", "is derived and read-only: this body derives " + derived
                    + (current == null ? "" : " and the record's current status is " + current)
                    + ", not " + in.status() + "; change recordedStatus or validity instead, or leave status out");
        }
    }

    static void apply(AgreementInput in, Agreement a) {
        a.title = in.title().strip();
        a.summary = in.summary();
        a.kind = in.kind();
        a.recordedStatus = in.recordedStatus();
        a.parties = in.parties().stream().map(PartyInput::toDomain).toList();
        a.signedDate = in.signed() == null ? null : in.signed().date();
        a.signedPrecision = in.signed() == null ? null : in.signed().precision();
        a.signedPlace = in.signed() == null ? null : in.signed().place();
        a.validFrom = in.validity() == null ? null : in.validity().from();
        a.validUntil = in.validity() == null ? null : in.validity().until();
        a.areas = in.areasOrEmpty().stream().map(Enum::name).toArray(String[]::new);
        a.relations = in.relationsOrEmpty().stream().map(RelationInput::toDomain).toList();
        a.sources = List.copyOf(in.sources());
        a.note = in.note();
    }
}
