package org.bilateral.trade.importing;

/** The media types POST /figures/import reads. */
public enum ImportFormat {
    CSV("text/csv"),
    NDJSON("application/x-ndjson");

    public final String mediaType;

    ImportFormat(String mediaType) {
        this.mediaType = mediaType;
    }
}
