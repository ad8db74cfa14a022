package org.bilateral.ventures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bilateral.support.seed.SeedRunner;
import org.bilateral.testsupport.SeedImportContract;
import org.bilateral.ventures.domain.Claim;
import org.bilateral.ventures.domain.Organisation;
import org.bilateral.ventures.domain.Venture;

/** Seed import: racing imports add each fact once; start-up seeds an emptied kind beside kinds that hold data. */
@QuarkusTest
@TestProfile(SeedImportTest.Profile.class)
class SeedImportTest extends SeedImportContract {

    public static class Profile extends SeedOff {
        public Profile() {
            super("ventures_seed");
        }
    }

    @Inject
    SeedRunner seeds;

    SeedImportTest() {
        super("/api/v1/ventures/admin/seed-import");
    }

    @Override
    protected Map<String, Long> stored() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> stored = new LinkedHashMap<>();
            stored.put("organisations", Organisation.count());
            stored.put("ventures", Venture.count());
            stored.put("claims", Claim.count());
            return stored;
        });
    }

    @Override
    protected String emptyOneKind() {
        QuarkusTransaction.requiringNew().run(() -> Claim.deleteAll());
        return "claims";
    }

    @Override
    protected Map<String, Integer> importAsAtStartUp() {
        return seeds.importWhereEmpty().asMap();
    }
}
