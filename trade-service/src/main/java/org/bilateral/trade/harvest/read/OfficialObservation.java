package org.bilateral.trade.harvest.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.bilateral.trade.domain.Flow;
import org.bilateral.trade.domain.Qualifier;

/**
 * One observation a provider published, already mapped to our codes.
 *
 * @param reporter    ISO 3166-1 alpha-2
 * @param partner     ISO 3166-1 alpha-2
 * @param flow        EXPORT or IMPORT (or whatever the provider's flow codes map to)
 * @param commodity   HS code, or null for all goods
 * @param periodStart first day of the period
 * @param periodEnd   last day of the period
 * @param periodLabel our label: "2018", "2018-H1", "2018-Q3", "2018-07"
 * @param amount      the value as published (before the multiplier)
 * @param scale       power of ten of the amount (UNIT_MULT, or the fixed multiplier; 0 when none)
 * @param unit        currency, e.g. USD
 * @param qualifier   from the observation status
 * @param seriesKey   the provider's series key, dimension values joined by '.' in DSD order
 * @param locator     where in the provider's answer: series key and period ("M.BY.TXG_FOB_USD.KZ@2018-07")
 */
public record OfficialObservation(
        String reporter,
        String partner,
        Flow flow,
        String commodity,
        LocalDate periodStart,
        LocalDate periodEnd,
        String periodLabel,
        BigDecimal amount,
        int scale,
        String unit,
        Qualifier qualifier,
        String seriesKey,
        String locator) {

    /** The exact value in units (amount x 10^scale, no rounding). */
    public BigDecimal absolute() {
        return amount.movePointRight(scale);
    }
}
