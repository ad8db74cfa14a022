package org.bilateral.support.concurrency;

import jakarta.ws.rs.core.EntityTag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Version-based ETags. A record's ETag is its version; writes must name the version they read
 * (If-Match, see {@link IfMatch}), so an edit made on stale data is refused rather than silently lost.
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(int version) {
        return new EntityTag(Integer.toString(version));
    }

    /**
     * Whether an If-None-Match header names this entity tag (given as sent, quoted, weak or not). Weak comparison
     * (RFC 9110 13.1.2): a W/ prefix on either side does not count; '*' matches any current representation.
     */
    public static boolean noneMatchHits(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || opaque(tag).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** 200 with the body and the ETag of the version it shows. */
    public static <T> RestResponse<T> ok(T body, int version) {
        return RestResponse.ResponseBuilder.ok(body).tag(of(version)).build();
    }
}
