package org.bilateral.support.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.ProblemType;

/**
 * Refuses a request line longer than {@code bilateral.http.max-request-line-length} with a 414 and
 * headers larger than {@code bilateral.http.max-header-size} with a 431, both problem+json. Vert.x's
 * HTTP codec would answer these itself with an empty body, and Quarkus 3.33 offers no way to set the
 * server's invalidRequestHandler; so the codec's own limits
 * ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) are set well above
 * these and this filter, which sees every request the codec let through, answers first. Only a
 * request beyond the codec's ceiling still gets the codec's empty answer. Sizes are measured as the
 * codec measures them: the request line without CRLF, and the header lines ("name: value") summed.
 */
@ApplicationScoped
public class RequestHeadLimits {

    /** After RequestIds (1000), so the problem carries the request id; before the body limit, authentication and routing. */
    static final int PRIORITY = 995;
    /** A longer path is left out of the problem's instance: echoing kilobytes of it helps nobody. */
    private static final int INSTANCE_ECHO_LIMIT = 512;

    private final long maxRequestLine;
    private final long maxHeaders;
    private final ObjectMapper mapper;

    RequestHeadLimits(HttpLimitsConfig config, ObjectMapper mapper) {
        this.maxRequestLine = config.maxRequestLineLength();
        this.maxHeaders = config.maxHeaderSize().asLongValue();
        this.mapper = mapper;
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            HttpServerRequest request = rc.request();
            String path = request.path() == null ? "" : request.path();
            String instance = path.length() <= INSTANCE_ECHO_LIMIT ? path : null;
            long line = requestLineLength(request);
            if (line > maxRequestLine) {
                rc.response().putHeader("Connection", "close");
                VertxProblems.send(rc, mapper, new ApiException(ProblemType.URI_TOO_LONG,
                        "The request line is " + line + " bytes, longer than the limit of " + maxRequestLine
                                + " bytes; send long selections in fewer or shorter parameters", null), instance);
                return;
            }
            long headers = headerSize(request);
            if (headers > maxHeaders) {
                rc.response().putHeader("Connection", "close");
                VertxProblems.send(rc, mapper, new ApiException(ProblemType.REQUEST_HEADER_FIELDS_TOO_LARGE,
                        "The request headers are " + headers + " bytes, more than the limit of " + maxHeaders + " bytes", null), instance);
                return;
            }
            rc.next();
        }, PRIORITY);
    }

    /** "METHOD SP request-target SP HTTP-version", as it came on the wire. */
    static long requestLineLength(HttpServerRequest request) {
        String version = switch (request.version()) {
            case HTTP_1_0 -> "HTTP/1.0";
            case HTTP_1_1 -> "HTTP/1.1";
            case HTTP_2 -> "HTTP/2";
        };
        return request.method().name().length() + 1L + request.uri().length() + 1L + version.length();
    }

    /** Every header line "name: value" without its CRLF, summed. */
    static long headerSize(HttpServerRequest request) {
        long size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            size += header.getKey().length() + 2L + header.getValue().length();
        }
        return size;
    }
}
