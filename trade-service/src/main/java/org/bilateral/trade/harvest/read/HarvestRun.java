package org.bilateral.trade.harvest.read;

import java.util.List;

/**
 * What one fetch from a provider did: the URLs it requested (structure and data, in order) and how many
 * observations it read from the answer (accepted and rejected together).
 */
public record HarvestRun(List<String> requestUrls, long observationsRead) {
}
