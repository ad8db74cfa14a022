package org.bilateral.gateway;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.arc.Arc;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.bilateral.gateway.service.Downstreams;
import org.eclipse.microprofile.config.ConfigProvider;

/** Clients for the three simulated services (WireMock's admin API), and the reset every test starts from. */
public final class Stubs {

    private Stubs() {
    }

    public static WireMock trade() {
        return client("trade");
    }

    public static WireMock agreements() {
        return client("agreements");
    }

    public static WireMock ventures() {
        return client("ventures");
    }

    public static WireMock client(String service) {
        URI url = URI.create(ConfigProvider.getConfig().getValue("bilateral.gateway." + service + ".url", String.class));
        return new WireMock(url.getHost(), url.getPort());
    }

    /** No stubs, no recorded requests, every circuit breaker closed. */
    public static void reset() {
        for (String service : new String[] {"trade", "agreements", "ventures"}) {
            try {
                client(service).resetToDefaultMappings();
                client(service).resetRequests();
            } catch (Exception e) {
                // a service deliberately pointed at a closed port in a test profile
            }
        }
        Arc.container().instance(Downstreams.class).get().resetBreakers();
    }

    /** A test resource as text, e.g. downstream/trade-openapi.json. */
    public static String resource(String path) {
        try (InputStream in = Stubs.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException(path + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
