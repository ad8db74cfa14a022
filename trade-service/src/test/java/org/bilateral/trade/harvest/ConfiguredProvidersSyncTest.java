package org.bilateral.trade.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.bilateral.testsupport.IsolatedSchemaProfile;
import org.bilateral.trade.domain.Provider;
import org.bilateral.trade.domain.ProviderKind;
import org.junit.jupiter.api.Test;

/**
 * Config declaring no provider, the usual case, is answered at start-up without a transaction; a provider an earlier
 * config declared must still go, and one created through the API must stay.
 */
@QuarkusTest
@TestProfile(ConfiguredProvidersSyncTest.NoProviderDeclared.class)
class ConfiguredProvidersSyncTest {

    /** Its own schema: the providers it stores must not show in other classes' lists and change feeds. */
    public static class NoProviderDeclared extends IsolatedSchemaProfile {
        public NoProviderDeclared() {
            super("trade_provider_sync");
        }
    }

    @Inject
    ProviderService providers;

    @Test
    void aProviderLeftFromAnEarlierConfigIsRemovedAndOneFromTheApiStays() {
        store("left-from-config", Provider.Origin.CONFIG);
        store("kept-from-api", Provider.Origin.API);

        providers.syncFromConfig();

        assertNull(find("left-from-config"));
        assertNotNull(find("kept-from-api"));
        assertEquals(List.of("DELETE:config"), QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createNativeQuery("SELECT r.operation || ':' || r.actor FROM revision r WHERE r.resource = 'provider' "
                        + "AND r.snapshot ->> 'code' = 'left-from-config' AND r.operation <> 'CREATE' ORDER BY r.seq", String.class)
                .getResultList()));
    }

    @Test
    void withNoProviderDeclaredOrLeftNothingIsWritten() {
        store("only-from-api", Provider.Origin.API);
        long before = revisions();

        providers.syncFromConfig();

        assertEquals(before, revisions());
        assertNotNull(find("only-from-api"));
    }

    private static void store(String code, Provider.Origin origin) {
        QuarkusTransaction.requiringNew().run(() -> {
            Provider p = new Provider();
            p.code = code;
            p.origin = origin;
            p.name = "Statistics office " + code;
            p.kind = ProviderKind.SDMX_REST_2_1;
            p.url = "http://127.0.0.1:9/sdmx/rest";
            p.mapping = new Provider.Mapping(new Provider.Dataflow("STAT", "TRADE", null), null,
                    new Provider.Dimensions("REF_AREA", "COUNTERPART_AREA", "INDICATOR", "FREQ", null),
                    new Provider.Codes(Map.of("X", "EXPORT"), null, null, null), new Provider.Unit(null, null, 0));
            p.persist();
        });
    }

    private static Provider find(String code) {
        return QuarkusTransaction.requiringNew().call(() -> Provider.byCode(code));
    }

    private static long revisions() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM revision").getSingleResult()).longValue());
    }
}
