package org.bilateral.trade.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.bilateral.trade.domain.ProviderKind;

@ConfigMapping(prefix = "bilateral")
public interface TradeConfig {

    Trade trade();

    interface Trade {
        /** Reporter the analytics use when the request names none. */
        @WithDefault("BY")
        String defaultReporter();

        /** Partner the analytics use when the request names none. */
        @WithDefault("KZ")
        String defaultPartner();

        /** Most entries per section of the discrepancy report. */
        @WithDefault("500")
        int maxDiscrepancies();

        /**
         * Reported and recomputed growth agree when they differ by no more than this many
         * percentage points beyond what rounding of the stated figures explains.
         */
        @WithDefault("1.0")
        double growthTolerancePoints();

        /** POST /figures/import. */
        BulkImport bulkImport();

        /**
         * Providers declared in config (bilateral.trade.providers.&lt;id&gt;.*), listed by the API beside those
         * created through it and read-only there. Same fields as the API body.
         */
        Map<String, ConfiguredProvider> providers();

        /** The harvest worker. */
        Harvests harvests();

        /** Which value wins when sources disagree. */
        PreferenceConfig preference();

        /** Mirror statistics. */
        Mirror mirror();
    }

    interface ConfiguredProvider {
        String name();

        ProviderKind kind();

        String url();

        Optional<Dataflow> dataflow();

        Optional<String> key();

        /** reporter, partner, flow, frequency and (optional) commodity: SDMX dimension ids. */
        Map<String, String> dimensions();

        Codes codes();

        Unit unit();

        Optional<String> schedule();

        interface Dataflow {
            String agency();

            String id();

            @WithDefault("latest")
            String version();
        }

        interface Codes {
            /** provider flow code = EXPORT | IMPORT | TURNOVER | SERVICES | INVESTMENT */
            Map<String, String> flow();

            @WithDefault("ISO_ALPHA2")
            String countries();

            Optional<String> allGoods();

            /** observation status code = EXACT | APPROXIMATE | AT_LEAST | MORE_THAN */
            Map<String, String> status();
        }

        interface Unit {
            @WithDefault("USD")
            String currency();

            Optional<String> multiplierAttribute();

            Optional<Integer> multiplier();
        }
    }

    interface Harvests {
        /** Run queued and scheduled harvests in this process; off on replicas that should only serve reads. */
        @WithDefault("true")
        boolean workerEnabled();

        /** How often the worker looks for queued harvests (a request also wakes it at once). */
        @WithDefault("10s")
        Duration pollInterval();

        /** A RUNNING harvest whose runner has not reported for this long is failed (its process is gone). */
        @WithDefault("5m")
        Duration staleAfter();

        /** Rejected observations whose reasons a harvest keeps (all are counted). */
        @WithDefault("50")
        int maxRejectionsListed();

        /** Observations written to the staging table per batch. */
        @WithDefault("1000")
        int batchSize();

        /** The final apply (one transaction) may run this long, in seconds. */
        @WithDefault("3600")
        int applyTimeoutSeconds();
    }

    interface PreferenceConfig {
        /** Official statistics (harvested or Comtrade-imported figures) before press reports, ahead of every other criterion. */
        @WithDefault("true")
        boolean officialFirst();
    }

    interface Mirror {
        /** Lowest imports(CIF) / exports(FOB) ratio not flagged. */
        @WithDefault("1.0")
        BigDecimal ratioMin();

        /** Highest imports(CIF) / exports(FOB) ratio not flagged. */
        @WithDefault("1.2")
        BigDecimal ratioMax();
    }

    interface BulkImport {
        /** Bad rows listed in a rejection (all are counted). */
        @WithDefault("100")
        int maxErrorsListed();

        /** Longest CSV record or NDJSON line accepted, in characters; bounds the memory one row may take. */
        @WithDefault("65536")
        int maxRowChars();

        /** One import is one transaction; it may run this long (seconds) before it is rolled back. */
        @WithDefault("3600")
        int transactionTimeoutSeconds();
    }
}
