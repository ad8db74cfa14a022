package org.bilateral.trade.api.sdmx;

/**
 * An SDMX error: the SDMX-ML error code and the HTTP status the SDMX 2.1 web services guidelines map
 * it to (section 5.8: 100 → 404, 140 → 400, 150 → 400, 501 → 501, 510 → 413), plus 406 for a
 * representation the service does not offer.
 */
public class SdmxException extends RuntimeException {

    private final int code;
    private final int status;

    SdmxException(int code, int status, String message) {
        super(message, null, false, false);
        this.code = code;
        this.status = status;
    }

    public int code() {
        return code;
    }

    public int status() {
        return status;
    }

    static SdmxException noResults(String message) {
        return new SdmxException(100, 404, message);
    }

    static SdmxException syntax(String message) {
        return new SdmxException(140, 400, message);
    }

    static SdmxException semantic(String message) {
        return new SdmxException(150, 400, message);
    }

    static SdmxException notImplemented(String message) {
        return new SdmxException(501, 501, message);
    }

    static SdmxException notAcceptable(String message) {
        return new SdmxException(406, 406, message);
    }

    static SdmxException tooLarge(String message) {
        return new SdmxException(510, 413, message);
    }

    /** The title SDMX gives the code, for the error text. */
    String title() {
        return switch (code) {
            case 100 -> "No results found";
            case 140 -> "Syntax error";
            case 150 -> "Semantic error";
            case 406 -> "Not acceptable";
            case 501 -> "Not implemented";
            case 510 -> "Response size exceeds service limit";
            default -> "Error";
        };
    }
}
