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

    /** 200 with the body and the ETag of the version it shows. */
    public static <T> RestResponse<T> ok(T body, int version) {
        return RestResponse.ResponseBuilder.ok(body).tag(of(version)).build();
    }
}
