package org.bilateral.support.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.bilateral.support.cache.PositionedPages.Outcome;
import org.bilateral.support.paging.Page;
import org.bilateral.support.paging.PageRequest;
import org.bilateral.support.paging.SortOrder;
import org.junit.jupiter.api.Test;

class PositionedPagesTest {

    private final AtomicInteger loads = new AtomicInteger();
    private final List<Outcome> outcomes = new ArrayList<>();

    private Supplier<Page<String>> loader(int items) {
        return () -> {
            int n = loads.incrementAndGet();
            return Page.of(Collections.nCopies(items, "load " + n), new PageRequest(0, Math.max(items, 1), new SortOrder("t.id")), items);
        };
    }

    @Test
    void aPageIsServedAgainWhileThePositionStands() {
        PositionedPages pages = new PositionedPages(100);
        Page<String> first = pages.get("ventures", 7, loader(3), outcomes::add);
        Page<String> again = pages.get("ventures", 7, loader(3), outcomes::add);
        assertSame(first, again);
        assertEquals(1, loads.get());
        assertEquals(List.of(Outcome.MISS, Outcome.HIT), outcomes);
    }

    @Test
    void aNewPositionLoadsThePageAgainAndKeepsTheNewOne() {
        PositionedPages pages = new PositionedPages(100);
        pages.get("ventures", 7, loader(3), null);
        Page<String> after = pages.get("ventures", 8, loader(3), null);
        assertEquals("load 2", after.items().get(0));
        assertSame(after, pages.get("ventures", 8, loader(3), null));
        assertEquals(2, loads.get());
        assertEquals(4, pages.weight(), "the replaced page no longer counts");
    }

    @Test
    void aPageKeptAtAnOlderPositionIsNotServedAtAnEarlierOneEither() {
        // positions only grow in the database, but a position seen by a slower reader must not be trusted to match
        PositionedPages pages = new PositionedPages(100);
        pages.get("ventures", 8, loader(1), null);
        assertEquals("load 2", pages.get("ventures", 7, loader(1), null).items().get(0));
    }

    private static final Instant NINE = Instant.parse("2026-12-07T09:00:00Z");
    private static final Instant NINE_THIRTY = Instant.parse("2026-12-07T09:30:00Z");
    private static final LocalDate DEC_7 = LocalDate.of(2026, 12, 7);

    @Test
    void positionsAreComparedWhole() {
        // the same newest seq on a database server started anew (a failover may lose commits and reuse their seq) is
        // another position, as is another day
        PositionedPages pages = new PositionedPages(100);
        Page<String> kept = pages.get("ventures", new CurrentPages.Position(7, NINE, DEC_7), loader(1), null);
        assertSame(kept, pages.get("ventures", new CurrentPages.Position(7, NINE, DEC_7), loader(1), null));
        assertEquals("load 2", pages.get("ventures", new CurrentPages.Position(7, NINE_THIRTY, DEC_7), loader(1), null)
                .items().get(0));
        assertEquals("load 3", pages.get("ventures", new CurrentPages.Position(7, NINE_THIRTY, DEC_7.plusDays(1)), loader(1), null)
                .items().get(0));
    }

    @Test
    void keysAreKeptApart() {
        PositionedPages pages = new PositionedPages(100);
        Page<String> kz = pages.get(List.of("ventures", "KZ"), 7, loader(2), null);
        Page<String> by = pages.get(List.of("ventures", "BY"), 7, loader(2), null);
        assertEquals("load 1", kz.items().get(0));
        assertEquals("load 2", by.items().get(0));
        assertSame(kz, pages.get(List.of("ventures", "KZ"), 7, loader(2), null));
        assertEquals(2, pages.size());
    }

    @Test
    void theBoundCountsItemsAndStartsOverWhenFull() {
        PositionedPages pages = new PositionedPages(10);
        pages.get("a", 1, loader(4), null);
        pages.get("b", 1, loader(4), null);
        assertEquals(10, pages.weight());
        pages.get("c", 1, loader(4), null);
        assertEquals(1, pages.size(), "full: the kept pages were dropped and the new one kept");
        assertEquals(5, pages.weight());
        pages.get("a", 1, loader(4), null);
        assertEquals(4, loads.get(), "a dropped page is loaded again");
    }

    @Test
    void aPageBiggerThanTheBoundIsAnsweredButNotKept() {
        PositionedPages pages = new PositionedPages(10);
        pages.get("small", 1, loader(2), null);
        pages.get("huge", 1, loader(20), null);
        assertEquals(1, pages.size(), "the small page is still kept");
        pages.get("huge", 1, loader(20), outcomes::add);
        assertEquals(List.of(Outcome.MISS), outcomes);
    }

    @Test
    void aBoundOfZeroKeepsNothing() {
        PositionedPages pages = new PositionedPages(0);
        pages.get("ventures", 7, loader(0), null);
        pages.get("ventures", 7, loader(0), null);
        assertEquals(2, loads.get());
        assertEquals(0, pages.size());
    }

    @Test
    void keptAndKeepAreTheTwoHalvesOfGet() {
        // what a list resource on its event loop does: look, and only on a miss load elsewhere and keep
        PositionedPages pages = new PositionedPages(100);
        assertNull(pages.kept("ventures", 7));
        Page<String> loaded = loader(3).get();
        pages.keep("ventures", 7, loaded);
        assertSame(loaded, pages.kept("ventures", 7));
        assertNull(pages.kept("ventures", 8), "a page kept at one position is not one at another");
        assertSame(loaded, pages.get("ventures", 7, loader(3), outcomes::add), "get finds what keep kept");
        assertEquals(List.of(Outcome.HIT), outcomes);
        assertEquals(4, pages.weight());
        pages.keep("ventures", 8, loader(200).get());
        assertNull(pages.kept("ventures", 8));
        assertSame(loaded, pages.kept("ventures", 7), "a page heavier than the bound replaces nothing");
        pages.keep("ventures", 8, loader(1).get());
        assertNull(pages.kept("ventures", 7), "the key holds the page of its newest position");
        assertEquals(2, pages.weight());
    }
}
