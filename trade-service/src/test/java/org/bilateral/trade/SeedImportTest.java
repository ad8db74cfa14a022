package org.bilateral.trade;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bilateral.support.seed.SeedRunner;
import org.bilateral.testsupport.SeedImportContract;
import org.bilateral.trade.domain.CommodityListing;
import org.bilateral.trade.domain.Figure;
import org.bilateral.trade.domain.PartnerRanking;
import org.bilateral.trade.domain.Target;

/** The seed import contract; the kind emptied is targets, which start-up once skipped as soon as one figure was stored. */
@QuarkusTest
@TestProfile(SeedImportTest.Profile.class)
class SeedImportTest extends SeedImportContract {

    public static class Profile extends SeedOff {
        public Profile() {
            super("trade_seed");
        }
    }

    @Inject
    SeedRunner seeds;

    SeedImportTest() {
        super("/api/v1/trade/admin/seed-import");
    }

    @Override
    protected Map<String, Long> stored() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> stored = new LinkedHashMap<>();
            stored.put("figures", Figure.count());
            stored.put("commodities", CommodityListing.count());
            stored.put("targets", Target.count());
            stored.put("rankings", PartnerRanking.count());
            return stored;
        });
    }

    @Override
    protected String emptyOneKind() {
        QuarkusTransaction.requiringNew().run(() -> Target.deleteAll());
        return "targets";
    }

    @Override
    protected Map<String, Integer> importAsAtStartUp() {
        return seeds.importWhereEmpty().asMap();
    }
}
