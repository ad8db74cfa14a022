package org.bilateral.ventures;

import static io.restassured.RestAssured.given;
import static org.bilateral.ventures.VentureFixtures.ORGANISATIONS;
import static org.bilateral.ventures.VentureFixtures.VENTURES;
import static org.bilateral.ventures.VentureFixtures.create;
import static org.bilateral.ventures.VentureFixtures.put;
import static org.bilateral.ventures.VentureFixtures.validVenture;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.bilateral.support.cache.CurrentPages;
import org.bilateral.support.paging.Page;
import org.bilateral.testsupport.DevTokens;
import org.bilateral.testsupport.SqlStatementCountContract;
import org.bilateral.testsupport.SqlStatementCountContract.ListRequest;
import org.bilateral.ventures.domain.Venture;
import org.junit.jupiter.api.Test;

/**
 * List pages are answered from memory while the change feed has not moved, and never once it has: a write through
 * the API, or straight into the database as another replica's would be, is in the very next page.
 */
@QuarkusTest
class ListPageMemoryTest {

    private final SqlStatementCountContract contract = SqlStatementCountContract.ofHibernateStatistics();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CurrentPages pages;

    @Test
    void aListAskedAgainWithoutAChangeRunsNoListStatement() {
        // the position of the feed is read through the point reads' client, so a page from memory prepares no Hibernate statement at all
        assertEquals(0, contract.statements(ListRequest.json(VENTURES, Map.of("hostCountry", "KZ")), 20));
        assertEquals(0, contract.statements(ListRequest.json(ORGANISATIONS, Map.of("country", "BY")), 20));
    }

    @Test
    void aKeptPageIsAnsweredWithoutAJdbcConnection() throws SQLException {
        // a page from memory needs only the feed's position, read on the event loop through the point reads' client: it
        // is answered while every connection of the JDBC pool is taken (before, the position waited for one of them)
        Kept kept = Kept.venture();
        int max = dataSource.getConfiguration().connectionPoolConfiguration().maxSize();
        List<Connection> held = new ArrayList<>();
        try {
            while (held.size() < max) {
                held.add(dataSource.getConnection());
            }
            names(kept.query()).body("items.name", contains(kept.body().get("name")));
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
    }

    @Test
    void pastStatesAreReadFromTheDatabaseEveryTime() {
        long statements = contract.statements(ListRequest.json(VENTURES, Map.of("asOf", Instant.now().toString())), 20);
        assertTrue(statements >= 1, "an asOf list ran " + statements + " statements; it must not be answered from memory");
    }

    @Test
    void aWriteThroughTheApiIsInTheNextPage() {
        Kept kept = Kept.venture();
        kept.body().put("name", kept.body().get("name") + " renamed");
        put(kept.path(), kept.created().header("ETag"), kept.body()).then().statusCode(200);

        names(kept.query()).body("items.name", contains(kept.body().get("name")));
    }

    @Test
    void aWriteOfAnotherReplicaIsInTheNextPage() throws SQLException {
        Kept kept = Kept.venture();
        // committed on a connection of its own, outside this application's code: only the feed tells of it
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("UPDATE venture SET name = name || ' (elsewhere)', version = version + 1 WHERE id = ?")) {
            update.setLong(1, kept.created().<Number>path("id").longValue());
            assertEquals(1, update.executeUpdate());
        }

        names(kept.query()).body("items.name", contains(kept.body().get("name") + " (elsewhere)"));
    }

    @Test
    void aDeletedVentureIsGoneFromTheNextPage() {
        Kept kept = Kept.venture();
        given().auth().oauth2(DevTokens.editor()).header("If-Match", kept.created().header("ETag")).when().delete(kept.path()).then()
                .statusCode(204);

        names(kept.query()).body("items", empty()).body("totalItems", is(0));
    }

    @Test
    void everyFormatIsWrittenFromAPageKeptForAnother() {
        Map<String, Object> body = validVenture();
        String city = "City " + UUID.randomUUID();
        body.put("location", Map.of("city", city, "latitude", 52.2297, "longitude", 21.0122));
        create(body);
        names(Map.of("city", city)).body("items.name", contains(body.get("name")));

        given().accept("application/geo+json").queryParam("city", city).when().get(VENTURES).then().statusCode(200)
                .contentType("application/geo+json").body("type", is("FeatureCollection"))
                .body("features.properties.name", contains(body.get("name")))
                .body("features[0].geometry.coordinates", contains(21.0122f, 52.2297f));
        given().accept("text/csv").queryParam("city", city).when().get(VENTURES).then().statusCode(200)
                .contentType(containsString("text/csv")).body(containsString((String) body.get("name")));
    }

    @Test
    void aPageAnswers304ToItsETagUntilTheNextWrite() {
        Map<String, Object> body = validVenture();
        String city = "City " + UUID.randomUUID();
        body.put("location", Map.of("city", city));
        create(body);
        String etag = names(Map.of("city", city)).header("Cache-Control", "no-cache").header("Vary", "Accept")
                .extract().header("ETag");
        assertTrue(etag != null && etag.startsWith("W/\""), "a page of the current rows carries a weak ETag: " + etag);

        given().header("If-None-Match", etag).queryParam("city", city).when().get(VENTURES).then().statusCode(304)
                .header("ETag", etag).body(is(""));
        given().header("If-None-Match", "\"other\", " + etag.substring(2)).queryParam("city", city).when().get(VENTURES)
                .then().statusCode(304);

        Map<String, Object> second = validVenture();
        second.put("location", Map.of("city", city));
        create(second);
        String after = given().header("If-None-Match", etag).queryParam("city", city).when().get(VENTURES).then().statusCode(200)
                .body("items", hasSize(2)).extract().header("ETag");
        assertNotEquals(etag, after);
    }

    @Test
    void eachFormatHasItsOwnETagAndAPastStateNone() {
        Map<String, ?> query = Map.of("hostCountry", "KZ");
        String json = names(query).extract().header("ETag");
        String csv = given().accept("text/csv").queryParams(query).when().get(VENTURES).then().statusCode(200).extract().header("ETag");
        assertNotEquals(json, csv);
        given().accept("text/csv").header("If-None-Match", json).queryParams(query).when().get(VENTURES).then().statusCode(200)
                .contentType(containsString("text/csv"));
        given().queryParam("asOf", Instant.now().toString()).when().get(VENTURES).then().statusCode(200).header("ETag", nullValue());
    }

    @Test
    void theApiDocumentNamesTheValidatorAndThe304OfEachKeptList() {
        var doc = given().accept("application/json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        for (String path : List.of(VENTURES, ORGANISATIONS, ORGANISATIONS + "/{id}/ventures")) {
            String op = "paths.'" + path + "'.get";
            assertTrue(doc.getString(op + ".responses.'200'.headers.ETag.description").contains("If-None-Match"), path);
            assertTrue(doc.getString(op + ".responses.'304'.headers.ETag.description").contains("validator"), path);
            assertTrue(doc.getString(op + ".responses.'200'.content.'application/json'.schema").contains("Page"), path);
        }
        assertNull(doc.get("paths.'" + VENTURES + "/{id}/revisions'.get.responses.'304'"), "lists not kept have no 304");
    }

    @Test
    void anUnknownOrganisationIs404EvenAfterTheSameFilterWasListed() {
        // the ventures list filtered by organisation answers an empty page; the organisation's own list must still say 404
        given().queryParam("organisation", 987654321).when().get(VENTURES).then().statusCode(200).body("items", empty());
        given().when().get(ORGANISATIONS + "/987654321/ventures").then().statusCode(404);
        given().when().get(ORGANISATIONS + "/987654321/ventures").then().statusCode(404);
    }

    @Test
    void aPageReadInsideATransactionIsNotKept() {
        AtomicInteger loads = new AtomicInteger();
        List<Object> key = List.of("in-transaction", UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> pages.page(key, null, () -> load(loads)));
        pages.page(key, null, () -> load(loads));
        pages.page(key, null, () -> load(loads));
        assertEquals(2, loads.get(), "the page read inside the transaction (which may hold its own uncommitted writes) was kept");
    }

    /** A venture alone in a city of its own, created; its list (filtered by that city) asked twice, so it is kept. */
    private record Kept(Map<String, Object> body, Response created, Map<String, ?> query) {

        static Kept venture() {
            Map<String, Object> body = validVenture();
            body.put("location", Map.of("city", "City " + UUID.randomUUID()));
            Response created = create(body);
            Kept kept = new Kept(body, created, Map.of("city", ((Map<?, ?>) body.get("location")).get("city")));
            names(kept.query()).body("items.name", contains(body.get("name")));
            names(kept.query()).body("items.name", contains(body.get("name")));
            return kept;
        }

        String path() {
            return VENTURES + "/" + created.path("id");
        }
    }

    private static Page<Venture> load(AtomicInteger loads) {
        loads.incrementAndGet();
        return new Page<>(List.of(), 0, 20, 0, 0);
    }

    private static io.restassured.response.ValidatableResponse names(Map<String, ?> query) {
        return given().queryParams(query).when().get(VENTURES).then().statusCode(200);
    }
}
