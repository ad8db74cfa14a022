package org.bilateral.support.cache;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.bilateral.support.concurrency.ETags;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A list page of the current rows carries a weak ETag made of the position it was read at and its format, and an
 * If-None-Match naming it is answered 304 without a body: the same URL at the same position is the same page, and
 * any write to the service moves the position. So a client (or the gateway) polling a list pays one statement and
 * no body while nothing changed. Pages of a past state (asOf) carry none.
 */
public class ListPageValidators {

    private final ReadPosition read;

    ListPageValidators(ReadPosition read) {
        this.read = read;
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 200 || !HttpMethod.GET.equals(request.getMethod())) {
            return;
        }
        CurrentPages.Position position = read.get();
        MediaType type = response.getMediaType();
        if (position == null || type == null) {
            return;
        }
        String etag = "W/\"" + position.token() + "." + type.getSubtype() + "\"";
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.getHeaders().putSingle(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (ETags.noneMatchHits(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }
}
