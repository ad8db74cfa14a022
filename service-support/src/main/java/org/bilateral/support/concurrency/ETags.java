package org.bilateral.support.concurrency;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.RestResponse;
import org.bilateral.support.problem.ApiException;

/**
 * Version-based ETags. A record's ETag is its version; writes must name the version they read
 * (If-Match), so an edit made on stale data is refused rather than silently lost.
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(int version) {
        return new EntityTag(Integer.toString(version));
    }

    /** 200 with the body and the ETag of the version it shows. */
    public static <T> RestResponse<T> ok(T body, int version) {
        return RestResponse.ResponseBuilder.ok(body).tag(of(version)).build();
    }

    /**
     * Checks If-Match against the current version: 428 when absent, 412 when it names another
     * version. {@code *} matches any existing version.
     */
    public static void requireMatch(HttpHeaders headers, int currentVersion) {
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.preconditionRequired();
        }
        String current = Integer.toString(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return;
            }
            if (tag.startsWith("W/")) {
                continue; // RFC 9110: If-Match uses strong comparison
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"") && tag.substring(1, tag.length() - 1).equals(current)) {
                return;
            }
        }
        throw ApiException.preconditionFailed(of(currentVersion).toString());
    }
}
