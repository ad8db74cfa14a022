package org.bilateral.trade;

import static io.restassured.RestAssured.given;
import static org.bilateral.trade.FigureFixtures.FIGURES;
import static org.bilateral.trade.ProviderFixtures.PROVIDERS;
import static org.bilateral.trade.ProviderFixtures.imfLike;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.bilateral.testsupport.DevTokens;
import org.bilateral.testsupport.SqlStatementCountContract;
import org.bilateral.testsupport.SqlStatementCountContract.ListRequest;
import org.junit.jupiter.api.Test;

/**
 * Every list of the trade service runs a fixed number of SQL statements, whatever the page size: the page (and a
 * count(*) only when the page is full), never one per item or per source.
 */
@QuarkusTest
@TestProfile(SqlStatementCountContract.QuietPollersNoListMemory.class)
class ListStatementCountTest {

    /** The page, plus the count(*) of a full page. */
    private static final long PAGE_BUDGET = 2;

    private final SqlStatementCountContract contract = SqlStatementCountContract.ofHibernateStatistics();

    @Test
    void theFigureListRunsThePageAndACountWhateverItsSize() {
        // the seeded figures, each citing its source
        contract.assertPageStatementsDoNotGrow(ListRequest.json(FIGURES, Map.of()), 10, "source.source", PAGE_BUDGET);
        contract.assertPageStatementsDoNotGrow(ListRequest.json(FIGURES, Map.of("reporter", "BY", "sort", "-period,commodity")), 3,
                "source.source", PAGE_BUDGET);
    }

    @Test
    void theCatalogListsRunThePageAndACountWhateverTheirSize() {
        contract.assertPageStatementsDoNotGrow(ListRequest.json("/api/v1/trade/commodities", Map.of()), 10, "source.source", PAGE_BUDGET);
        contract.assertPageStatementsDoNotGrow(ListRequest.json("/api/v1/trade/rankings", Map.of()), 2, "source.source", PAGE_BUDGET);
    }

    @Test
    void theProviderListRunsThePageAndACountWhateverItsSize() {
        for (String id : new String[] {"count-a", "count-b", "count-c"}) {
            given().auth().oauth2(DevTokens.admin()).contentType(ContentType.JSON).body(imfLike(id)).when().post(PROVIDERS)
                    .then().statusCode(anyOf(is(201), is(409)));
        }
        contract.assertPageStatementsDoNotGrow(ListRequest.json(PROVIDERS, Map.of()), 3, "dataflow", PAGE_BUDGET);
    }

    @Test
    void theTotalIsTheSameCountedOrTakenFromTheLastPage() {
        contract.assertTotalsAgree(ListRequest.json(FIGURES, Map.of()));
        contract.assertTotalsAgree(ListRequest.json("/api/v1/trade/commodities", Map.of("sort", "id")));
    }
}
