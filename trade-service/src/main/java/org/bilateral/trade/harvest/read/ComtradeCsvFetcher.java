package org.bilateral.trade.harvest.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.trade.config.HarvestHttpConfig;
import org.bilateral.trade.domain.ProviderKind;

/**
 * Harvests UN Comtrade's CSV layout from a URL (an API query answering CSV, or a bulk file), read by
 * {@link ComtradeCsvReader}: the whole file every time (Comtrade's CSV has no "changed since" query, so
 * {@code updatedAfter} is not sent; unchanged figures stay unchanged downstream), and no structure to check
 * ({@code checkStructure} only means the header must name the needed columns, which is checked always). The
 * provider's flow codes, when given, replace X -> EXPORT, M -> IMPORT. HTTP rules as for SDMX: timeouts,
 * same-origin redirects, retries of transient faults only before any record reached the sink.
 */
@ApplicationScoped
public class ComtradeCsvFetcher implements ObservationFetcher {

    static final String ACCEPT = "text/csv, application/csv;q=0.9, text/plain;q=0.5, */*;q=0.1";

    private final HarvestHttpConfig config;
    private final ProviderHttp http;

    @Inject
    public ComtradeCsvFetcher(HarvestHttpConfig config) {
        this.config = config;
        this.http = new ProviderHttp(config);
    }

    @Override
    public ProviderKind kind() {
        return ProviderKind.COMTRADE_CSV;
    }

    @Override
    public HarvestRun fetch(ProviderMapping mapping, Instant updatedAfter, boolean checkStructure, ObservationSink sink) throws HarvestFailure {
        URI uri;
        try {
            uri = URI.create(mapping.url().trim());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new HarvestFailure("not a valid URL: " + mapping.url());
        }
        List<String> urls = new ArrayList<>();
        SdmxRestFetcher.CountingSink counting = new SdmxRestFetcher.CountingSink(sink);
        ComtradeCsvReader reader = new ComtradeCsvReader(mapping.flowCodes(), config.maxCsvRecordChars());
        long read = http.get(uri, ACCEPT, urls, () -> counting.delivered() == 0, answer -> {
            if (answer.mediaType().contains("html") || answer.mediaType().contains("xml") || answer.mediaType().contains("json")) {
                throw new HarvestFailure("the provider answered with Content-Type '" + answer.mediaType() + "', not CSV (" + answer.uri() + ")");
            }
            return reader.read(answer.body(), answer.uri().toString(), counting);
        });
        return new HarvestRun(List.copyOf(urls), read);
    }
}
