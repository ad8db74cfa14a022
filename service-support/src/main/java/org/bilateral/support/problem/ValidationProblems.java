package org.bilateral.support.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Translates Bean Validation's violations into a 400 problem naming each field. */
public final class ValidationProblems {

    private ValidationProblems() {
    }

    /** One 400 naming every violated field, in a stable order. */
    public static ApiException of(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return ApiException.invalid(errors);
    }

    /** Body fields by their JSON path; query and path parameters by their own name. */
    static String fieldName(ConstraintViolation<?> v) {
        List<String> properties = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                String name = node.getName() == null ? "" : node.getName();
                if (node.getIndex() != null && !properties.isEmpty()) {
                    int last = properties.size() - 1;
                    properties.set(last, properties.get(last) + "[" + node.getIndex() + "]");
                }
                if (!name.isEmpty() && !name.startsWith("<")) {
                    properties.add(name);
                }
            }
        }
        if (!properties.isEmpty()) {
            return String.join(".", properties);
        }
        return parameter != null ? parameter : "body";
    }
}
