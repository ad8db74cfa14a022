package org.bilateral.testsupport;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every service's seed import must do. Started with seeding off on a schema of its own, the service holds
 * nothing; admin imports racing each other (as replicas starting together do) add every seed fact exactly once; a
 * re-import adds nothing; and the start-up rule seeds each kind on its own, so a kind emptied while others hold data
 * is seeded again and the others are left alone. Only admins may import.
 *
 * <p>A module's test extends this with {@code @QuarkusTest @TestProfile(X.class)}, X a subclass of {@link SeedOff}.
 */
public abstract class SeedImportContract {

    /** Seeding off at start-up, on a schema no other test class writes to. */
    public abstract static class SeedOff extends IsolatedSchemaProfile {

        protected SeedOff(String schema) {
            super(schema);
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("bilateral.seed.enabled", "false");
            return overrides;
        }
    }

    private final String importPath;

    /** @param importPath the service's {@code POST .../admin/seed-import} */
    protected SeedImportContract(String importPath) {
        this.importPath = importPath;
    }

    /** Rows stored per seed kind, named as the import report names them, read from the database. */
    protected abstract Map<String, Long> stored();

    /** Deletes every record of one kind (one nothing refers to) while the others stay; returns the kind's name. */
    protected abstract String emptyOneKind();

    /** Runs what start-up runs when seeding is on; returns its report as the admin endpoint would answer it. */
    protected abstract Map<String, Integer> importAsAtStartUp();

    @Test
    void racingImportsAddEverySeedFactOnceAndStartUpSeedsEachEmptyKindOnItsOwn() {
        Map<String, Long> empty = stored();
        assertTrue(empty.values().stream().allMatch(n -> n == 0), "seeding is off, so nothing is stored at start: " + empty);

        // several replicas importing at once: the advisory lock lets exactly one of them add the facts
        List<Map<String, Integer>> reports = Race.atOnce(3, i -> adminImport());
        List<Map<String, Integer>> winners = reports.stream().filter(r -> !addsNothing(r)).toList();
        assertEquals(1, winners.size(), "exactly one of the racing imports adds anything: " + reports);
        Map<String, Integer> won = winners.get(0);
        Set<String> kinds = new LinkedHashSet<>(empty.keySet());
        Set<String> reported = new LinkedHashSet<>(won.keySet());
        reported.remove("sources");
        assertEquals(kinds, reported, "the report counts every seed kind");
        assertTrue(won.get("sources") > 0, "the sources the facts cite are imported: " + won);
        Map<String, Long> seeded = stored();
        for (String kind : kinds) {
            assertTrue(won.get(kind) > 0, "the seeds hold " + kind + ": " + won);
            assertEquals(won.get(kind).longValue(), seeded.get(kind), "what the import reports for " + kind + " is what is stored");
        }
        assertTrue(addsNothing(adminImport()), "a re-import adds nothing");
        assertTrue(addsNothing(importAsAtStartUp()), "with every kind stored, start-up adds nothing");

        // facts of the other kinds do not keep an emptied kind from being seeded at start-up
        String emptied = emptyOneKind();
        assertEquals(0, stored().get(emptied), emptied + " emptied");
        Map<String, Integer> startUp = importAsAtStartUp();
        for (String kind : kinds) {
            assertEquals(kind.equals(emptied) ? won.get(kind) : 0, startUp.get(kind), kind + " at start-up: " + startUp);
        }
        assertEquals(0, startUp.get("sources"), "the sources were there");
        assertEquals(seeded, stored(), "start-up restored " + emptied + " and added nothing else");

        given().auth().oauth2(DevTokens.editor()).when().post(importPath).then().statusCode(403);
        given().when().post(importPath).then().statusCode(401);
    }

    private Map<String, Integer> adminImport() {
        return given().auth().oauth2(DevTokens.admin()).when().post(importPath).then().statusCode(200)
                .extract().jsonPath().getMap("", String.class, Integer.class);
    }

    private static boolean addsNothing(Map<String, Integer> report) {
        return report.values().stream().allMatch(n -> n == 0);
    }
}
