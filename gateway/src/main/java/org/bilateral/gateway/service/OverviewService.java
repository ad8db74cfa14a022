package org.bilateral.gateway.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.bilateral.gateway.api.model.OverviewViews.AgreementsSection;
import org.bilateral.gateway.api.model.OverviewViews.AnnualFigure;
import org.bilateral.gateway.api.model.OverviewViews.ExpiringAgreement;
import org.bilateral.gateway.api.model.OverviewViews.Overview;
import org.bilateral.gateway.api.model.OverviewViews.TargetProgress;
import org.bilateral.gateway.api.model.OverviewViews.TradeSection;
import org.bilateral.gateway.api.model.OverviewViews.VenturesSection;
import org.bilateral.gateway.config.GatewayConfig;
import org.bilateral.gateway.downstream.model.AgreementsPage;
import org.bilateral.gateway.downstream.model.TradeSeries;
import org.bilateral.gateway.downstream.model.TradeTarget;
import org.bilateral.gateway.downstream.model.VentureStatistics;
import org.jboss.logging.Logger;

/**
 * Composes the overview: the three services are asked in parallel, each section with its own
 * timeout and a fallback that marks it degraded, so the answer is 200 within the timeout even
 * when services are down.
 * <p>
 * Sections are kept per pair and day and served again while the gateway follows the service's change feed and has
 * seen no change since the section was asked for ({@link ChangeFeeds}); a degraded section is never kept. The
 * rendered answer and its ETag are kept with the sections they were made of.
 */
@ApplicationScoped
public class OverviewService {

    private static final Logger LOG = Logger.getLogger(OverviewService.class);

    private final Downstreams downstreams;
    private final ChangeFeeds feeds;
    private final ObjectMapper mapper;
    private final Duration timeout;
    private final int maxEntries;
    private final ObjectReader series;
    private final ObjectReader targets;
    private final ObjectReader agreementsPage;
    private final ObjectReader ventureStatistics;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    OverviewService(Downstreams downstreams, ChangeFeeds feeds, ObjectMapper mapper, GatewayConfig config) {
        this.downstreams = downstreams;
        this.feeds = feeds;
        this.mapper = mapper;
        this.timeout = config.overview().timeout();
        this.maxEntries = config.overview().cache().maxEntries();
        this.series = mapper.readerFor(TradeSeries.class);
        this.targets = mapper.readerFor(new TypeReference<List<TradeTarget>>() {
        });
        this.agreementsPage = mapper.readerFor(AgreementsPage.class);
        this.ventureStatistics = mapper.readerFor(VentureStatistics.class);
    }

    /** The overview as JSON with its ETag (a digest of the JSON). */
    public record Rendered(Overview overview, byte[] json, String etag) {
    }

    private record Key(String reporter, String partner, LocalDate day) {
    }

    /** A section asked for at a position of its service's feed. */
    private record Section<T>(CompletableFuture<T> answer, ChangeFeeds.Position position) {
    }

    /** What is kept for one pair and day. */
    private static final class Entry {
        volatile Section<TradeSection> trade;
        volatile Section<AgreementsSection> agreements;
        volatile Section<VenturesSection> ventures;
        volatile Made made;
    }

    /** A rendered answer and the section answers it was made of. */
    private record Made(Object trade, Object agreements, Object ventures, Rendered rendered) {
    }

    public CompletionStage<Rendered> overview(String reporter, String partner, String requestId) {
        LocalDate today = LocalDate.now();
        Entry entry = entry(new Key(reporter, partner, today));
        Section<TradeSection> trade = entry.trade = current(entry.trade, downstreams.trade(), TradeSection::degraded,
                () -> trade(reporter, partner, requestId), TradeSection::degraded);
        Section<AgreementsSection> agreements = entry.agreements = current(entry.agreements, downstreams.agreements(),
                AgreementsSection::degraded, () -> agreements(reporter, partner, today, requestId), AgreementsSection::degraded);
        Section<VenturesSection> ventures = entry.ventures = current(entry.ventures, downstreams.ventures(), VenturesSection::degraded,
                () -> ventures(requestId), VenturesSection::degraded);
        return CompletableFuture.allOf(trade.answer(), agreements.answer(), ventures.answer()).thenApply(done -> {
            TradeSection t = trade.answer().join();
            AgreementsSection a = agreements.answer().join();
            VenturesSection v = ventures.answer().join();
            Made made = entry.made;
            if (made != null && made.trade() == t && made.agreements() == a && made.ventures() == v) {
                return made.rendered();
            }
            List<String> degraded = new ArrayList<>();
            if (t.degraded()) {
                degraded.add("trade");
            }
            if (a.degraded()) {
                degraded.add("agreements");
            }
            if (v.degraded()) {
                degraded.add("ventures");
            }
            Map<String, Long> cursors = new LinkedHashMap<>();
            cursor(cursors, "trade", trade, t.degraded());
            cursor(cursors, "agreements", agreements, a.degraded());
            cursor(cursors, "ventures", ventures, v.degraded());
            Rendered rendered = render(new Overview(reporter, partner, today, degraded, cursors.isEmpty() ? null : cursors, t, a, v));
            entry.made = new Made(t, a, v, rendered);
            return rendered;
        });
    }

    private Entry entry(Key key) {
        Entry entry = entries.get(key);
        if (entry != null) {
            return entry;
        }
        if (entries.size() >= maxEntries) {
            // many pairs asked for: start over rather than track which were used least
            entries.clear();
        }
        return entries.computeIfAbsent(key, k -> new Entry());
    }

    /** The feed cursor a section was read at, when the gateway followed that feed then. */
    private static void cursor(Map<String, Long> cursors, String name, Section<?> section, boolean degraded) {
        ChangeFeeds.Position at = section.position();
        if (!degraded && at.live() && at.cursor() >= 0) {
            cursors.put(name, at.cursor());
        }
    }

    /**
     * The kept section while it is current (feed followed, no change since it was asked for, not degraded), else a
     * new request to the service; one still in flight is shared, it ends within the timeout either way.
     */
    private <T> Section<T> current(Section<T> kept, Downstream d, Predicate<T> isDegraded, Supplier<CompletionStage<T>> call,
            Function<String, T> fallback) {
        ChangeFeeds.Position now = feeds.position(d);
        if (kept != null && now.live() && kept.position().live() && kept.position().generation() == now.generation()) {
            CompletableFuture<T> answer = kept.answer();
            if (!answer.isDone() || !isDegraded.test(answer.getNow(null))) {
                return kept;
            }
        }
        return new Section<>(section(d, call.get(), fallback), now);
    }

    private Rendered render(Overview overview) {
        try {
            byte[] json = mapper.writeValueAsBytes(overview);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            String etag = '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + '"';
            return new Rendered(overview, json, etag);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private <T> CompletableFuture<T> section(Downstream d, CompletionStage<T> call, Function<String, T> fallback) {
        return call.toCompletableFuture().orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).exceptionally(failure -> {
            Throwable cause = DownstreamProblems.unwrap(failure);
            String reason = cause instanceof TimeoutException
                    ? d.serviceName() + " did not answer within " + timeout.toMillis() + " ms"
                    : DownstreamProblems.reason(d, cause);
            LOG.warnf("Overview section %s degraded: %s (%s)", d.name(), reason, cause.toString());
            return fallback.apply(reason);
        });
    }

    private <T> CompletableFuture<T> get(Downstream d, String uri, String requestId, ObjectReader reader) {
        return d.<T>get(uri, requestId, timeout, reader).toCompletableFuture();
    }

    private CompletionStage<TradeSection> trade(String reporter, String partner, String requestId) {
        Downstream d = downstreams.trade();
        String pair = "reporter=" + reporter + "&partner=" + partner;
        CompletableFuture<TradeSeries> turnover = get(d, "/api/v1/trade/series?" + pair + "&flow=TURNOVER", requestId, series);
        CompletableFuture<TradeSeries> exports = get(d, "/api/v1/trade/series?" + pair + "&flow=EXPORT", requestId, series);
        CompletableFuture<TradeSeries> imports = get(d, "/api/v1/trade/series?" + pair + "&flow=IMPORT", requestId, series);
        CompletableFuture<List<TradeTarget>> progress = get(d, "/api/v1/trade/targets?" + pair, requestId, targets);
        return CompletableFuture.allOf(turnover, exports, imports, progress).thenApply(done -> {
            TradeSeries t = turnover.join();
            return new TradeSection(false, null, t.unit(), t.scale(), latestAnnual(t), latestAnnual(exports.join()),
                    latestAnnual(imports.join()), progress.join().stream().map(OverviewService::target).toList());
        });
    }

    /** The latest full year a source states (derived points are left out). */
    static AnnualFigure latestAnnual(TradeSeries series) {
        return series.points().stream()
                .filter(p -> p.statedAnnual() && p.period() != null && p.period().end() != null)
                .max(Comparator.comparing(p -> p.period().end()))
                .map(p -> new AnnualFigure(p.period().label(), p.value(), p.qualifier(), p.reportedChangePercent(),
                        p.recomputedChangePercent()))
                .orElse(null);
    }

    private static TargetProgress target(TradeTarget t) {
        TradeTarget.Amount amount = t.amount() == null ? new TradeTarget.Amount(null, null, null) : t.amount();
        TradeTarget.Progress progress = t.progress() == null ? new TradeTarget.Progress(null, null, null, null) : t.progress();
        return new TargetProgress(t.id(), t.flow(), t.kind(), amount.amount(), amount.unit(), amount.scale(), t.deadlineYear(),
                t.setBy(), progress.status(), progress.latestPeriod(), progress.latestValue(), progress.percent());
    }

    /**
     * One row is enough: agreements-service counts the agreements in force today with both countries among the parties
     * (totalItems), and sorted by validUntil (open-ended last) the first is the next to expire.
     */
    private CompletionStage<AgreementsSection> agreements(String reporter, String partner, LocalDate today, String requestId) {
        String uri = "/api/v1/agreements?inForceOn=" + today + "&party=" + enc(reporter) + "&party=" + enc(partner)
                + "&sort=validUntil&size=1";
        return this.<AgreementsPage>get(downstreams.agreements(), uri, requestId, agreementsPage).thenApply(page -> {
            ExpiringAgreement next = page.items().stream().findFirst().filter(a -> a.validUntil() != null)
                    .map(a -> new ExpiringAgreement(a.id(), a.title(), a.kind(), a.validUntil()))
                    .orElse(null);
            return new AgreementsSection(false, null, Math.toIntExact(page.totalItems()), next);
        });
    }

    private CompletionStage<VenturesSection> ventures(String requestId) {
        return this.<VentureStatistics>get(downstreams.ventures(), "/api/v1/ventures/statistics", requestId, ventureStatistics)
                .thenApply(stats -> {
                    VentureStatistics.Listed listed = stats.listed();
                    if (listed == null) {
                        return new VenturesSection(false, null, 0L, Map.of(), Map.of());
                    }
                    return new VenturesSection(false, null, listed.total(), orEmpty(listed.byKind()), orEmpty(listed.byStatus()));
                });
    }

    private static Map<String, Long> orEmpty(Map<String, Long> counts) {
        return counts == null ? Map.of() : counts;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
