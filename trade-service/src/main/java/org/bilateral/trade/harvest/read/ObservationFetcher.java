package org.bilateral.trade.harvest.read;

import java.time.Instant;
import org.bilateral.trade.domain.ProviderKind;

/**
 * Fetches a provider's data and streams every observation to the sink, mapped to our codes. Implemented
 * once per {@link ProviderKind}; the harvest service picks by kind, stores what the sink received, and
 * records the run.
 */
public interface ObservationFetcher {

    ProviderKind kind();

    /**
     * @param updatedAfter   ask only for what changed since (SDMX updatedAfter), or null for everything
     * @param checkStructure fetch the data structure definition first and fail on a dimension or code the
     *                       mapping names that it does not define (the first harvest of a provider)
     */
    HarvestRun fetch(ProviderMapping mapping, Instant updatedAfter, boolean checkStructure, ObservationSink sink)
            throws HarvestFailure;
}
