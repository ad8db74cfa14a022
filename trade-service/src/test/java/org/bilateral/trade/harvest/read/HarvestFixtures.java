package org.bilateral.trade.harvest.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bilateral.trade.config.HarvestHttpConfig;
import org.bilateral.trade.domain.Flow;
import org.bilateral.trade.domain.ProviderKind;
import org.bilateral.trade.domain.Qualifier;

/** Shared fixtures of the harvest reader and fetcher tests: the IMF DOT mapping, the expected observations, a recording sink. */
final class HarvestFixtures {

    private HarvestFixtures() {
    }

    /** The mapping of issue 18's example provider (IMF Direction of Trade). */
    static ProviderMapping imfDot(String url) {
        return new ProviderMapping("imf-dot", ProviderKind.SDMX_REST_2_1, url, new ProviderMapping.Dataflow("IMF", "DOT", "latest"),
                "M.BY+KZ.TXG_FOB_USD+TMG_CIF_USD.KZ+BY",
                new ProviderMapping.Dimensions("REF_AREA", "COUNTERPART_AREA", "INDICATOR", "FREQ", null),
                Map.of("TXG_FOB_USD", Flow.EXPORT, "TMG_CIF_USD", Flow.IMPORT), null, CountryCodes.ISO_ALPHA2, "USD", "UNIT_MULT", null,
                Map.of("E", Qualifier.APPROXIMATE, "P", Qualifier.APPROXIMATE));
    }

    /**
     * Every observation the IMF DOT test messages carry that maps, one line each: reporter, partner, flow, commodity,
     * start..end, label, absolute value (amount x 10^UNIT_MULT, exact), amount, scale, unit, qualifier, series key, locator.
     */
    static final List<String> IMF_ACCEPTED = List.of(
            "BY KZ EXPORT - 2018-01-01..2018-01-31 2018-01 45123456 45.123456e6 USD EXACT M.BY.TXG_FOB_USD.KZ M.BY.TXG_FOB_USD.KZ@2018-01",
            "BY KZ EXPORT - 2018-02-01..2018-02-28 2018-02 50500000 50.5e6 USD APPROXIMATE M.BY.TXG_FOB_USD.KZ M.BY.TXG_FOB_USD.KZ@2018-02",
            "KZ BY IMPORT - 2018-01-01..2018-01-31 2018-01 47001900 47001.9e3 USD EXACT M.KZ.TMG_CIF_USD.BY M.KZ.TMG_CIF_USD.BY@2018-M01",
            "KZ BY IMPORT - 2018-02-01..2018-02-28 2018-02 52000000 52000e3 USD EXACT M.KZ.TMG_CIF_USD.BY M.KZ.TMG_CIF_USD.BY@2018-M02",
            "BY KZ EXPORT - 2018-01-01..2018-03-31 2018-Q1 140750000 140.75e6 USD EXACT Q.BY.TXG_FOB_USD.KZ Q.BY.TXG_FOB_USD.KZ@2018-Q1",
            "BY KZ EXPORT - 2018-01-01..2018-12-31 2018 612345678.901234 612.345678901234e6 USD EXACT A.BY.TXG_FOB_USD.KZ A.BY.TXG_FOB_USD.KZ@2018",
            "BY KZ IMPORT - 2018-01-01..2018-12-31 2018 150000000 1.5E+8e0 USD EXACT A.BY.TMG_CIF_USD.KZ A.BY.TMG_CIF_USD.KZ@2018",
            "KZ BY EXPORT - 2018-07-01..2018-12-31 2018-H2 300100000 300.1e6 USD EXACT S.KZ.TXG_FOB_USD.BY S.KZ.TXG_FOB_USD.BY@2018-S2");

    /** The observations of the IMF DOT test messages that must be rejected: series key @ period -> a piece of the reason. */
    static final Map<String, String> IMF_REJECTED = Map.of(
            "M.BY.TXG_FOB_USD.KZ@2018-03", "NaN",
            "M.BY.TBG_USD.KZ@2018-01", "flow code 'TBG_USD' of INDICATOR is not mapped",
            "M.BY.TXG_FOB_USD.W00@2018-01", "partner code 'W00' of COUNTERPART_AREA");

    static String line(OfficialObservation o) {
        return o.reporter() + " " + o.partner() + " " + o.flow() + " " + (o.commodity() == null ? "-" : o.commodity()) + " "
                + o.periodStart() + ".." + o.periodEnd() + " " + o.periodLabel() + " " + o.absolute().toPlainString() + " "
                + o.amount() + "e" + o.scale() + " " + o.unit() + " " + o.qualifier() + " " + o.seriesKey() + " " + o.locator();
    }

    static byte[] resource(String name) {
        try (InputStream in = HarvestFixtures.class.getResourceAsStream("/harvest/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource harvest/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records what the reader hands on. */
    static final class RecordingSink implements ObservationSink {
        final List<OfficialObservation> accepted = new ArrayList<>();
        final List<String> rejected = new ArrayList<>();
        final List<String> reasons = new ArrayList<>();

        @Override
        public void accept(OfficialObservation observation) {
            accepted.add(observation);
        }

        @Override
        public void reject(String seriesKey, String period, String reason) {
            rejected.add(seriesKey + "@" + period);
            reasons.add(seriesKey + "@" + period + ": " + reason);
        }

        List<String> lines() {
            return accepted.stream().map(HarvestFixtures::line).toList();
        }

        String reason(String locator) {
            return reasons.stream().filter(r -> r.startsWith(locator + ": ")).findFirst().orElse(null);
        }
    }

    /** The HTTP settings of the fetcher tests: short timeouts and backoff so faults show quickly. */
    static final class TestConfig implements HarvestHttpConfig {
        Duration connectTimeout = Duration.ofSeconds(2);
        Duration readTimeout = Duration.ofSeconds(5);
        int attempts = 3;
        Duration backoffBase = Duration.ofMillis(10);
        Duration backoffMax = Duration.ofMillis(50);
        int maxRedirects = 3;
        String accept = "application/vnd.sdmx.genericdata+xml;version=2.1, application/vnd.sdmx.structurespecificdata+xml;version=2.1;q=0.9, "
                + "application/vnd.sdmx.data+json;version=1.0.0;q=0.8, application/xml;q=0.5";

        @Override
        public Duration connectTimeout() {
            return connectTimeout;
        }

        @Override
        public Duration readTimeout() {
            return readTimeout;
        }

        @Override
        public int attempts() {
            return attempts;
        }

        @Override
        public Duration backoffBase() {
            return backoffBase;
        }

        @Override
        public Duration backoffMax() {
            return backoffMax;
        }

        @Override
        public int maxRedirects() {
            return maxRedirects;
        }

        @Override
        public String sdmxDataAccept() {
            return accept;
        }

        @Override
        public String userAgent() {
            return "harvest-test";
        }

        @Override
        public int errorBodyChars() {
            return 300;
        }

        @Override
        public int maxCsvRecordChars() {
            return 65536;
        }
    }
}
