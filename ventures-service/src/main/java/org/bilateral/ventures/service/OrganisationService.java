package org.bilateral.ventures.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.support.concurrency.IfMatch;
import org.bilateral.support.history.RevisionLog;
import org.bilateral.support.history.Versions;
import org.bilateral.support.json.ReadOnlyFields;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.Problem;
import org.bilateral.ventures.api.model.OrganisationInput;
import org.bilateral.ventures.domain.Organisation;
import org.bilateral.ventures.domain.Venture;

/** Writes organisations. Every write leaves a revision (database trigger) naming the actor. */
@ApplicationScoped
@Transactional
public class OrganisationService {

    public Organisation create(OrganisationInput input, String actor) {
        RevisionLog.actAs(actor);
        return createQuietly(input);
    }

    /** Creates an organisation inside the caller's transaction and actor (seed import). */
    public Organisation createQuietly(OrganisationInput input) {
        check(input, null);
        Organisation o = new Organisation();
        apply(input, o);
        o.persistAndFlush();
        return o;
    }

    public Organisation replace(long id, OrganisationInput input, IfMatch ifMatch, String actor) {
        Organisation o = require(id);
        ifMatch.require(o.version);
        ReadOnlyFields.requireCurrentVersion(input.version(), o.version);
        check(input, id);
        if (!o.country.equals(input.country()) && Venture.countWithOrganisation(id) > 0) {
            throw ApiException.badRequest("country", "cannot change while ventures list this organisation as a partner of country " + o.country);
        }
        RevisionLog.actAs(actor);
        apply(input, o);
        Versions.newVersionEvenIfUnchanged(o);
        o.flush();
        return o;
    }

    /** Deletes an organisation no venture names; one still named is a 409. */
    public void delete(long id, IfMatch ifMatch, String actor) {
        Organisation o = require(id);
        ifMatch.require(o.version);
        long used = Venture.countWithOrganisation(id);
        if (used > 0) {
            throw ApiException.conflict("Organisation " + id + " is a partner in " + used + " venture(s); change those first");
        }
        RevisionLog.actAs(actor);
        o.delete();
        o.flush();
    }

    private static Organisation require(long id) {
        Organisation o = Organisation.findById(id);
        if (o == null) {
            throw ApiException.notFound("Organisation", id);
        }
        return o;
    }

    static void check(OrganisationInput in, Long self) {
        List<Problem.FieldError> errors = new ArrayList<>();
        VentureService.checkSources(in.sources(), errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Organisation.byNaturalKey(in.country(), in.name()).filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw ApiException.conflict("Organisation " + other.id + " in " + in.country() + " already has the name '" + other.name + "'");
        });
    }

    static void apply(OrganisationInput in, Organisation o) {
        o.name = in.name().trim();
        o.country = in.country();
        o.kind = in.kind();
        o.city = in.city();
        o.note = in.note();
        o.sources = in.sources() == null ? List.of() : List.copyOf(in.sources());
    }
}
