package org.bilateral.trade.domain;

/** The protocols an official-statistics provider can be harvested over. */
public enum ProviderKind {
    /** SDMX 2.1 RESTful web services (IMF, Eurostat, ECB, national statistics offices, our own /sdmx). */
    SDMX_REST_2_1,
    /** UN Comtrade's CSV layout (bulk files and its API) at a URL. */
    COMTRADE_CSV
}
