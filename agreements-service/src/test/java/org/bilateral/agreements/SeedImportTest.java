package org.bilateral.agreements;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bilateral.agreements.domain.Agreement;
import org.bilateral.agreements.domain.Claim;
import org.bilateral.agreements.domain.Commission;
import org.bilateral.agreements.domain.CooperationEvent;
import org.bilateral.support.seed.SeedRunner;
import org.bilateral.testsupport.SeedImportContract;

/** Seed import: racing imports add each fact once; start-up seeds an emptied kind beside kinds that hold data. */
@QuarkusTest
@TestProfile(SeedImportTest.Profile.class)
class SeedImportTest extends SeedImportContract {

    public static class Profile extends SeedOff {
        public Profile() {
            super("agreements_seed");
        }
    }

    @Inject
    SeedRunner seeds;

    SeedImportTest() {
        super("/api/v1/agreements/admin/seed-import");
    }

    @Override
    protected Map<String, Long> stored() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> stored = new LinkedHashMap<>();
            stored.put("agreements", Agreement.count());
            stored.put("claims", Claim.count());
            stored.put("commissions", Commission.count());
            stored.put("events", CooperationEvent.count());
            return stored;
        });
    }

    @Override
    protected String emptyOneKind() {
        QuarkusTransaction.requiringNew().run(() -> CooperationEvent.deleteAll());
        return "events";
    }

    @Override
    protected Map<String, Integer> importAsAtStartUp() {
        return seeds.importWhereEmpty().asMap();
    }
}
