package org.bilateral.trade.harvest.read;

/**
 * Receives observations one at a time as a provider answer streams in, so an answer of hundreds of MB is
 * never held in memory. An observation that cannot be mapped (an unmapped code met in the data, a
 * non-numeric value) goes to {@link #reject} with the reason instead of ending the harvest.
 */
public interface ObservationSink {

    void accept(OfficialObservation observation);

    void reject(String seriesKey, String period, String reason);
}
