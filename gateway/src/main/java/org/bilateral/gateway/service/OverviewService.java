package org.bilateral.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.bilateral.gateway.api.OverviewViews.AgreementsSection;
import org.bilateral.gateway.api.OverviewViews.AnnualFigure;
import org.bilateral.gateway.api.OverviewViews.ExpiringAgreement;
import org.bilateral.gateway.api.OverviewViews.Overview;
import org.bilateral.gateway.api.OverviewViews.TargetProgress;
import org.bilateral.gateway.api.OverviewViews.TradeSection;
import org.bilateral.gateway.api.OverviewViews.VenturesSection;
import org.bilateral.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

/**
 * Composes the overview: the three services are asked in parallel, each section with its own
 * timeout and a fallback that marks it degraded, so the answer is 200 within the timeout even
 * when services are down.
 */
@ApplicationScoped
public class OverviewService {

    private static final Logger LOG = Logger.getLogger(OverviewService.class);
    /** Largest page agreements-service gives; in-force agreements are counted over it. */
    private static final int AGREEMENTS_PAGE = 200;

    private final Downstreams downstreams;
    private final ObjectMapper mapper;
    private final Duration timeout;

    OverviewService(Downstreams downstreams, ObjectMapper mapper, GatewayConfig config) {
        this.downstreams = downstreams;
        this.mapper = mapper;
        this.timeout = config.overview().timeout();
    }

    public CompletionStage<Overview> overview(String reporter, String partner, String requestId) {
        LocalDate today = LocalDate.now();
        CompletableFuture<TradeSection> trade = section(downstreams.trade(), trade(reporter, partner, requestId), TradeSection::degraded);
        CompletableFuture<AgreementsSection> agreements = section(downstreams.agreements(),
                agreements(reporter, partner, today, requestId), AgreementsSection::degraded);
        CompletableFuture<VenturesSection> ventures = section(downstreams.ventures(), ventures(requestId), VenturesSection::degraded);
        return CompletableFuture.allOf(trade, agreements, ventures).thenApply(done -> {
            List<String> degraded = new ArrayList<>();
            if (trade.join().degraded()) {
                degraded.add("trade");
            }
            if (agreements.join().degraded()) {
                degraded.add("agreements");
            }
            if (ventures.join().degraded()) {
                degraded.add("ventures");
            }
            return new Overview(reporter, partner, today, degraded, trade.join(), agreements.join(), ventures.join());
        });
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

    private CompletionStage<JsonNode> get(Downstream d, String uri, String requestId) {
        return d.getJson(uri, requestId, timeout, mapper);
    }

    private CompletionStage<TradeSection> trade(String reporter, String partner, String requestId) {
        Downstream d = downstreams.trade();
        String pair = "reporter=" + reporter + "&partner=" + partner;
        CompletableFuture<JsonNode> turnover = get(d, "/api/v1/trade/series?" + pair + "&flow=TURNOVER", requestId).toCompletableFuture();
        CompletableFuture<JsonNode> exports = get(d, "/api/v1/trade/series?" + pair + "&flow=EXPORT", requestId).toCompletableFuture();
        CompletableFuture<JsonNode> imports = get(d, "/api/v1/trade/series?" + pair + "&flow=IMPORT", requestId).toCompletableFuture();
        CompletableFuture<JsonNode> targets = get(d, "/api/v1/trade/targets?" + pair, requestId).toCompletableFuture();
        return CompletableFuture.allOf(turnover, exports, imports, targets).thenApply(done -> {
            JsonNode t = turnover.join();
            return new TradeSection(false, null, text(t, "unit"), integer(t, "scale"), latestAnnual(t), latestAnnual(exports.join()),
                    latestAnnual(imports.join()), stream(targets.join()).map(OverviewService::target).toList());
        });
    }

    /** The latest full year a source states (derived points are left out). */
    static AnnualFigure latestAnnual(JsonNode series) {
        return stream(series.path("points"))
                .filter(p -> "A".equals(p.path("frequency").asText()) && !p.path("derived").asBoolean(false))
                .max(Comparator.comparing(p -> p.path("period").path("end").asText()))
                .map(p -> new AnnualFigure(text(p.path("period"), "label"), decimal(p, "value"), text(p, "qualifier"),
                        decimal(p, "reportedChangePercent"), decimal(p, "recomputedChangePercent")))
                .orElse(null);
    }

    private static TargetProgress target(JsonNode t) {
        JsonNode amount = t.path("amount");
        JsonNode progress = t.path("progress");
        return new TargetProgress(t.path("id").asLong(), text(t, "flow"), text(t, "kind"), decimal(amount, "amount"), text(amount, "unit"),
                integer(amount, "scale"), integer(t, "deadlineYear"), text(t, "setBy"), text(progress, "status"),
                text(progress, "latestPeriod"), decimal(progress, "latestValue"), decimal(progress, "percent"));
    }

    private CompletionStage<AgreementsSection> agreements(String reporter, String partner, LocalDate today, String requestId) {
        String uri = "/api/v1/agreements?inForceOn=" + today + "&party=" + enc(reporter) + "&sort=validUntil&size=" + AGREEMENTS_PAGE;
        return get(downstreams.agreements(), uri, requestId).thenApply(page -> {
            List<JsonNode> between = stream(page.path("items"))
                    .filter(a -> stream(a.path("parties")).anyMatch(p -> partner.equals(p.path("country").asText())))
                    .toList();
            ExpiringAgreement next = between.stream()
                    .filter(a -> !a.path("validity").path("until").isMissingNode() && !a.path("validity").path("until").isNull())
                    .min(Comparator.comparing(a -> a.path("validity").path("until").asText()))
                    .map(a -> new ExpiringAgreement(a.path("id").asLong(), text(a, "title"), text(a, "kind"),
                            LocalDate.parse(a.path("validity").path("until").asText())))
                    .orElse(null);
            return new AgreementsSection(false, null, between.size(), next);
        });
    }

    private CompletionStage<VenturesSection> ventures(String requestId) {
        return get(downstreams.ventures(), "/api/v1/ventures/statistics", requestId).thenApply(stats -> {
            JsonNode listed = stats.path("listed");
            return new VenturesSection(false, null, listed.path("total").asLong(), counts(listed.path("byKind")),
                    counts(listed.path("byStatus")));
        });
    }

    private static Map<String, Long> counts(JsonNode node) {
        Map<String, Long> counts = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
        return counts;
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return array == null || !array.isArray() ? java.util.stream.Stream.empty() : StreamSupport.stream(array.spliterator(), false);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isNumber() ? v.intValue() : null;
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isNumber() ? v.decimalValue() : null;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
