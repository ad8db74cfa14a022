package org.bilateral.support.paging;

import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/** RFC 8288 Link headers for a page. Relative references, so they hold through the gateway. */
public final class Links {

    private Links() {
    }

    public static String header(UriInfo uri, Page<?> page) {
        List<String> links = new ArrayList<>();
        if (page.page() + 1 < page.totalPages()) {
            links.add(link(uri, page.page() + 1, page.size(), "next"));
        }
        if (page.page() > 0) {
            links.add(link(uri, Math.min(page.page() - 1, Math.max(page.totalPages() - 1, 0)), page.size(), "prev"));
        }
        links.add(link(uri, 0, page.size(), "first"));
        links.add(link(uri, Math.max(page.totalPages() - 1, 0), page.size(), "last"));
        return String.join(", ", links);
    }

    /** 200 with the page as body and its Link header. */
    public static <T> RestResponse<Page<T>> ok(UriInfo uri, Page<T> page) {
        return RestResponse.ResponseBuilder.ok(page).header("Link", header(uri, page)).build();
    }

    private static String link(UriInfo uri, int page, int size, String rel) {
        var target = uri.getRequestUriBuilder().replaceQueryParam("page", page).replaceQueryParam("size", size).build();
        String ref = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
        return "<" + ref + ">; rel=\"" + rel + "\"";
    }
}
