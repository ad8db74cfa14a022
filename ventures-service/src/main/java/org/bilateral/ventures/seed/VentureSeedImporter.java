package org.bilateral.ventures.seed;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import org.bilateral.support.codes.Country;
import org.bilateral.support.codes.Region;
import org.bilateral.support.history.RevisionLog;
import org.bilateral.support.provenance.Citation;
import org.bilateral.support.seed.SeedFiles;
import org.bilateral.ventures.api.LocationDto;
import org.bilateral.ventures.api.OrganisationInput;
import org.bilateral.ventures.api.PartnerDto;
import org.bilateral.ventures.api.ProductDto;
import org.bilateral.ventures.api.VentureInput;
import org.bilateral.ventures.config.VenturesConfig;
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
import org.jboss.logging.Logger;

/** Imports the packaged seed facts: at start-up into empty tables, or on an admin's request. Idempotent by natural key. */
@ApplicationScoped
public class VentureSeedImporter {

    private static final Logger LOG = Logger.getLogger(VentureSeedImporter.class);

    /**
     * A partner in a seed file: {@code organisation} names a seeded organisation of the partner's
     * country (resolved to its id); without it the partner is a side the source does not name.
     */
    record PartnerSeed(String organisation, String name, @NotNull @Country String country, @NotNull PartnerRole role, BigDecimal share) {
    }

    record VentureSeed(@NotBlank String name, @NotNull VentureKind kind, @NotNull VentureStatus status, @NotNull @Country String hostCountry,
            @Valid LocationDto location, List<@Valid PartnerSeed> partners, List<Sector> sectors, List<@Valid ProductDto> products,
            Integer startYear, String stage, String notes, List<Long> relatedAgreementIds, @NotEmpty List<@Valid Citation> sources) {
    }

    record ClaimSeed(@NotBlank String subject, @PositiveOrZero int count, @NotNull Qualifier qualifier, @NotNull @Country String hostCountry,
            @Country String partnerCountry, @Region String region, VentureKind kind, Sector sector, List<ClaimPart> breakdown, String note,
            @NotEmpty List<@Valid Citation> sources) {
    }

    /** How many records an import added, per kind. */
    public record ImportReport(int sources, int organisations, int ventures, int claims) {
    }

    private final ObjectMapper mapper;
    private final VenturesConfig config;
    private final VentureService ventures;
    private final OrganisationService organisations;
    private final Validator validator;

    VentureSeedImporter(ObjectMapper mapper, VenturesConfig config, VentureService ventures, OrganisationService organisations,
            Validator validator) {
        this.mapper = mapper;
        this.config = config;
        this.ventures = ventures;
        this.organisations = organisations;
        this.validator = validator;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.seed().enabled()) {
            LOG.info("Seed import switched off (bilateral.seed.enabled=false)");
            return;
        }
        ImportReport report = importIfEmpty();
        LOG.infof("Seed import: %s", report);
    }

    @Transactional
    ImportReport importIfEmpty() {
        SeedFiles.lockForImport("ventures");
        if (Venture.count() > 0 || Organisation.count() > 0 || Claim.count() > 0) {
            return new ImportReport(0, 0, 0, 0);
        }
        return importMissing();
    }

    /** Adds every seed fact not yet stored; changes nothing already there. */
    @Transactional
    public ImportReport importMissing() {
        SeedFiles.lockForImport("ventures");
        RevisionLog.actAs("seed");
        int sources = SeedFiles.importSources(mapper);
        int orgCount = 0;
        for (OrganisationInput in : SeedFiles.read(mapper, validator, "seeds/ventures/organisations.json", OrganisationInput.class)) {
            if (Organisation.byNaturalKey(in.country(), in.name()).isEmpty()) {
                organisations.createQuietly(in);
                orgCount++;
            }
        }
        int ventureCount = 0;
        for (VentureSeed s : SeedFiles.read(mapper, validator, "seeds/ventures/ventures.json", VentureSeed.class)) {
            if (Venture.byNaturalKey(s.hostCountry(), s.name()).isEmpty()) {
                ventures.createQuietly(toInput(s));
                ventureCount++;
            }
        }
        int claimCount = 0;
        for (ClaimSeed s : SeedFiles.read(mapper, validator, "seeds/ventures/claims.json", ClaimSeed.class)) {
            if (Claim.byNaturalKey(s.hostCountry(), s.partnerCountry(), s.region(), s.subject()).isEmpty()) {
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
                claimCount++;
            }
        }
        return new ImportReport(sources, orgCount, ventureCount, claimCount);
    }

    private static VentureInput toInput(VentureSeed s) {
        List<PartnerDto> partners = s.partners() == null ? List.of() : s.partners().stream().map(p -> {
            if (p.organisation() == null) {
                return new PartnerDto(null, p.name(), p.country(), p.role(), p.share());
            }
            Organisation o = Organisation.byNaturalKey(p.country(), p.organisation()).orElseThrow(() -> new IllegalStateException(
                    "seed venture '" + s.name() + "' names organisation '" + p.organisation() + "' (" + p.country() + ") that is not seeded"));
            return new PartnerDto(o.id, p.name() == null ? o.name : p.name(), o.country, p.role(), p.share());
        }).toList();
        return new VentureInput(null, null, s.name(), s.kind(), s.status(), s.hostCountry(), s.location(), partners, s.sectors(), s.products(),
                s.startYear(), s.stage(), s.notes(), s.relatedAgreementIds(), s.sources(), null);
    }
}
