package org.bilateral.trade.harvest.read;

/**
 * A provider answered with an SDMX error message (SDMX-ML mes:Error or SDMX-JSON errors) instead of data:
 * the reason quotes the SDMX code and the provider's text ("SDMX error 100 (No results found): ...").
 */
public class SdmxErrorFailure extends HarvestFailure {

    /** SDMX 2.1 "No results found". */
    public static final int NO_RESULTS = 100;

    private final int code;

    public SdmxErrorFailure(int code, String text, String url) {
        super("SDMX error " + code + (text == null || text.isBlank() ? "" : ": " + text) + " (" + url + ")",
                // 500 and 503 are the provider's own trouble and may pass; the rest is about the request
                code == 500 || code == 503, null);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
