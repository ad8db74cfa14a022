package org.bilateral.agreements.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.bilateral.support.problem.ApiException;

/**
 * Parses date and instant query parameters so that a malformed or impossible value (2019-02-30)
 * is a 400 naming the parameter rather than the framework's generic answer to a failed conversion.
 */
final class QueryParams {

    private QueryParams() {
    }

    static LocalDate date(String parameter, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(parameter, "'" + value + "' is not a valid ISO-8601 date (YYYY-MM-DD)");
        }
    }

    static Instant instant(String parameter, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(parameter, "'" + value + "' is not a valid ISO-8601 instant such as 2026-01-01T00:00:00Z");
        }
    }
}
