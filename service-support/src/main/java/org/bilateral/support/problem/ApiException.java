package org.bilateral.support.problem;

import java.util.List;

/** A failure with a known HTTP status, turned into problem+json by {@link ProblemMappers}. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ApiException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ApiException badRequest(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public static ApiException invalid(List<Problem.FieldError> errors) {
        String names = String.join(", ", errors.stream().map(Problem.FieldError::field).distinct().toList());
        return new ApiException(400, "validation", "Invalid request", "Invalid value for: " + names, errors);
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(404, "not-found", "Not found", what + " " + id + " does not exist", null);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "conflict", "Conflict", detail, null);
    }

    public static ApiException preconditionRequired() {
        return new ApiException(428, "precondition-required", "Precondition required",
                "This write needs an If-Match header carrying the ETag of the current version", null);
    }

    public static ApiException preconditionFailed(String currentEtag) {
        return new ApiException(412, "precondition-failed", "Precondition failed",
                "The resource has changed: If-Match does not match the current ETag " + currentEtag
                        + "; read it again and retry", null);
    }

    /** A dependency (database, downstream service) cannot answer now; the client may retry later. */
    public static ApiException unavailable(String detail) {
        return new ApiException(503, "unavailable", "Service unavailable", detail, null);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
