package org.bilateral.trade.harvest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bilateral.trade.config.HarvestHttpConfig;
import org.bilateral.trade.domain.ProviderKind;
import org.junit.jupiter.api.Test;

/** In the running service: one fetcher bean per provider kind, and the HTTP settings taken from config (env in Kubernetes). */
@QuarkusTest
@TestProfile(InjectedFetcherTest.Tuned.class)
class InjectedFetcherTest {

    public static class Tuned implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("bilateral.trade.harvest.http.attempts", "7", "bilateral.trade.harvest.http.read-timeout", "90S");
        }
    }

    @Inject
    @Any
    Instance<ObservationFetcher> fetchers;

    @Inject
    HarvestHttpConfig config;

    @Test
    void everyProviderKindHasItsFetcherAndTheSettingsComeFromConfig() {
        Set<ProviderKind> kinds = fetchers.stream().map(ObservationFetcher::kind).collect(Collectors.toSet());
        assertEquals(Set.of(ProviderKind.values()), kinds);
        assertEquals(2, fetchers.stream().count());
        assertEquals(7, config.attempts());
        assertEquals(Duration.ofSeconds(90), config.readTimeout());
        assertEquals(Duration.ofSeconds(10), config.connectTimeout(), "the default");
    }
}
