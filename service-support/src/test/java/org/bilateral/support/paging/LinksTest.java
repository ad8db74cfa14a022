package org.bilateral.support.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinksTest {

    /** The request URI as JAX-RS would hand it to the resource. */
    private static UriInfo requestTo(String uri) {
        return (UriInfo) Proxy.newProxyInstance(LinksTest.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestUri" -> URI.create(uri);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Page<String> page(int page, int size, long total) {
        return Page.of(List.of(), new PageRequest(page, size, new SortOrder("t.id ASC")), total);
    }

    @Test
    void firstOfSeveralPagesLinksNextFirstAndLastButNoPrevious() {
        assertEquals("</api/v1/trade/figures?page=1&size=20>; rel=\"next\", "
                        + "</api/v1/trade/figures?page=0&size=20>; rel=\"first\", "
                        + "</api/v1/trade/figures?page=2&size=20>; rel=\"last\"",
                Links.header(requestTo("http://localhost:8081/api/v1/trade/figures"), page(0, 20, 41)));
    }

    @Test
    void middlePageLinksBothNeighbours() {
        assertEquals("</f?page=2&size=10>; rel=\"next\", </f?page=0&size=10>; rel=\"prev\", "
                        + "</f?page=0&size=10>; rel=\"first\", </f?page=2&size=10>; rel=\"last\"",
                Links.header(requestTo("http://h/f?page=1&size=10"), page(1, 10, 30)));
    }

    @Test
    void lastPageHasNoNext() {
        assertEquals("</f?page=1&size=10>; rel=\"prev\", </f?page=0&size=10>; rel=\"first\", </f?page=2&size=10>; rel=\"last\"",
                Links.header(requestTo("http://h/f?page=2&size=10"), page(2, 10, 30)));
    }

    @Test
    void emptyResultLinksFirstAndLastToPageZero() {
        assertEquals("</f?page=0&size=10>; rel=\"first\", </f?page=0&size=10>; rel=\"last\"",
                Links.header(requestTo("http://h/f"), page(0, 10, 0)));
    }

    @Test
    void pageBeyondTheEndLinksPreviousToTheLastRealPage() {
        assertEquals("</f?page=2&size=10>; rel=\"prev\", </f?page=0&size=10>; rel=\"first\", </f?page=2&size=10>; rel=\"last\"",
                Links.header(requestTo("http://h/f?page=9&size=10"), page(9, 10, 30)));
    }

    @Test
    void otherQueryParametersAreKeptStillEncoded() {
        String header = Links.header(requestTo("http://h/f?reporter=BY&sort=-amount&q=a%20b%26c&page=0&size=5"), page(0, 5, 6));
        assertEquals("</f?reporter=BY&sort=-amount&q=a%20b%26c&page=1&size=5>; rel=\"next\"", header.split(", ")[0]);
    }

    @Test
    void linksAreRelativeSoTheyHoldBehindTheGateway() {
        String header = Links.header(requestTo("https://internal-host:8081/api/v1/x?size=5"), page(0, 5, 11));
        for (String link : header.split(", ")) {
            assertEquals('/', link.charAt(1), link);
        }
    }

    @Test
    void pagingParametersAnywhereInTheQueryAreReplacedAndTheOthersKeepTheirOrder() {
        String header = Links.header(requestTo("http://h/f?page=3&reporter=BY&size=5&partner=KZ&page=4"), page(0, 5, 6));
        assertEquals("</f?reporter=BY&partner=KZ&page=1&size=5>; rel=\"next\"", header.split(", ")[0]);
    }

    @Test
    void parametersThatOnlyStartLikePageOrSizeAndBareFlagsAreKept() {
        assertEquals("/f?pageSize=3&sizes=a&flag&", Links.withoutPaging(URI.create("http://h/f?pageSize=3&sizes=a&flag&&size=2")));
        assertEquals("/f?", Links.withoutPaging(URI.create("http://h/f")));
    }
}
