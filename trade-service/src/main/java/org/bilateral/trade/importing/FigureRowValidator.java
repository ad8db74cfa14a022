package org.bilateral.trade.importing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.bilateral.support.problem.Problem;
import org.bilateral.trade.api.model.FigureInput;
import org.bilateral.trade.service.FigureService;

/** Checks one imported row as a single create would be checked; the source is checked set-based later (FigureStaging). */
final class FigureRowValidator {

    private final Validator validator;

    FigureRowValidator(Validator validator) {
        this.validator = validator;
    }

    /** Bean validation and the cross-field rules of a single create; false, and the errors recorded, if the row is bad. */
    boolean valid(FigureInput input, int line, RowErrors errors) {
        var violations = validator.validate(input);
        if (!violations.isEmpty()) {
            violations.stream().sorted(Comparator.comparing((ConstraintViolation<FigureInput> v) -> v.getPropertyPath().toString()))
                    .forEach(v -> errors.add(line, v.getPropertyPath().toString(), v.getMessage()));
            return false;
        }
        List<Problem.FieldError> broken = FigureService.rules(input);
        broken.forEach(e -> errors.add(line, e.field(), e.message()));
        String nul = fieldWithNul(input);
        if (nul != null) {
            errors.add(line, nul, "must not contain the NUL character");
            return false;
        }
        return broken.isEmpty();
    }

    /** PostgreSQL text cannot hold U+0000; the free-text fields are the ones that could carry it. */
    static String fieldWithNul(FigureInput in) {
        if (in.period().label().indexOf('\0') >= 0) {
            return "period.label";
        }
        if (in.source().source().indexOf('\0') >= 0) {
            return "source.source";
        }
        if (in.source().locator().indexOf('\0') >= 0) {
            return "source.locator";
        }
        if (in.note() != null && in.note().indexOf('\0') >= 0) {
            return "note";
        }
        return null;
    }
}
