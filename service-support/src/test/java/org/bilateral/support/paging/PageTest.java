package org.bilateral.support.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    private static PageRequest request(int page, int size) {
        return new PageRequest(page, size, new SortOrder("t.id ASC"));
    }

    @Test
    void noMatchesMeansNoPages() {
        Page<String> page = Page.of(List.of(), request(0, 20), 0);
        assertEquals(0, page.totalPages());
        assertEquals(0, page.totalItems());
    }

    @Test
    void pagesRoundUpForAPartialLastPage() {
        assertEquals(3, Page.of(List.of(), request(0, 20), 41).totalPages());
        assertEquals(2, Page.of(List.of(), request(0, 20), 40).totalPages());
        assertEquals(1, Page.of(List.of(), request(0, 20), 1).totalPages());
    }

    @Test
    void echoesThePageAndSizeAskedFor() {
        Page<String> page = Page.of(List.of("a"), request(4, 5), 21);
        assertEquals(4, page.page());
        assertEquals(5, page.size());
        assertEquals(21, page.totalItems());
        assertEquals(5, page.totalPages());
    }

    @Test
    void mapConvertsItemsAndKeepsThePaging() {
        Page<Integer> lengths = Page.of(List.of("a", "bcd"), request(1, 2), 4).map(String::length);
        assertEquals(new Page<>(List.of(1, 3), 1, 2, 4, 2), lengths);
    }
}
