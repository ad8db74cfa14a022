package org.bilateral.trade.harvest;

import java.util.Map;
import java.util.TreeMap;
import org.bilateral.trade.api.model.ProviderInput;
import org.bilateral.trade.config.TradeConfig;

/** A provider declared in config, as the same body the API takes (so one set of rules checks both). */
final class ConfiguredProviders {

    private ConfiguredProviders() {
    }

    static ProviderInput toInput(String id, TradeConfig.ConfiguredProvider c) {
        Map<String, String> d = c.dimensions();
        ProviderInput.Dimensions dims = d.isEmpty() ? null
                : new ProviderInput.Dimensions(d.get("reporter"), d.get("partner"), d.get("flow"), d.get("frequency"), d.get("commodity"));
        ProviderInput.Dataflow flow = c.dataflow().map(f -> new ProviderInput.Dataflow(f.agency(), f.id(), f.version())).orElse(null);
        ProviderInput.Codes codes = new ProviderInput.Codes(new TreeMap<>(c.codes().flow()), c.codes().countries(),
                c.codes().allGoods().orElse(null), c.codes().status().isEmpty() ? null : new TreeMap<>(c.codes().status()));
        ProviderInput.Unit unit = new ProviderInput.Unit(c.unit().currency(), c.unit().multiplierAttribute().orElse(null),
                c.unit().multiplier().orElse(null));
        return new ProviderInput(id, c.name(), c.kind(), c.url(), flow, c.key().orElse(null), dims, codes, unit, c.schedule().orElse(null), null, null, null);
    }
}
