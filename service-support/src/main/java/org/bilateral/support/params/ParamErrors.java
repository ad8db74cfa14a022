package org.bilateral.support.params;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.Problem;

/**
 * Collects the errors of several request parameters, so that one 400 names every bad parameter rather than
 * the first. The checks themselves stay where they are (IsoCodes, PageRequest, ...): they throw an
 * {@link ApiException}, which {@link #check} records.
 */
public final class ParamErrors {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    /** The value of a check that may throw a 400; null (and the error recorded) when it does. */
    public <T> T check(Supplier<T> check) {
        try {
            return check.get();
        } catch (ApiException e) {
            if (e.errors().isEmpty()) {
                throw e;
            }
            errors.addAll(e.errors());
            return null;
        }
    }

    public void add(String parameter, String message) {
        errors.add(new Problem.FieldError(parameter, message));
    }

    /** How many errors are recorded, so a check of several parts can tell whether its own parts added one. */
    public int count() {
        return errors.size();
    }

    public boolean has(String parameter) {
        return errors.stream().anyMatch(e -> e.field().equals(parameter));
    }

    /** Throws one 400 naming every recorded parameter, if any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ApiException.invalid(List.copyOf(errors));
        }
    }
}
