package org.bilateral.support.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.bilateral.support.request.RequestIds;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every exception class to RFC 9457 problem+json. The most specific mapper wins, so the
 * catch-all at the bottom only sees what nothing else understood.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final List<ProblemTranslator> TRANSLATORS = ServiceLoader
            .load(ProblemTranslator.class, ProblemMappers.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri, HttpHeaders headers) {
        return respond(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response beanValidation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(ApiException.invalid(errors), uri, headers);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri, HttpHeaders headers) {
        return respond(fromJackson(e), uri, headers);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri, HttpHeaders headers) {
        return respond(fromJackson(e), uri, headers);
    }

    // The Jackson extension ships its own mapper for MismatchedInputException; these exact-type
    // mappers take precedence over it so every body error is problem+json.
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return respond(fromJackson(e), uri, headers);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri, HttpHeaders headers) {
        return respond(fromJackson(e), uri, headers);
    }

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e, UriInfo uri, HttpHeaders headers) {
        return respond(fromJackson(e), uri, headers);
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return respond(fromJackson(e), uri, headers);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        return unauthenticated(uri, headers);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
        return unauthenticated(uri, headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(new ApiException(ProblemType.FORBIDDEN,
                "The bearer token does not carry the group this operation needs", null), uri, headers);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        ApiException cause = translate(e.getCause());
        if (cause != null) {
            return respondRetryable(cause, uri, headers);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri, headers);
        }
        ProblemType type = switch (status) {
            case 401 -> ProblemType.UNAUTHORIZED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 409 -> ProblemType.CONFLICT;
            case 412 -> ProblemType.PRECONDITION_FAILED;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 414 -> ProblemType.URI_TOO_LONG;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 428 -> ProblemType.PRECONDITION_REQUIRED;
            case 429 -> ProblemType.TOO_MANY_REQUESTS;
            case 431 -> ProblemType.REQUEST_HEADER_FIELDS_TOO_LARGE;
            // a client error with no type of its own in the catalogue is reported as the request being unreadable
            default -> ProblemType.BAD_REQUEST;
        };
        Response.Status known = Response.Status.fromStatusCode(status);
        String detail = switch (status) {
            case 404 -> "No resource at " + uri.getPath();
            case 405 -> "Method not allowed on " + uri.getPath();
            case 406 -> "None of the media types in Accept can be produced here";
            case 415 -> "Content-Type not supported here; send application/json";
            default -> known == null ? type.title() : known.getReasonPhrase();
        };
        Response r = respond(new ApiException(type, detail, null), uri, headers);
        if (status == 405 && e.getResponse() != null && e.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(r).header("Allow", e.getResponse().getHeaderString("Allow")).build();
        }
        return r;
    }

    @ServerExceptionMapper
    public Response anything(Throwable e, UriInfo uri, HttpHeaders headers) {
        ApiException known = translate(e);
        return known != null ? respondRetryable(known, uri, headers) : unexpected(e, uri, headers);
    }

    /** Seconds a client should wait before retrying a 503 caused by an unreachable dependency. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** Like {@link #respond}, adding Retry-After when the failure is temporary (503). */
    public static Response respondRetryable(ApiException e, UriInfo uri, HttpHeaders headers) {
        Response r = respond(e, uri, headers);
        return e.status() == 503 ? Response.fromResponse(r).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build() : r;
    }

    /**
     * Finds a known failure anywhere in a cause chain (transactions wrap what the flush threw); what a
     * persistence failure means comes from the {@link ProblemTranslator}s on the class path.
     */
    public static ApiException translate(Throwable e) {
        ApiException known = translateChain(e);
        if (known != null) {
            return known;
        }
        // a failed commit reports the lost connection only as a suppressed exception of the rollback
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Throwable suppressed : t.getSuppressed()) {
                known = translateChain(suppressed);
                if (known != null && known.status() == 503) {
                    return known;
                }
            }
        }
        return null;
    }

    private static ApiException translateChain(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ApiException api) {
                return api;
            }
            if (t instanceof JsonProcessingException json) {
                return fromJackson(json);
            }
            if (t instanceof ConstraintViolationException) {
                return null;
            }
            for (ProblemTranslator translator : TRANSLATORS) {
                ApiException known = translator.translate(t);
                if (known != null) {
                    return known;
                }
            }
        }
        return null;
    }

    static ApiException fromJackson(JsonProcessingException processing) {
        if (!(processing instanceof JsonMappingException e)) {
            var loc = processing.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            String field = currentField(processing);
            if (processing instanceof com.fasterxml.jackson.core.exc.InputCoercionException && field != null) {
                return ApiException.badRequest(field, "number out of range");
            }
            return new ApiException(ProblemType.MALFORMED_JSON, "The request body is not valid JSON" + where,
                    List.of(new Problem.FieldError("body", "not valid JSON" + where)));
        }
        String field = jsonPath(e.getPath());
        if (e.getCause() instanceof com.fasterxml.jackson.core.exc.InputCoercionException) {
            // databind wraps the parser's overflow in a mapping exception to add the path
            return ApiException.badRequest(orBody(field), "number out of range");
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String name = field.isEmpty() ? String.valueOf(u.getPropertyName()) : field;
            return ApiException.badRequest(name, "unknown field");
        }
        if (e instanceof InvalidFormatException f) {
            Class<?> target = f.getTargetType();
            if (target == String.class) {
                // only StrictJson's NUL check fails a string's format; the value is not echoed, it holds the NUL
                return ApiException.badRequest(orBody(field), "text must not contain NUL (U+0000) characters");
            }
            String expected = target != null && target.isEnum()
                    ? "one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "))
                    : "a valid " + typeName(target);
            return ApiException.badRequest(orBody(field), "invalid value '" + f.getValue() + "': expected " + expected);
        }
        if (e instanceof ValueInstantiationException v && v.getCause() instanceof IllegalArgumentException iae) {
            return ApiException.badRequest(orBody(field), iae.getMessage());
        }
        if (e instanceof MismatchedInputException m) {
            return ApiException.badRequest(orBody(field), "wrong type: expected " + typeName(m.getTargetType()));
        }
        return ApiException.badRequest(orBody(field), "cannot be read");
    }

    /** The dotted path the parser was at, for errors that carry no mapping path. */
    private static String currentField(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser parser)) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (var ctx = parser.getParsingContext(); ctx != null; ctx = ctx.getParent()) {
            if (ctx.getCurrentName() != null) {
                names.add(0, ctx.getCurrentName());
            }
        }
        return names.isEmpty() ? null : String.join(".", names);
    }

    private static String orBody(String field) {
        return field.isEmpty() ? "body" : field;
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == String.class) {
            return "string";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "ISO-8601 " + (type == java.time.LocalDate.class ? "date (YYYY-MM-DD)" : "date-time");
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        if (type.isEnum()) {
            return "code";
        }
        return "object";
    }

    static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
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

    private Response unauthenticated(UriInfo uri, HttpHeaders headers) {
        Response r = respond(new ApiException(ProblemType.UNAUTHORIZED,
                "This operation needs a valid bearer token", null), uri, headers);
        return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        String requestId = RequestIds.of(headers);
        LOG.errorf(e, "Unexpected failure on %s (request %s)", uri == null ? "?" : uri.getPath(), requestId);
        return respond(new ApiException(ProblemType.INTERNAL,
                "The server failed unexpectedly; quote request id " + requestId + " when reporting it", null), uri, headers);
    }

    public static Response respond(ApiException e, UriInfo uri, HttpHeaders headers) {
        Problem body = Problem.of(e, uri == null ? null : uri.getPath(), RequestIds.of(headers));
        return Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
