package org.bilateral.trade.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the harvest talks to providers over HTTP: timeouts, retries, redirects, what it asks for. */
@ConfigMapping(prefix = "bilateral.trade.harvest.http")
public interface HarvestHttpConfig {

    /** Longest wait for a provider to accept the connection. */
    @WithDefault("10S")
    Duration connectTimeout();

    /** Longest wait for the answer's headers, and for each next piece of its body (a stalled answer fails). */
    @WithDefault("60S")
    Duration readTimeout();

    /** Tries of one request in all; connect failures, timeouts, 5xx and 429 are tried again, nothing else. */
    @WithDefault("4")
    int attempts();

    /** Wait before the second try; doubled before each further one. */
    @WithDefault("2S")
    Duration backoffBase();

    /** Longest wait between tries (also caps a provider's Retry-After). */
    @WithDefault("60S")
    Duration backoffMax();

    /** Redirects followed per request, and only to the provider's own host (scheme, host and port). */
    @WithDefault("5")
    int maxRedirects();

    /**
     * Accept header of SDMX data requests. Generic SDMX-ML first: it says which values are dimensions, so it
     * reads without fetching the data structure; structure-specific and SDMX-JSON read too.
     */
    @WithDefault("application/vnd.sdmx.genericdata+xml;version=2.1, application/vnd.sdmx.structurespecificdata+xml;version=2.1;q=0.9, "
            + "application/vnd.sdmx.data+json;version=1.0.0;q=0.8, application/xml;q=0.5")
    String sdmxDataAccept();

    /** User-Agent sent to providers. */
    @WithDefault("Bilateral trade-service harvest")
    String userAgent();

    /** Characters of an error answer's body quoted in the failure reason. */
    @WithDefault("300")
    int errorBodyChars();

    /** Longest Comtrade CSV record, in characters; bounds the memory one row may take. */
    @WithDefault("65536")
    int maxCsvRecordChars();
}
