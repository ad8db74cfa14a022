package org.bilateral.trade.harvest.read;

/**
 * Why a harvest could not finish, in words a statistician can act on ("provider answered 503 after 3
 * attempts", "dimension COUNTERPART_AREA is not in IMF:DOT(latest)", "SDMX error 100: No results found",
 * "answer ended mid-element at line 4012"). Transient failures (timeouts, 5xx, connection resets) may be
 * retried; the others may not.
 */
public class HarvestFailure extends Exception {

    private final boolean transientFault;

    public HarvestFailure(String reason, boolean transientFault, Throwable cause) {
        super(reason, cause);
        this.transientFault = transientFault;
    }

    public HarvestFailure(String reason) {
        this(reason, false, null);
    }

    public boolean isTransient() {
        return transientFault;
    }
}
