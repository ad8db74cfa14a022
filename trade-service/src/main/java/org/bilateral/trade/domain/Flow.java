package org.bilateral.trade.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a figure measures, always from the reporter's side. */
@Schema(description = "EXPORT: goods from reporter to partner. IMPORT: goods from partner to reporter. "
        + "TURNOVER: goods both ways. SERVICES: trade in services both ways. INVESTMENT: partner's investment into the reporter's economy.")
public enum Flow {
    EXPORT, IMPORT, TURNOVER, SERVICES, INVESTMENT
}
