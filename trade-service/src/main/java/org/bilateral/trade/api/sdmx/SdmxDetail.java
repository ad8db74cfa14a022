package org.bilateral.trade.api.sdmx;

/** How much of each observation a data query asks for (the SDMX {@code detail} parameter). */
enum SdmxDetail {
    FULL, DATAONLY, SERIESKEYSONLY, NODATA;

    boolean hasValues() {
        return this == FULL || this == DATAONLY;
    }

    boolean hasAttributes() {
        return this == FULL;
    }
}
