package org.bilateral.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.bilateral.e2e.client.ApiClient;
import org.bilateral.e2e.client.ApiException;
import org.bilateral.e2e.client.api.AgreementAnalyticsApi;
import org.bilateral.e2e.client.api.AgreementChangesApi;
import org.bilateral.e2e.client.api.AgreementCommissionsApi;
import org.bilateral.e2e.client.api.AgreementSourcesApi;
import org.bilateral.e2e.client.api.AgreementsApi;
import org.bilateral.e2e.client.api.AnalyticsApi;
import org.bilateral.e2e.client.api.CommoditiesApi;
import org.bilateral.e2e.client.api.FiguresApi;
import org.bilateral.e2e.client.api.OrganisationsApi;
import org.bilateral.e2e.client.api.TradeChangesApi;
import org.bilateral.e2e.client.api.TradeSourcesApi;
import org.bilateral.e2e.client.api.VentureChangesApi;
import org.bilateral.e2e.client.api.VentureSourcesApi;
import org.bilateral.e2e.client.api.VentureStatisticsApi;
import org.bilateral.e2e.client.api.VenturesApi;
import org.bilateral.e2e.client.model.Agreement;
import org.bilateral.e2e.client.model.AgreementKind;
import org.bilateral.e2e.client.model.AgreementStatistics;
import org.bilateral.e2e.client.model.AgreementTimelineEvent;
import org.bilateral.e2e.client.model.Balance;
import org.bilateral.e2e.client.model.ChangeBatch;
import org.bilateral.e2e.client.model.Commission;
import org.bilateral.e2e.client.model.CommodityListing;
import org.bilateral.e2e.client.model.Discrepancies;
import org.bilateral.e2e.client.model.Figure;
import org.bilateral.e2e.client.model.Flow;
import org.bilateral.e2e.client.model.ListingKind;
import org.bilateral.e2e.client.model.Organisation;
import org.bilateral.e2e.client.model.PageAgreementView;
import org.bilateral.e2e.client.model.PageCommodityView;
import org.bilateral.e2e.client.model.PageFigureView;
import org.bilateral.e2e.client.model.PageOrganisationView;
import org.bilateral.e2e.client.model.PageVentureView;
import org.bilateral.e2e.client.model.Series;
import org.bilateral.e2e.client.model.Target;
import org.bilateral.e2e.client.model.Venture;
import org.bilateral.e2e.client.model.VentureStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The read paths of the three services through the generated client, against the seed data. Run
 * once through the gateway and once against each service called directly (the same paths, only the
 * host changes), so partner agencies can switch between the two.
 */
@ExtendWith(RunningPlatform.class)
abstract class ReadPathContract {

    abstract String tradeUrl();

    abstract String agreementsUrl();

    abstract String venturesUrl();

    private ApiClient trade() {
        return Clients.anonymous(tradeUrl());
    }

    private ApiClient agreements() {
        return Clients.anonymous(agreementsUrl());
    }

    private ApiClient ventures() {
        return Clients.anonymous(venturesUrl());
    }

    // ---- trade

    @Test
    void tradeFiguresFilteredByYearAndFlowAreThatYearsTurnover() throws ApiException {
        PageFigureView page = new FiguresApi(trade()).listFigures(null, null, Flow.TURNOVER, null, null, null, null, null,
                50, null, null, null, 2018);
        assertFalse(page.getItems().isEmpty(), "the seeds hold 2018 turnover figures");
        assertEquals(page.getItems().size(), Math.min(50, page.getTotalItems().intValue()));
        for (Figure f : page.getItems()) {
            assertEquals(Flow.TURNOVER, f.getFlow(), "flow filter: " + f);
            assertTrue(f.getPeriod().getStart().getYear() <= 2018 && f.getPeriod().getEnd().getYear() >= 2018, "year filter: " + f.getPeriod());
        }
    }

    @Test
    void tradeFiguresFilteredByReporterAndPageSizeArePaged() throws ApiException {
        PageFigureView page = new FiguresApi(trade()).listFigures(null, null, null, null, 0, null, null, "BY", 2, null, null, null, null);
        assertEquals(2, page.getItems().size());
        assertTrue(page.getTotalItems() > 2, "more than one page of figures reported by BY");
        assertEquals(2, page.getSize());
        page.getItems().forEach(f -> assertEquals("BY", f.getReporter()));
    }

    @Test
    void tradeCommoditiesFilteredByKindAreMajorExports() throws ApiException {
        PageCommodityView page = new CommoditiesApi(trade()).listTradeCommodities(null, null, null, null, ListingKind.MAJOR_EXPORT, null, 200, null);
        assertFalse(page.getItems().isEmpty());
        for (CommodityListing c : page.getItems()) {
            assertEquals(ListingKind.MAJOR_EXPORT, c.getKind());
        }
    }

    @Test
    void tradeSourcesAndChangeFeedAnswerWithSeedProvenance() throws ApiException {
        assertFalse(new TradeSourcesApi(trade()).listTradeSources().isEmpty());
        ChangeBatch changes = new TradeChangesApi(trade()).listTradeChanges(5, 0L);
        assertTrue(changes.getItems().size() <= 5, "limit filter");
        assertFalse(changes.getItems().isEmpty(), "the seed import is in the change feed");
    }

    @Test
    void tradeSeriesHasTurnoverPointsWithReportedAndRecomputedGrowth() throws ApiException {
        Series series = new AnalyticsApi(trade()).getTradeSeries(null, Flow.TURNOVER, "KZ", null, "BY");
        assertEquals(Flow.TURNOVER, series.getFlow());
        assertFalse(series.getPoints().isEmpty());
        assertTrue(series.getPoints().stream().anyMatch(p -> p.getValue() != null));
    }

    @Test
    void tradeBalanceForAYearHasExportsImportsAndBalance() throws ApiException {
        Balance balance = new AnalyticsApi(trade()).getTradeBalance("KZ", "BY", null);
        assertEquals("BY", balance.getReporter());
        assertFalse(balance.getPeriods().isEmpty());
        assertTrue(balance.getPeriods().stream().anyMatch(p -> p.getBalance() != null
                && p.getBalance().compareTo(p.getExports().subtract(p.getImports())) == 0), "balance = exports - imports");
    }

    @Test
    void tradeTargetsCarryTheirProgress() throws ApiException {
        List<Target> targets = new AnalyticsApi(trade()).listTradeTargets("KZ", "BY");
        assertFalse(targets.isEmpty(), "the seeds hold the 1 billion USD turnover target");
        targets.forEach(t -> assertNotNull(t.getProgress(), "progress of " + t.getDescription()));
    }

    @Test
    void tradeDiscrepanciesReportConflictingSources() throws ApiException {
        Discrepancies d = new AnalyticsApi(trade()).getTradeDiscrepancies(null, null);
        assertNotNull(d.getTruncated());
        assertFalse(d.getSourceConflicts().isEmpty() && d.getGrowthMismatches().isEmpty() && d.getTurnoverMismatches().isEmpty(),
                "the seed sources disagree somewhere");
    }

    // ---- agreements

    @Test
    void agreementsInForceOnADateAreAllInForceThen() throws ApiException {
        LocalDate day = LocalDate.of(2019, 6, 1);
        PageAgreementView page = new AgreementsApi(agreements()).listAgreements(null, null, null, day, null, null, null, null,
                null, null, 200, null, null);
        assertFalse(page.getItems().isEmpty());
        for (Agreement a : page.getItems()) {
            assertTrue(a.getValidity() == null || a.getValidity().getFrom() == null || !a.getValidity().getFrom().isAfter(day),
                    a.getTitle() + " valid from " + a.getValidity());
        }
    }

    @Test
    void agreementsFilteredByKindAreOfThatKind() throws ApiException {
        AgreementsApi api = new AgreementsApi(agreements());
        PageAgreementView all = api.listAgreements(null, null, null, null, null, null, null, null, null, null, 200, null, null);
        AgreementKind kind = all.getItems().stream().map(Agreement::getKind).filter(k -> k != null).findFirst().orElseThrow();
        long expected = all.getItems().stream().filter(a -> kind.equals(a.getKind())).count();
        PageAgreementView page = api.listAgreements(null, null, null, null, kind, null, null, null, null, null, 200, null, null);
        assertEquals(expected, page.getTotalItems(), "agreements of kind " + kind);
        page.getItems().forEach(a -> assertEquals(kind, a.getKind()));
    }

    @Test
    void agreementCommissionsFilteredByPartyIncludeThatParty() throws ApiException {
        List<Commission> commissions = new AgreementCommissionsApi(agreements()).listAgreementCommissions(null, "KZ");
        assertFalse(commissions.isEmpty());
        commissions.forEach(c -> assertTrue(c.getParties().stream().anyMatch(p -> "KZ".equals(p.getCountry())), c.getName()));
    }

    @Test
    void agreementSourcesAndChangeFeedAnswer() throws ApiException {
        assertFalse(new AgreementSourcesApi(agreements()).listAgreementSources().isEmpty());
        ChangeBatch changes = new AgreementChangesApi(agreements()).listAgreementChanges(3, 0L);
        assertFalse(changes.getItems().isEmpty());
        assertTrue(changes.getItems().size() <= 3);
    }

    @Test
    void agreementStatisticsSetRegisteredCountsBesideClaimedCounts() throws ApiException {
        AgreementStatistics stats = new AgreementAnalyticsApi(agreements()).getAgreementStatistics();
        assertTrue(stats.getRegistered().getTotal() > 0);
        assertFalse(stats.getClaimed().isEmpty(), "the sources claim counts (\"over 65 agreements\")");
    }

    @Test
    void agreementTimelineBetweenTwoDatesStaysInside() throws ApiException {
        LocalDate from = LocalDate.of(2010, 1, 1);
        LocalDate to = LocalDate.of(2020, 12, 31);
        List<AgreementTimelineEvent> events = new AgreementAnalyticsApi(agreements()).getAgreementTimeline(from, null, to);
        assertFalse(events.isEmpty());
        events.forEach(e -> assertTrue(!e.getDate().isBefore(from) && !e.getDate().isAfter(to), e.toString()));
    }

    @Test
    void agreementCountClaimsAreListed() throws ApiException {
        assertTrue(new AgreementAnalyticsApi(agreements()).listAgreementCountClaims().stream().anyMatch(c -> c.getCount() != null && c.getCount() > 0));
    }

    // ---- ventures

    @Test
    void venturesInACityAreThere() throws ApiException {
        PageVentureView page = new VenturesApi(ventures()).listVentures(null, "Almaty", null, null, null, null, null, null, null,
                null, null, null, 200, null, null, null, null);
        assertFalse(page.getItems().isEmpty(), "the seeds list ventures in Almaty");
        page.getItems().forEach(v -> assertEquals("Almaty", v.getLocation().getCity(), v.getName()));
    }

    @Test
    void venturesFilteredByHostCountryAreHostedThere() throws ApiException {
        PageVentureView page = new VenturesApi(ventures()).listVentures(null, null, "BY", null, null, null, null, null, null,
                null, null, null, 200, null, null, null, null);
        assertFalse(page.getItems().isEmpty());
        page.getItems().forEach(v -> assertEquals("BY", v.getHostCountry(), v.getName()));
    }

    @Test
    void ventureOrganisationsFilteredByCountryAndTheirVentures() throws ApiException {
        OrganisationsApi api = new OrganisationsApi(ventures());
        PageOrganisationView page = api.listVentureOrganisations(null, "BY", null, null, null, 200, null);
        assertFalse(page.getItems().isEmpty());
        page.getItems().forEach(o -> assertEquals("BY", o.getCountry(), o.getName()));
        long withVentures = 0;
        for (Organisation o : page.getItems()) {
            PageVentureView theirs = api.listOrganisationVentures(o.getId(), null, null, 50, null);
            for (Venture v : theirs.getItems()) {
                assertTrue(v.getPartners().stream().anyMatch(p -> o.getId().equals(p.getOrganisationId())), v.getName() + " partners " + o.getName());
            }
            withVentures += theirs.getTotalItems();
        }
        assertTrue(withVentures > 0, "some Belarusian organisation is a venture partner");
    }

    @Test
    void ventureSourcesAndChangeFeedAnswer() throws ApiException {
        assertFalse(new VentureSourcesApi(ventures()).listVentureSources().isEmpty());
        ChangeBatch changes = new VentureChangesApi(ventures()).listVentureChanges(3, 0L);
        assertFalse(changes.getItems().isEmpty());
        assertTrue(changes.getItems().size() <= 3);
    }

    @Test
    void ventureStatisticsSetListedCountsBesideClaims() throws ApiException {
        VentureStatistics stats = new VentureStatisticsApi(ventures()).getVentureStatistics();
        assertTrue(stats.getListed().getTotal() > 0);
        assertFalse(stats.getClaims().isEmpty());
        assertTrue(new VentureStatisticsApi(ventures()).listVentureClaims().stream().anyMatch(c -> c.getCount() != null && c.getCount() > 0),
                "the sources claim counts (\"8 joint assembly plants\")");
    }
}
