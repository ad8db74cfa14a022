package org.bilateral.trade.harvest.read;

import java.util.Map;
import org.bilateral.trade.domain.Flow;
import org.bilateral.trade.domain.ProviderKind;
import org.bilateral.trade.domain.Qualifier;

/**
 * What the harvest needs to know of a provider: where it is, what to ask for, and how its dimensions,
 * codes and attributes map to our figures. Built from a stored or configured provider; pure data.
 *
 * @param providerId      our id of the provider (also the figures' source id)
 * @param url             base URL (SDMX: the REST root, before "/data"; Comtrade: the CSV itself)
 * @param dataflow        SDMX dataflow reference; null for Comtrade
 * @param key             SDMX series key filter ("M.BY+KZ.TXG_FOB_USD.KZ+BY"); null or "all" for every series
 * @param dimensions      SDMX dimension ids of reporter, partner, flow, frequency and (optional) commodity
 * @param flowCodes       provider flow code -> our flow (every code the harvest may meet must be mapped)
 * @param allGoodsCode    the provider's commodity code for all goods (stored as no commodity); may be null
 * @param countries       how the provider spells countries
 * @param currency        unit of the values (ISO 4217), e.g. USD
 * @param multiplierAttribute attribute carrying the power of ten of the values (UNIT_MULT); null when fixed
 * @param multiplier      fixed power of ten when no attribute carries it; null when taken from the attribute
 * @param statusCodes     observation status code (OBS_STATUS) -> our qualifier; an absent status is EXACT
 */
public record ProviderMapping(
        String providerId,
        ProviderKind kind,
        String url,
        Dataflow dataflow,
        String key,
        Dimensions dimensions,
        Map<String, Flow> flowCodes,
        String allGoodsCode,
        CountryCodes countries,
        String currency,
        String multiplierAttribute,
        Integer multiplier,
        Map<String, Qualifier> statusCodes) {

    /** An SDMX dataflow reference: agency, id, version ("latest" allowed). */
    public record Dataflow(String agency, String id, String version) {
    }

    /** SDMX dimension ids; commodity may be null (the data is all goods). */
    public record Dimensions(String reporter, String partner, String flow, String frequency, String commodity) {
    }
}
