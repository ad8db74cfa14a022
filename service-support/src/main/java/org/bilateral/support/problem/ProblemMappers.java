package org.bilateral.support.problem;

import static org.bilateral.support.problem.ProblemResponses.respond;
import static org.bilateral.support.problem.ProblemResponses.respondRetryable;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.bilateral.support.request.RequestIds;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The JAX-RS wiring: maps every exception class to RFC 9457 problem+json. The most specific mapper wins, so the
 * catch-all at the bottom only sees what nothing else understood. What each failure means is decided in
 * {@link JacksonProblems}, {@link ValidationProblems} and {@link KnownFailures}; the response is written by
 * {@link ProblemResponses}.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri, HttpHeaders headers) {
        return respond(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response beanValidation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        return respond(ValidationProblems.of(e), uri, headers);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri, HttpHeaders headers) {
        return respond(JacksonProblems.of(e), uri, headers);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri, HttpHeaders headers) {
        return respond(JacksonProblems.of(e), uri, headers);
    }

    // The Jackson extension ships its own mapper for MismatchedInputException; these exact-type
    // mappers take precedence over it so every body error is problem+json.
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return respond(JacksonProblems.of(e), uri, headers);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri, HttpHeaders headers) {
        return respond(JacksonProblems.of(e), uri, headers);
    }

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e, UriInfo uri, HttpHeaders headers) {
        return respond(JacksonProblems.of(e), uri, headers);
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return respond(JacksonProblems.of(e), uri, headers);
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
        ApiException cause = KnownFailures.translate(e.getCause());
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
        ApiException known = KnownFailures.translate(e);
        return known != null ? respondRetryable(known, uri, headers) : unexpected(e, uri, headers);
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
}
