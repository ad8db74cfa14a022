package org.bilateral.ventures;

import static org.bilateral.ventures.VentureFixtures.ORGANISATIONS;
import static org.bilateral.ventures.VentureFixtures.VENTURES;
import static org.bilateral.ventures.VentureFixtures.create;
import static org.bilateral.ventures.VentureFixtures.createOrganisation;
import static org.bilateral.ventures.VentureFixtures.validOrganisation;
import static org.bilateral.ventures.VentureFixtures.validVenture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bilateral.testsupport.SqlStatementCountContract;
import org.bilateral.testsupport.SqlStatementCountContract.ListRequest;
import org.junit.jupiter.api.Test;

/**
 * Every list of the ventures service runs a fixed number of SQL statements, whatever the page size: the page (and a
 * count(*) only when the page is full), never one per venture, partner or organisation.
 */
@QuarkusTest
@TestProfile(SqlStatementCountContract.QuietPollersNoListMemory.class)
class ListStatementCountTest {

    /** The page, plus the count(*) of a full page. */
    private static final long PAGE_BUDGET = 2;

    private final SqlStatementCountContract contract = SqlStatementCountContract.ofHibernateStatistics();

    @Test
    void theVentureListRunsThePageAndACountWhateverItsSize() {
        // the seeded ventures, each with its partners, products and sources
        contract.assertPageStatementsDoNotGrow(ListRequest.json(VENTURES, Map.of()), 10, "partners", PAGE_BUDGET);
        contract.assertPageStatementsDoNotGrow(ListRequest.json(VENTURES, Map.of("hostCountry", "KZ", "sort", "-startYear")), 10, "partners", PAGE_BUDGET);
    }

    @Test
    void theGeoJsonVentureListRunsTheSameStatementsAsTheJsonOne() {
        partneredVenturesNearWarsaw();
        ListRequest json = ListRequest.json(VENTURES, Map.of());
        long geo = contract.assertPageStatementsDoNotGrow(json.accepting("application/geo+json", "features"), 3, "properties.partners",
                PAGE_BUDGET);
        assertEquals(contract.statements(json, 50), geo);
    }

    @Test
    void aCircleSearchAddsOneStatementForTheDistancesOfTheWholePage() {
        long organisation = partneredVenturesNearWarsaw();
        // the page, the distances of its ventures in one statement, and the count(*) of a full page
        contract.assertPageStatementsDoNotGrow(ListRequest.json(VENTURES, Map.of("near", "52.23,21.01", "radiusKm", 25)), 3, "partners",
                PAGE_BUDGET + 1);
        // the organisation is looked up first (404 when unknown), then its page of ventures
        contract.assertPageStatementsDoNotGrow(ListRequest.json(ORGANISATIONS + "/" + organisation + "/ventures", Map.of()), 3,
                "partners", PAGE_BUDGET + 1);
    }

    @Test
    void theOrganisationListRunsThePageAndACountWhateverItsSize() {
        contract.assertPageStatementsDoNotGrow(ListRequest.json(ORGANISATIONS, Map.of()), 5, "sources", PAGE_BUDGET);
    }

    @Test
    void theTotalIsTheSameCountedOrTakenFromTheLastPage() {
        contract.assertTotalsAgree(ListRequest.json(VENTURES, Map.of("sort", "id")));
        contract.assertTotalsAgree(ListRequest.json(ORGANISATIONS, Map.of("sort", "id")));
    }

    private static Long partnered;

    /** Three ventures in Warsaw (so on the map) whose partner is one organisation, made once; returns its id. */
    private static synchronized long partneredVenturesNearWarsaw() {
        if (partnered == null) {
            long organisation = createOrganisation(validOrganisation()).<Number>path("id").longValue();
            for (int i = 0; i < 3; i++) {
                create(partneredWith(organisation));
            }
            partnered = organisation;
        }
        return partnered;
    }

    /** A venture near Warsaw whose partner is the given organisation. */
    private static Map<String, Object> partneredWith(long organisation) {
        Map<String, Object> body = validVenture();
        body.put("partners", new ArrayList<>(List.of(new HashMap<>(Map.of("organisationId", organisation, "name", "Registered partner",
                "country", "LT", "role", "INVESTOR")))));
        return body;
    }
}
