package org.bilateral.agreements.seed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.bilateral.agreements.api.model.AgreementInput;
import org.bilateral.agreements.api.model.PartyInput;
import org.bilateral.agreements.api.model.RelationInput;
import org.bilateral.agreements.api.model.SigningInput;
import org.bilateral.agreements.api.model.ValidityInput;
import org.bilateral.agreements.domain.Agreement;
import org.bilateral.agreements.domain.AgreementKind;
import org.bilateral.agreements.domain.AgreementStatus;
import org.bilateral.agreements.domain.Area;
import org.bilateral.agreements.domain.Claim;
import org.bilateral.agreements.domain.CoChair;
import org.bilateral.agreements.domain.Commission;
import org.bilateral.agreements.domain.CommissionSession;
import org.bilateral.agreements.domain.CooperationEvent;
import org.bilateral.agreements.domain.DatePrecision;
import org.bilateral.agreements.domain.EventKind;
import org.bilateral.agreements.domain.EventStatus;
import org.bilateral.agreements.domain.Participant;
import org.bilateral.agreements.domain.ParticipantRole;
import org.bilateral.agreements.domain.Party;
import org.bilateral.agreements.domain.Qualifier;
import org.bilateral.agreements.domain.RelationType;
import org.bilateral.agreements.domain.SessionStatus;
import org.bilateral.agreements.service.AgreementService;
import org.bilateral.support.codes.Country;
import org.bilateral.support.provenance.Citation;
import org.bilateral.support.seed.SeedKind;
import org.bilateral.support.seed.SeedPlan;

/** The agreements seed facts: agreements, claimed counts, commissions and events, each kind with its natural key. */
@ApplicationScoped
public class AgreementSeeds implements SeedPlan {

    static final String AGREEMENTS = "seeds/agreements/agreements.json";
    static final String CLAIMS = "seeds/agreements/claims.json";
    static final String COMMISSIONS = "seeds/agreements/commissions.json";
    static final String EVENTS = "seeds/agreements/events.json";

    /** A relation in a seed file names its target by title, since ids are given out on import; the target comes earlier in the file. */
    record RelationSeed(@NotNull RelationType type, @NotBlank String title) {
    }

    record AgreementSeed(@NotBlank String title, @NotBlank String summary, AgreementKind kind, @NotNull AgreementStatus recordedStatus,
            @NotNull @Size(min = 1) List<@NotNull @Valid PartyInput> parties, @Valid SigningInput signed, @Valid ValidityInput validity,
            List<@NotNull Area> areas, List<@NotNull @Valid RelationSeed> relations,
            @NotNull @Size(min = 1) List<@NotNull @Valid Citation> sources, String note) {
    }

    record ClaimSeed(@PositiveOrZero int count, @NotNull Qualifier qualifier, @NotNull List<@NotNull AgreementKind> kinds,
            @NotNull List<@NotNull @Country String> parties, @NotBlank String description, @NotNull @Valid Citation source, String note) {
    }

    record CoChairSeed(@NotNull @Country String country, @NotBlank String name, @NotBlank String office, @NotNull @Valid Citation source) {
    }

    record SessionSeed(LocalDate date, DatePrecision precision, String place, @NotNull SessionStatus status, @NotNull @Valid Citation source) {
    }

    record CommissionSeed(@NotBlank String name, @NotBlank String summary, @NotNull @Size(min = 1) List<@NotNull @Valid PartyInput> parties,
            @NotNull List<@NotNull @Valid CoChairSeed> coChairs, @NotNull List<@NotNull @Valid SessionSeed> sessions,
            @NotNull @Size(min = 1) List<@NotNull @Valid Citation> sources, String note) {
    }

    record ParticipantSeed(@NotNull @Country String country, @NotBlank String name, String office, @NotNull ParticipantRole role,
            @NotNull @Valid Citation source) {
    }

    record EventSeed(@NotBlank String title, @NotNull EventKind kind, @NotNull EventStatus status, LocalDate date, DatePrecision precision,
            LocalDate endDate, String place, @NotBlank String summary, @NotNull List<@NotNull @Valid ParticipantSeed> participants,
            @NotNull @Size(min = 1) List<@NotNull @Valid Citation> sources, String note) {
    }

    private final AgreementService agreements;

    AgreementSeeds(AgreementService agreements) {
        this.agreements = agreements;
    }

    @Override
    public String schema() {
        return "agreements";
    }

    @Override
    public List<SeedKind<?>> kinds() {
        return List.of(
                new SeedKind<>("agreements", AGREEMENTS, Agreement.TABLE, AgreementSeed.class,
                        s -> Agreement.byNaturalKey(s.title(), s.signed() == null ? null : s.signed().date()).isPresent(),
                        s -> agreements.createQuietly(toInput(s))),
                new SeedKind<>("claims", CLAIMS, Claim.TABLE, ClaimSeed.class,
                        s -> Claim.existsByNaturalKey(s.source().source(), s.source().locator(), s.count()), AgreementSeeds::createClaim),
                new SeedKind<>("commissions", COMMISSIONS, Commission.TABLE, CommissionSeed.class,
                        s -> Commission.byName(s.name()).isPresent(), AgreementSeeds::createCommission),
                new SeedKind<>("events", EVENTS, CooperationEvent.TABLE, EventSeed.class,
                        s -> CooperationEvent.byNaturalKey(checked(s).title(), s.date()).isPresent(), AgreementSeeds::createEvent));
    }

    private static void createClaim(ClaimSeed s) {
        Claim c = new Claim();
        c.count = s.count();
        c.qualifier = s.qualifier();
        c.kinds = s.kinds().stream().map(Enum::name).toArray(String[]::new);
        c.parties = s.parties().toArray(String[]::new);
        c.description = s.description();
        c.sourceId = s.source().source();
        c.locator = s.source().locator();
        c.note = s.note();
        c.persist();
    }

    private static void createCommission(CommissionSeed s) {
        Commission c = new Commission();
        c.name = s.name();
        c.summary = s.summary();
        c.parties = s.parties().stream().map(p -> new Party(p.country(), p.organisation())).toList();
        c.coChairs = s.coChairs().stream().map(h -> new CoChair(h.country(), h.name(), h.office(), h.source())).toList();
        c.sessions = s.sessions().stream().map(h -> new CommissionSession(h.date(), h.precision(), h.place(), h.status(), h.source())).toList();
        c.sources = List.copyOf(s.sources());
        c.note = s.note();
        c.persist();
    }

    /** An event's date needs its precision and the other way round; bean validation sees one field at a time. */
    private static EventSeed checked(EventSeed s) {
        if ((s.date() == null) != (s.precision() == null)) {
            throw new IllegalStateException("seed " + EVENTS + ": '" + s.title() + "' needs both date and precision or neither");
        }
        return s;
    }

    private static void createEvent(EventSeed s) {
        CooperationEvent e = new CooperationEvent();
        e.title = s.title();
        e.kind = s.kind();
        e.status = s.status();
        e.date = s.date();
        e.precision = s.precision();
        e.endDate = s.endDate();
        e.place = s.place();
        e.summary = s.summary();
        e.participants = s.participants().stream()
                .map(p -> new Participant(p.country(), p.name(), p.office(), p.role(), p.source())).toList();
        e.sources = List.copyOf(s.sources());
        e.note = s.note();
        e.persist();
    }

    private static AgreementInput toInput(AgreementSeed s) {
        List<RelationInput> relations = s.relations() == null ? List.of() : s.relations().stream().map(r -> {
            Agreement target = Agreement.find("lower(title) = lower(?1)", r.title()).firstResult();
            if (target == null) {
                throw new IllegalStateException("seed " + AGREEMENTS + ": '" + s.title() + "' relates to unknown '" + r.title()
                        + "' (targets must come earlier in the file)");
            }
            return new RelationInput(r.type(), target.id);
        }).toList();
        return new AgreementInput(null, null, s.title(), s.summary(), s.kind(), null, s.recordedStatus(), s.parties(), s.signed(), s.validity(),
                s.areas(), relations, s.sources(), s.note());
    }
}
