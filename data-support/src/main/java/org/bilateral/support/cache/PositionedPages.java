package org.bilateral.support.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.bilateral.support.paging.Page;

/**
 * Pages kept with the change-feed position they were read at, and served again only while the feed stands at that
 * same position. Anything else (another position, a key not kept) loads the page afresh and keeps it in place of
 * the old one. Bounded by the items kept, not the pages: a page of 200 weighs ten pages of 20 (the count is kept
 * without a lock, so reads racing a clear may overshoot it by a page or two).
 *
 * <p>Pure: the caller reads the position and says which reads may be kept at all ({@link CurrentPages}).
 */
public final class PositionedPages {

    /** The kept page and the feed position it was read at; the weight is what it counts against the bound. */
    private record Entry(Object position, Page<?> page, int weight) {
    }

    /** Whether a read was answered from memory. */
    public enum Outcome {
        HIT, MISS
    }

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong weight = new AtomicLong();
    private final long maxItems;

    /** @param maxItems items kept over all pages; 0 keeps nothing */
    public PositionedPages(long maxItems) {
        this.maxItems = maxItems;
    }

    /**
     * The page kept for this key at this position, or the page loaded now and kept. {@code position} must have been
     * read before the load, so a kept page is never older than the position it is filed under: a write committed
     * between the two only makes the page newer, and the next read (at the new position) loads it again. Positions
     * are compared with equals (a record of what the caller reads, e.g. the newest seq and the server's start).
     *
     * @param outcome told whether the answer came from memory; may be null
     */
    public <T> Page<T> get(Object key, Object position, Supplier<Page<T>> load, Consumer<Outcome> outcome) {
        Page<T> kept = kept(key, position);
        if (kept != null) {
            report(outcome, Outcome.HIT);
            return kept;
        }
        Page<T> page = load.get();
        report(outcome, Outcome.MISS);
        keep(key, position, page);
        return page;
    }

    /** The page kept for this key at this very position, or null. */
    @SuppressWarnings("unchecked")
    public <T> Page<T> kept(Object key, Object position) {
        Entry kept = entries.get(key);
        return kept != null && kept.position().equals(position) ? (Page<T>) kept.page() : null;
    }

    /**
     * Keeps the page under this key, read at this position (read before the page, as {@link #get} says), in place of
     * what was kept there; a page heavier than the whole bound is not kept.
     */
    public void keep(Object key, Object position, Page<?> page) {
        int w = 1 + page.items().size();
        if (w > maxItems) {
            return;
        }
        if (weight.get() + w > maxItems) {
            // full: start over rather than track which pages were used least; a list read again is loaded once more
            clear();
        }
        Entry replaced = entries.put(key, new Entry(position, page, w));
        weight.addAndGet(replaced == null ? w : w - replaced.weight());
    }

    public long maxItems() {
        return maxItems;
    }

    /** Items (plus one per page) kept now. */
    public long weight() {
        return weight.get();
    }

    /** Pages kept now. */
    public int size() {
        return entries.size();
    }

    private void clear() {
        entries.clear();
        weight.set(0);
    }

    private static void report(Consumer<Outcome> outcome, Outcome what) {
        if (outcome != null) {
            outcome.accept(what);
        }
    }
}
