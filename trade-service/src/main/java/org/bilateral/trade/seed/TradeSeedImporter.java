package org.bilateral.trade.seed;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import org.bilateral.support.codes.Country;
import org.bilateral.support.codes.Region;
import java.util.Map;
import org.bilateral.support.history.RevisionLog;
import org.bilateral.support.provenance.Citation;
import org.bilateral.support.seed.SeedFiles;
import org.bilateral.trade.api.FigureInput;
import org.bilateral.trade.config.TradeConfig;
import org.bilateral.trade.domain.CommodityListing;
import org.bilateral.trade.domain.Figure;
import org.bilateral.trade.domain.Flow;
import org.bilateral.trade.domain.ListingKind;
import org.bilateral.trade.domain.PartnerGroup;
import org.bilateral.trade.domain.PartnerRanking;
import org.bilateral.trade.domain.Qualifier;
import org.bilateral.trade.domain.RankQualifier;
import org.bilateral.trade.domain.Target;
import org.bilateral.trade.domain.TargetKind;
import org.bilateral.trade.service.FigureService;
import org.jboss.logging.Logger;

/** Imports the packaged seed facts: at start-up into empty tables, or on an admin's request. Idempotent by natural key. */
@ApplicationScoped
public class TradeSeedImporter {

    private static final Logger LOG = Logger.getLogger(TradeSeedImporter.class);

    record ListingSeed(@NotNull @Country String exporter, @Region String exporterRegion, @NotNull @Country String importer,
            @NotNull ListingKind kind, @NotBlank String hsCode, @NotBlank String description, @Positive int rank,
            @Pattern(regexp = "[0-9]{4}", message = "must be a year, or absent where the source names no period") String asOf,
            @NotNull @Valid Citation source, String note) {
    }

    record RankingSeed(@NotNull @Country String reporter, @NotNull @Country String partner, @NotNull Flow flow, @Positive int position,
            @NotNull RankQualifier positionQualifier, @NotNull PartnerGroup among, String statedBy, String note,
            @NotNull @Valid Citation source) {
    }

    record TargetSeed(@NotNull @Country String reporter, @NotNull @Country String partner, @NotNull Flow flow, @NotNull TargetKind kind,
            @NotNull @Positive BigDecimal amount, @NotBlank String unit, int scale, @NotNull Qualifier qualifier, Integer deadlineYear,
            @NotBlank String setBy, String statedBy, Long agreementId, @NotBlank String description, @NotNull @Valid Citation source) {
    }

    /** How many records an import added, per kind. */
    public record ImportReport(int sources, int figures, int commodities, int targets, int rankings) {
    }

    private final ObjectMapper mapper;
    private final TradeConfig config;
    private final FigureService figures;
    private final Validator validator;

    TradeSeedImporter(ObjectMapper mapper, TradeConfig config, FigureService figures, Validator validator) {
        this.validator = validator;
        this.mapper = mapper;
        this.config = config;
        this.figures = figures;
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
        SeedFiles.lockForImport("trade");
        if (Figure.count() > 0) {
            return new ImportReport(0, 0, 0, 0, 0);
        }
        return importMissing();
    }

    /** Adds every seed fact not yet stored; changes nothing already there. */
    @Transactional
    public ImportReport importMissing() {
        SeedFiles.lockForImport("trade");
        RevisionLog.actAs("seed");
        int sources = SeedFiles.importSources(mapper);
        int figureCount = 0;
        for (FigureInput in : SeedFiles.read(mapper, validator, "seeds/trade/figures.json", FigureInput.class)) {
            if (Figure.byNaturalKey(in.reporter(), in.partner(), in.region(), in.flow(), in.commodity(), in.period().start(),
                    in.period().end(), in.source().source()).isEmpty()) {
                figures.createQuietly(in);
                figureCount++;
            }
        }
        int listings = 0;
        for (ListingSeed s : SeedFiles.read(mapper, validator, "seeds/trade/commodities.json", ListingSeed.class)) {
            if (CommodityListing.count("exporter = ?1 and importer = ?2 and kind = ?3 and hsCode = ?4 and sourceId = ?5",
                    s.exporter(), s.importer(), s.kind(), s.hsCode(), s.source().source()) == 0) {
                CommodityListing l = new CommodityListing();
                l.exporter = s.exporter();
                l.exporterRegion = s.exporterRegion();
                l.importer = s.importer();
                l.kind = s.kind();
                l.hsCode = s.hsCode();
                l.description = s.description();
                l.rank = s.rank();
                l.asOf = s.asOf();
                l.note = s.note();
                l.sourceId = s.source().source();
                l.locator = s.source().locator();
                l.persist();
                listings++;
            }
        }
        int targets = 0;
        for (TargetSeed s : SeedFiles.read(mapper, validator, "seeds/trade/targets.json", TargetSeed.class)) {
            if (Target.count("reporter = ?1 and partner = ?2 and flow = ?3 and kind = ?4 and sourceId = ?5",
                    s.reporter(), s.partner(), s.flow(), s.kind(), s.source().source()) == 0) {
                Target t = new Target();
                t.reporter = s.reporter();
                t.partner = s.partner();
                t.flow = s.flow();
                t.kind = s.kind();
                t.amount = s.amount();
                t.unit = s.unit();
                t.scale = s.scale();
                t.qualifier = s.qualifier();
                t.deadlineYear = s.deadlineYear();
                t.setBy = s.setBy();
                t.statedBy = s.statedBy();
                t.agreementId = s.agreementId();
                t.description = s.description();
                t.sourceId = s.source().source();
                t.locator = s.source().locator();
                t.persist();
                targets++;
            }
        }
        int rankings = 0;
        for (RankingSeed s : SeedFiles.read(mapper, validator, "seeds/trade/rankings.json", RankingSeed.class)) {
            if (s.reporter().equals(s.partner())) {
                throw new IllegalStateException("seed seeds/trade/rankings.json: a ranking's partner must differ from its reporter");
            }
            if (PartnerRanking.count("reporter = ?1 and partner = ?2 and flow = ?3 and among = ?4 and sourceId = ?5",
                    s.reporter(), s.partner(), s.flow(), s.among(), s.source().source()) == 0) {
                PartnerRanking r = new PartnerRanking();
                r.reporter = s.reporter();
                r.partner = s.partner();
                r.flow = s.flow();
                r.position = s.position();
                r.positionQualifier = s.positionQualifier();
                r.among = s.among();
                r.statedBy = s.statedBy();
                r.note = s.note();
                r.sourceId = s.source().source();
                r.locator = s.source().locator();
                r.persist();
                rankings++;
            }
        }
        return new ImportReport(sources, figureCount, listings, targets, rankings);
    }
}
