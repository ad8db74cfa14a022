package org.bilateral.trade.harvest.read;

/** How a provider names countries in its reporter and partner dimensions. */
public enum CountryCodes {
    ISO_ALPHA2, ISO_ALPHA3, ISO_NUMERIC
}
