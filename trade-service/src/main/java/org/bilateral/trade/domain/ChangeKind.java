package org.bilateral.trade.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a source expresses growth against the same period a year earlier. */
@Schema(description = "PERCENT: '30% up' is 30. FACTOR: '2.5 times' is 2.5.")
public enum ChangeKind {
    PERCENT, FACTOR
}
