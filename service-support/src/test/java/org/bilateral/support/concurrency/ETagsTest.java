package org.bilateral.support.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.EntityTag;
import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void etagIsTheVersionAsAStrongTag() {
        EntityTag tag = ETags.of(5);
        assertEquals("5", tag.getValue());
        assertFalse(tag.isWeak());
    }

    @Test
    void okCarriesBodyAndETag() {
        RestResponse<String> response = ETags.ok("body", 3);
        assertEquals(200, response.getStatus());
        assertEquals("body", response.getEntity());
        assertEquals(ETags.of(3), response.getEntityTag());
    }


    @Test
    void noHeaderMatchesNothing() {
        assertFalse(ETags.noneMatchHits(null, "\"a\""));
    }

    @Test
    void weakComparisonIgnoresTheWeakPrefixOnEitherSide() {
        assertTrue(ETags.noneMatchHits("\"a\"", "\"a\""));
        assertTrue(ETags.noneMatchHits("W/\"a\"", "\"a\""));
        assertTrue(ETags.noneMatchHits("\"a\"", "W/\"a\""));
        assertTrue(ETags.noneMatchHits("W/\"a\"", "W/\"a\""));
    }

    @Test
    void anyTagOfAListAndTheStarMatch() {
        assertTrue(ETags.noneMatchHits("\"x\", W/\"a\" ,\"y\"", "W/\"a\""));
        assertTrue(ETags.noneMatchHits("*", "\"a\""));
    }

    @Test
    void anotherTagOrAnUnquotedOneDoesNotMatch() {
        assertFalse(ETags.noneMatchHits("\"b\"", "\"a\""));
        assertFalse(ETags.noneMatchHits("a", "\"a\""));
        assertFalse(ETags.noneMatchHits("\"a.json\"", "\"a.csv\""));
    }
}
