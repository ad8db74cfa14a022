package org.bilateral.testsupport;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;

/** Assertions on problem+json answers, the same for every service. */
public final class Problems {

    private Problems() {
    }

    /** A 400 problem that names the bad field or parameter and leaks no class names or stack traces. */
    public static void rejects(ValidatableResponse response, String field) {
        response.statusCode(400).contentType("application/problem+json")
                .body("status", is(400)).body("type", startsWith("https://"))
                .body("errors.field", hasItem(field))
                .body(not(containsString("Exception"))).body(not(containsString("org.")));
    }
}
