package org.bilateral.support.concurrency;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bilateral.support.problem.ApiException;
import org.junit.jupiter.api.Test;

class IfMatchTest {

    private static void matches(String header, int version) {
        assertDoesNotThrow(() -> IfMatch.of(header).require(version), header);
    }

    private static ApiException refused(String header, int version) {
        return assertThrows(ApiException.class, () -> IfMatch.of(header).require(version), header);
    }

    @Test
    void missingIfMatchIsPreconditionRequired() {
        ApiException e = refused(null, 3);
        assertEquals(428, e.status());
        assertEquals("precondition-required", e.slug());
        assertTrue(e.getMessage().contains("If-Match"), e.getMessage());
    }

    @Test
    void blankIfMatchIsPreconditionRequired() {
        assertEquals(428, refused("  ", 3).status());
    }

    @Test
    void quotedCurrentVersionMatches() {
        matches("\"3\"", 3);
    }

    @Test
    void otherVersionIsPreconditionFailedNamingTheCurrentETag() {
        ApiException e = refused("\"2\"", 3);
        assertEquals(412, e.status());
        assertEquals("precondition-failed", e.slug());
        assertTrue(e.getMessage().contains("\"3\""), e.getMessage());
    }

    @Test
    void starMatchesAnyVersion() {
        matches("*", 17);
    }

    @Test
    void weakTagNeverMatchesBecauseIfMatchComparesStrongly() {
        assertEquals(412, refused("W/\"3\"", 3).status());
    }

    @Test
    void unquotedVersionDoesNotMatch() {
        assertEquals(412, refused("3", 3).status());
    }

    @Test
    void halfQuotedOrEmptyTagsDoNotMatch() {
        refused("\"3", 3);
        refused("3\"", 3);
        refused("\"", 3);
        refused("\"\"", 3);
    }

    @Test
    void versionIsComparedAsTextNotAsNumber() {
        refused("\"03\"", 3);
        refused("\"3.0\"", 3);
    }

    @Test
    void anyTagOfAListMatches() {
        matches("\"1\", \"3\"", 3);
        matches("\"1\",\"3\",\"9\"", 3);
        matches("W/\"3\", *", 3);
    }

    @Test
    void listWithoutTheCurrentStrongTagFails() {
        assertEquals(412, refused("\"1\", W/\"3\", \"4\"", 3).status());
    }
}
