package org.bilateral.ventures.seed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import org.bilateral.support.codes.Country;
import org.bilateral.support.codes.Region;
import org.bilateral.support.provenance.Citation;
import org.bilateral.support.seed.SeedKind;
import org.bilateral.support.seed.SeedPlan;
import org.bilateral.ventures.api.model.LocationInput;
import org.bilateral.ventures.api.model.OrganisationInput;
import org.bilateral.ventures.api.model.PartnerInput;
import org.bilateral.ventures.api.model.ProductInput;
import org.bilateral.ventures.api.model.VentureInput;
import org.bilateral.ventures.domain.Claim;
import org.bilateral.ventures.domain.ClaimPart;
import org.bilateral.ventures.domain.Organisation;
import org.bilateral.ventures.domain.PartnerRole;
import org.bilateral.ventures.domain.Qualifier;
import org.bilateral.ventures.domain.Sector;
import org.bilateral.ventures.domain.Venture;
import org.bilateral.ventures.domain.VentureKind;
import org.bilateral.ventures.domain.VentureStatus;
import org.bilateral.ventures.service.OrganisationService;
import org.bilateral.ventures.service.VentureService;

/** The ventures seed facts: organisations, ventures and claimed counts, each kind with its natural key. */
@ApplicationScoped
public class VentureSeeds implements SeedPlan {

    /**
     * A partner in a seed file: {@code organisation} names a seeded organisation of the partner's
     * country (resolved to its id); without it the partner is a side the source does not name.
     */
    record PartnerSeed(String organisation, String name, @NotNull @Country String country, @NotNull PartnerRole role, BigDecimal share) {
    }

    record VentureSeed(@NotBlank String name, @NotNull VentureKind kind, @NotNull VentureStatus status, @NotNull @Country String hostCountry,
            @Valid LocationInput location, List<@Valid PartnerSeed> partners, List<Sector> sectors, List<@Valid ProductInput> products,
            Integer startYear, String stage, String notes, List<Long> relatedAgreementIds, @NotEmpty List<@Valid Citation> sources) {
    }

    record ClaimSeed(@NotBlank String subject, @PositiveOrZero int count, @NotNull Qualifier qualifier, @NotNull @Country String hostCountry,
            @Country String partnerCountry, @Region String region, VentureKind kind, Sector sector, List<ClaimPart> breakdown, String note,
            @NotEmpty List<@Valid Citation> sources) {
    }

    private final VentureService ventures;
    private final OrganisationService organisations;

    VentureSeeds(VentureService ventures, OrganisationService organisations) {
        this.ventures = ventures;
        this.organisations = organisations;
    }

    @Override
    public String schema() {
        return "ventures";
    }

    /** Organisations first: seed ventures name their partners by organisation. */
    @Override
    public List<SeedKind<?>> kinds() {
        return List.of(
                new SeedKind<>("organisations", "seeds/ventures/organisations.json", Organisation.TABLE, OrganisationInput.class,
                        in -> Organisation.byNaturalKey(in.country(), in.name()).isPresent(), organisations::createQuietly),
                new SeedKind<>("ventures", "seeds/ventures/ventures.json", Venture.TABLE, VentureSeed.class,
                        s -> Venture.byNaturalKey(s.hostCountry(), s.name()).isPresent(), s -> ventures.createQuietly(toInput(s))),
                new SeedKind<>("claims", "seeds/ventures/claims.json", Claim.TABLE, ClaimSeed.class,
                        s -> Claim.byNaturalKey(s.hostCountry(), s.partnerCountry(), s.region(), s.subject()).isPresent(),
                        VentureSeeds::createClaim));
    }

    private static void createClaim(ClaimSeed s) {
        Claim c = new Claim();
        c.subject = s.subject();
        c.count = s.count();
        c.qualifier = s.qualifier();
        c.hostCountry = s.hostCountry();
        c.partnerCountry = s.partnerCountry();
        c.region = s.region();
        c.kind = s.kind();
        c.sector = s.sector();
        c.breakdown = s.breakdown() == null ? List.of() : s.breakdown();
        c.note = s.note();
        c.sources = s.sources();
        c.persist();
    }

    private static VentureInput toInput(VentureSeed s) {
        List<PartnerInput> partners = s.partners() == null ? List.of() : s.partners().stream().map(p -> {
            if (p.organisation() == null) {
                return new PartnerInput(null, p.name(), p.country(), p.role(), p.share());
            }
            Organisation o = Organisation.byNaturalKey(p.country(), p.organisation()).orElseThrow(() -> new IllegalStateException(
                    "seed venture '" + s.name() + "' names organisation '" + p.organisation() + "' (" + p.country() + ") that is not seeded"));
            return new PartnerInput(o.id, p.name() == null ? o.name : p.name(), o.country, p.role(), p.share());
        }).toList();
        return new VentureInput(null, null, s.name(), s.kind(), s.status(), s.hostCountry(), s.location(), partners, s.sectors(), s.products(),
                s.startYear(), s.stage(), s.notes(), s.relatedAgreementIds(), s.sources(), null);
    }
}
