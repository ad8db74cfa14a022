package org.bilateral.agreements;

import static io.restassured.RestAssured.given;
import static org.bilateral.agreements.AgreementFixtures.AGREEMENTS;
import static org.bilateral.agreements.AgreementFixtures.create;
import static org.bilateral.agreements.AgreementFixtures.validAgreement;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The commissions, a list answered whole, are kept in memory like the paged lists: answered again while nothing was
 * written, with a validator for a 304, and read afresh after any write, also one committed outside the application.
 */
@QuarkusTest
class CommissionListMemoryTest {

    private static final String COMMISSIONS = AGREEMENTS + "/commissions";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theListAnswers304ToItsETagUntilTheNextWrite() {
        String etag = given().when().get(COMMISSIONS).then().statusCode(200).header("Cache-Control", "no-cache")
                .extract().header("ETag");
        assertTrue(etag != null && etag.startsWith("W/\""), "the commissions carry a weak ETag: " + etag);
        given().header("If-None-Match", etag).when().get(COMMISSIONS).then().statusCode(304).body(is(""));

        create(validAgreement());
        String after = given().header("If-None-Match", etag).when().get(COMMISSIONS).then().statusCode(200).extract().header("ETag");
        assertNotEquals(etag, after, "a write to the service moves the validator");
    }

    @Test
    void aChangeCommittedOutsideTheApplicationIsInTheNextList() throws SQLException {
        int id = given().when().get(COMMISSIONS).then().statusCode(200).extract().path("[0].id");
        given().when().get(COMMISSIONS).then().statusCode(200);
        String marker = "note " + UUID.randomUUID();
        String before = note(id, marker);
        try {
            given().when().get(COMMISSIONS).then().statusCode(200).body("note", hasItem(marker));
            given().queryParam("party", "KZ").when().get(COMMISSIONS).then().statusCode(200).body("note", hasItem(marker));
        } finally {
            note(id, before);
        }
        given().when().get(COMMISSIONS).then().statusCode(200).body("note", not(hasItem(marker)));
    }

    @Test
    void aPastStateCarriesNoValidator() {
        given().queryParam("asOf", Instant.now().toString()).when().get(COMMISSIONS).then().statusCode(200).header("ETag", nullValue());
    }

    @Test
    void theApiDocumentNamesTheValidatorAndThe304() {
        var doc = given().accept("application/json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        String op = "paths.'" + COMMISSIONS + "'.get";
        assertTrue(doc.getString(op + ".responses.'200'.headers.ETag.description").contains("If-None-Match"));
        assertTrue(doc.getString(op + ".responses.'304'.headers.ETag.description").contains("validator"));
        assertTrue(doc.getString(op + ".responses.'200'.content.'application/json'.schema").contains("Commission"));
    }

    /** Sets the commission's note on a connection of its own, as another replica would; returns the note it had. */
    private String note(int id, String note) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement read = c.prepareStatement("SELECT note FROM commission WHERE id = ?");
                PreparedStatement update = c.prepareStatement("UPDATE commission SET note = ? WHERE id = ?")) {
            read.setLong(1, id);
            String old;
            try (var row = read.executeQuery()) {
                row.next();
                old = row.getString(1);
            }
            update.setString(1, note);
            update.setLong(2, id);
            assertEquals(1, update.executeUpdate());
            return old;
        }
    }
}
