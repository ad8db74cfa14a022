package org.bilateral.support.problem;

import java.util.List;

/** A failure with a known HTTP status, turned into problem+json by {@link ProblemMappers}. */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;

    public ApiException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ApiException badRequest(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public static ApiException invalid(List<Problem.FieldError> errors) {
        String names = String.join(", ", errors.stream().map(Problem.FieldError::field).distinct().toList());
        return new ApiException(ProblemType.VALIDATION, "Invalid value for: " + names, errors);
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(ProblemType.NOT_FOUND, what + " " + id + " does not exist", null);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(ProblemType.CONFLICT, detail, null);
    }

    public static ApiException preconditionRequired() {
        return new ApiException(ProblemType.PRECONDITION_REQUIRED,
                "This write needs an If-Match header carrying the ETag of the current version", null);
    }

    public static ApiException preconditionFailed(String currentEtag) {
        return new ApiException(ProblemType.PRECONDITION_FAILED,
                "The resource has changed: If-Match does not match the current ETag " + currentEtag + "; read it again and retry", null);
    }

    /** A dependency (database, downstream service) cannot answer now; the client may retry later. */
    public static ApiException unavailable(String detail) {
        return new ApiException(ProblemType.SERVICE_UNAVAILABLE, detail, null);
    }

    public ProblemType type() {
        return type;
    }

    public int status() {
        return type.status();
    }

    public String slug() {
        return type.slug();
    }

    public String title() {
        return type.title();
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
