package org.bilateral.trade.seed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;
import org.bilateral.support.codes.Country;
import org.bilateral.support.codes.Region;
import org.bilateral.support.provenance.Citation;
import org.bilateral.support.seed.SeedKind;
import org.bilateral.support.seed.SeedPlan;
import org.bilateral.support.seed.SeedReport;
import org.bilateral.trade.api.model.FigureInput;
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

/** The trade seed facts: figures, commodity listings, targets and partner rankings, each kind with its natural key. */
@ApplicationScoped
public class TradeSeeds implements SeedPlan {

    static final String RANKINGS = "seeds/trade/rankings.json";

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

        public static ImportReport of(SeedReport r) {
            return new ImportReport(r.sources(), r.added("figures"), r.added("commodities"), r.added("targets"), r.added("rankings"));
        }
    }

    private final FigureService figures;

    TradeSeeds(FigureService figures) {
        this.figures = figures;
    }

    @Override
    public String schema() {
        return "trade";
    }

    @Override
    public List<SeedKind<?>> kinds() {
        return List.of(
                new SeedKind<>("figures", "seeds/trade/figures.json", Figure.TABLE, FigureInput.class,
                        in -> Figure.byNaturalKey(in.reporter(), in.partner(), in.region(), in.flow(), in.commodity(), in.period().start(),
                                in.period().end(), in.source().source()).isPresent(),
                        figures::createQuietly),
                new SeedKind<>("commodities", "seeds/trade/commodities.json", CommodityListing.TABLE, ListingSeed.class,
                        s -> CommodityListing.existsByNaturalKey(s.exporter(), s.importer(), s.kind(), s.hsCode(), s.source().source()),
                        TradeSeeds::createListing),
                new SeedKind<>("targets", "seeds/trade/targets.json", Target.TABLE, TargetSeed.class,
                        s -> Target.existsByNaturalKey(s.reporter(), s.partner(), s.flow(), s.kind(), s.source().source()),
                        TradeSeeds::createTarget),
                new SeedKind<>("rankings", RANKINGS, PartnerRanking.TABLE, RankingSeed.class,
                        s -> PartnerRanking.existsByNaturalKey(s.reporter(), s.partner(), s.flow(), s.among(), s.source().source()),
                        TradeSeeds::createRanking));
    }

    private static void createListing(ListingSeed s) {
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
    }

    private static void createTarget(TargetSeed s) {
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
    }

    private static void createRanking(RankingSeed s) {
        // bean validation checks one field at a time; this cross-field rule fails (and rolls back) the whole import
        if (s.reporter().equals(s.partner())) {
            throw new IllegalStateException("seed " + RANKINGS + ": a ranking's partner must differ from its reporter");
        }
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
    }
}
