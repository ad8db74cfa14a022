package org.bilateral.trade.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "bilateral")
public interface TradeConfig {

    Seed seed();

    Trade trade();

    interface Seed {
        /** Import the packaged seed facts at start-up when the tables are empty. */
        @WithDefault("true")
        boolean enabled();
    }

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
