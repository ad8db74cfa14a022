package org.bilateral.trade.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How exactly the source states a number ("almost", "over", "exceeded"). */
@Schema(description = "EXACT as stated; APPROXIMATE ('almost', 'about'); AT_LEAST; MORE_THAN ('over', 'exceeded').")
public enum Qualifier {
    EXACT, APPROXIMATE, AT_LEAST, MORE_THAN;

    /** The figure is a bound or estimate rather than the number itself. */
    public boolean isInexact() {
        return this != EXACT;
    }
}
