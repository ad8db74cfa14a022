package org.bilateral.agreements.domain;

import org.bilateral.support.provenance.Citation;

/** A co-chair of a commission as a source names them, stored in the row's jsonb {@code co_chairs} column. */
public record CoChair(String country, String name, String office, Citation source) {
}
