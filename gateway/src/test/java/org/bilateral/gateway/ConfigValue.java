package org.bilateral.gateway;

import org.eclipse.microprofile.config.ConfigProvider;

/** Where the simulated services listen, as the gateway sees them. */
final class ConfigValue {

    private ConfigValue() {
    }

    static String tradeUrl() {
        return ConfigProvider.getConfig().getValue("bilateral.gateway.trade.url", String.class);
    }
}
