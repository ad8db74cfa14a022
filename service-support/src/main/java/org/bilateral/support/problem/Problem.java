package org.bilateral.support.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body. Never carries stack traces, SQL or class names. */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "URI identifying the problem type", examples = ProblemType.VALIDATION_EXAMPLE)
        URI type,
        @Schema(description = "Short summary of the problem type", examples = "Invalid request")
        String title,
        @Schema(description = "HTTP status code", examples = "400")
        int status,
        @Schema(description = "What went wrong in this occurrence", examples = "Request has 1 invalid field(s)")
        String detail,
        @Schema(description = "The request path this problem occurred on", examples = "/api/v1/trade/figures")
        String instance,
        @Schema(description = "Request id, also sent as the X-Request-Id header", examples = "5f0c6c1e-4c5e-4a51-9d8f-1a6f0f0c2b7e")
        String requestId,
        @Schema(description = "One entry per invalid field")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The body for a failure, wherever it is written (JAX-RS mappers, plain Vert.x routes). */
    public static Problem of(ApiException e, String instance, String requestId) {
        return new Problem(e.type().uri(), e.title(), e.status(), e.getMessage(), instance, requestId,
                e.errors().isEmpty() ? null : e.errors());
    }

    /** One invalid input, named by its JSON path or parameter name. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "JSON path of the body field, or query/path/header parameter name", examples = "period.end")
            String field,
            @Schema(description = "What is wrong with it", examples = "must not be before period.start")
            String message) {
    }
}
