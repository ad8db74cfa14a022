package org.bilateral.support.problem;

import java.net.URI;

/**
 * Every problem type the platform answers with: the slug that ends its type URI, the title every
 * occurrence carries (RFC 9457: the title does not change between occurrences), the HTTP status, and
 * the sentence the OpenAPI documents give for it. Type URIs are part of the API, so they are made here
 * and nowhere else.
 */
public enum ProblemType {

    VALIDATION(400, "validation", "Invalid request", "Invalid input: the problem names each bad field or parameter"),
    MALFORMED_JSON(400, "malformed-json", "Malformed JSON", "The request body is not valid JSON"),
    BAD_REQUEST(400, "bad-request", "Bad Request", "The request could not be read"),
    CALENDAR_TOO_LARGE(400, "calendar-too-large", "Calendar too large", "More agreements match than one calendar holds"),
    UNAUTHORIZED(401, "unauthorized", "Unauthorized", "No valid bearer token"),
    FORBIDDEN(403, "forbidden", "Forbidden", "The token lacks the group this operation needs"),
    NOT_FOUND(404, "not-found", "Not found", "No record with that id"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method Not Allowed", "The resource does not answer this method"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not Acceptable", "Accept names no media type this operation answers"),
    CONFLICT(409, "conflict", "Conflict", "Another record already has the same natural key"),
    PRECONDITION_FAILED(412, "precondition-failed", "Precondition failed", "If-Match names a version that is no longer current"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large", "The request body is larger than this service accepts"),
    URI_TOO_LONG(414, "uri-too-long", "URI too long", "The request line is longer than this service accepts"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported Media Type", "Content-Type is not one this operation reads"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Precondition required", "If-Match is missing"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests", "The client used up its request allowance; retry after the period"),
    TOO_MANY_STREAMS(429, "too-many-streams", "Too many streams", "The client already has as many open change streams as it may"),
    REQUEST_HEADER_FIELDS_TOO_LARGE(431, "request-header-fields-too-large", "Request header fields too large",
            "The request headers are larger than this service accepts"),
    INTERNAL(500, "internal", "Internal error", "Unexpected failure; quote the request id"),
    BAD_GATEWAY(502, "bad-gateway", "Bad gateway", "A service behind the gateway failed or could not be reached"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable",
            "A dependency (database, service behind the gateway) cannot answer now; retry after Retry-After"),
    GATEWAY_TIMEOUT(504, "gateway-timeout", "Gateway timeout", "A service behind the gateway did not answer in time");

    /** What every type URI starts with. */
    public static final String BASE = "https://bilateral.example/problems/";
    /** {@link #VALIDATION}'s URI as a constant, for annotation examples (which cannot call {@link #uri()}). */
    public static final String VALIDATION_EXAMPLE = BASE + "validation";

    private final int status;
    private final String slug;
    private final String title;
    private final String description;
    private final URI uri;

    ProblemType(int status, String slug, String title, String description) {
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.description = description;
        this.uri = URI.create(BASE + slug);
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

    /** What the type means, as the OpenAPI responses describe it. */
    public String description() {
        return description;
    }

    public URI uri() {
        return uri;
    }
}
