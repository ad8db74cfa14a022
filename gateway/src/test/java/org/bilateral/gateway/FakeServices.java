package org.bilateral.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Three WireMock servers standing in for trade-, agreements- and ventures-service, one per
 * downstream so each can be stubbed, slowed or broken on its own. The gateway finds them through
 * the same TRADE_SERVICE_URL / AGREEMENTS_SERVICE_URL / VENTURES_SERVICE_URL it reads in production.
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    private final Map<String, WireMockServer> servers = new HashMap<>();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        for (String name : new String[] {"trade", "agreements", "ventures"}) {
            WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1")
                    .containerThreads(20)
                    // Jetty would gzip and rewrite ETags ("5--gzip"); the services do not
                    .gzipDisabled(true));
            server.start();
            servers.put(name, server);
            config.put(name.toUpperCase() + "_SERVICE_URL", "http://127.0.0.1:" + server.port());
            // the stub also answers for the service's management interface (its /q/health/ready)
            config.put(name.toUpperCase() + "_SERVICE_MANAGEMENT_URL", "http://127.0.0.1:" + server.port());
        }
        return config;
    }

    @Override
    public void stop() {
        servers.values().forEach(WireMockServer::stop);
        servers.clear();
    }
}
