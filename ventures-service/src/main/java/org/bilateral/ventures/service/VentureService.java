package org.bilateral.ventures.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.bilateral.support.concurrency.IfMatch;
import org.bilateral.support.history.RevisionLog;
import org.bilateral.support.history.Versions;
import org.bilateral.support.json.ReadOnlyFields;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.Problem;
import org.bilateral.support.provenance.Citation;
import org.bilateral.support.provenance.Source;
import org.bilateral.ventures.api.model.LocationInput;
import org.bilateral.ventures.api.model.PartnerInput;
import org.bilateral.ventures.api.model.ProductInput;
import org.bilateral.ventures.api.model.VentureInput;
import org.bilateral.ventures.domain.Organisation;
import org.bilateral.ventures.domain.Sector;
import org.bilateral.ventures.domain.Venture;
import org.bilateral.ventures.domain.VentureKind;
import org.bilateral.ventures.domain.VentureStatus;

/** Writes ventures. Every write leaves a revision (database trigger) naming the actor. */
@ApplicationScoped
@Transactional
public class VentureService {

    public Venture create(VentureInput input, String actor) {
        RevisionLog.actAs(actor);
        return createQuietly(input);
    }

    /** Creates a venture inside the caller's transaction and actor (seed import); same checks as {@link #create}. */
    public Venture createQuietly(VentureInput input) {
        check(input, null);
        Venture v = new Venture();
        apply(input, v);
        v.persistAndFlush();
        return v;
    }

    /** Replaces a venture whose current version the client names; a stale version is a 412. */
    public Venture replace(long id, VentureInput input, IfMatch ifMatch, String actor) {
        Venture v = require(id);
        ifMatch.require(v.version);
        ReadOnlyFields.requireCurrentVersion(input.version(), v.version);
        check(input, id);
        RevisionLog.actAs(actor);
        apply(input, v);
        Versions.newVersionEvenIfUnchanged(v);
        // flush now so a concurrent writer's commit surfaces here as an optimistic-lock 412
        v.flush();
        return v;
    }

    public void delete(long id, IfMatch ifMatch, String actor) {
        Venture v = require(id);
        ifMatch.require(v.version);
        RevisionLog.actAs(actor);
        v.delete();
        v.flush();
    }

    private static Venture require(long id) {
        Venture v = Venture.findById(id);
        if (v == null) {
            throw ApiException.notFound("Venture", id);
        }
        return v;
    }

    /** Rules that span fields, which bean validation on single fields cannot state; then the natural key. */
    static void check(VentureInput in, Long self) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocationInput loc = in.location();
        if (loc != null) {
            if (loc.region() != null && !loc.region().startsWith(in.hostCountry() + "-")) {
                errors.add(new Problem.FieldError("location.region", "must be a region of the host country " + in.hostCountry()));
            }
            if ((loc.latitude() == null) != (loc.longitude() == null)) {
                errors.add(new Problem.FieldError(loc.latitude() == null ? "location.latitude" : "location.longitude",
                        "latitude and longitude go together: give both or neither"));
            } else if (loc.latitude() != null && loc.latitude() == 0 && loc.longitude() == 0) {
                errors.add(new Problem.FieldError("location", "0,0 is not a place a venture can be; leave the coordinates out when unknown"));
            }
        }
        if (in.kind() == VentureKind.PROPOSED_PROJECT && in.status() != VentureStatus.PROPOSED && in.status() != VentureStatus.PLANNED) {
            errors.add(new Problem.FieldError("status", "a PROPOSED_PROJECT is PROPOSED or PLANNED; record it under its own kind once it exists"));
        }
        if (in.startYear() != null && in.status() == VentureStatus.OPERATING && in.startYear() > Year.now().getValue()) {
            errors.add(new Problem.FieldError("startYear", "an OPERATING venture cannot start after the current year"));
        }
        List<PartnerInput> partners = in.partners() == null ? List.of() : in.partners();
        BigDecimal shares = BigDecimal.ZERO;
        var organisations = new HashSet<Long>();
        for (int i = 0; i < partners.size(); i++) {
            PartnerInput p = partners.get(i);
            if (p.share() != null) {
                shares = shares.add(p.share());
            }
            if (p.organisationId() != null) {
                Organisation o = Organisation.findById(p.organisationId());
                if (o == null) {
                    errors.add(new Problem.FieldError("partners[" + i + "].organisationId", "unknown organisation " + p.organisationId()));
                } else if (!o.country.equals(p.country())) {
                    errors.add(new Problem.FieldError("partners[" + i + "].country",
                            "must be the country of organisation " + o.id + " (" + o.country + ")"));
                }
                if (!organisations.add(p.organisationId())) {
                    errors.add(new Problem.FieldError("partners[" + i + "].organisationId", "organisation named twice"));
                }
            }
        }
        if (shares.compareTo(BigDecimal.valueOf(100)) > 0) {
            errors.add(new Problem.FieldError("partners", "shares add up to " + shares.stripTrailingZeros().toPlainString() + "%, more than 100"));
        }
        List<Sector> sectors = in.sectors() == null ? List.of() : in.sectors();
        if (new HashSet<>(sectors).size() != sectors.size()) {
            errors.add(new Problem.FieldError("sectors", "a sector is named twice"));
        }
        List<Long> agreements = in.relatedAgreementIds() == null ? List.of() : in.relatedAgreementIds();
        if (new HashSet<>(agreements).size() != agreements.size()) {
            errors.add(new Problem.FieldError("relatedAgreementIds", "an agreement id is named twice"));
        }
        checkSources(in.sources(), errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Venture.byNaturalKey(in.hostCountry(), in.name()).filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw ApiException.conflict("Venture " + other.id + " in " + in.hostCountry() + " already has the name '" + other.name + "'");
        });
    }

    /** Every citation must name a known source document. */
    static void checkSources(List<Citation> sources, List<Problem.FieldError> errors) {
        if (sources == null) {
            return;
        }
        for (int i = 0; i < sources.size(); i++) {
            if (Source.findById(sources.get(i).source()) == null) {
                errors.add(new Problem.FieldError("sources[" + i + "].source", "unknown source document '" + sources.get(i).source() + "'"));
            }
        }
    }

    static void apply(VentureInput in, Venture v) {
        LocationInput loc = in.location();
        v.name = in.name().trim();
        v.kind = in.kind();
        v.status = in.status();
        v.hostCountry = in.hostCountry();
        v.city = loc == null ? null : loc.city();
        v.region = loc == null ? null : loc.region();
        v.latitude = loc == null ? null : loc.latitude();
        v.longitude = loc == null ? null : loc.longitude();
        v.coordinatesNote = loc == null ? null : loc.coordinatesNote();
        v.partners = in.partners() == null ? List.of() : in.partners().stream().map(PartnerInput::toPartner).toList();
        v.sectors = in.sectors() == null ? new String[0] : in.sectors().stream().map(Enum::name).toArray(String[]::new);
        v.products = in.products() == null ? List.of() : in.products().stream().map(ProductInput::toProduct).toList();
        v.startYear = in.startYear();
        v.stage = in.stage();
        v.notes = in.notes();
        v.relatedAgreementIds = in.relatedAgreementIds() == null ? new Long[0] : in.relatedAgreementIds().toArray(Long[]::new);
        v.sources = List.copyOf(in.sources());
    }
}
