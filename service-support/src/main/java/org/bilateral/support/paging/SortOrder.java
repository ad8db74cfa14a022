package org.bilateral.support.paging;

/** A vetted ORDER BY clause: only built from whitelisted columns by {@link SortFields}. */
public record SortOrder(String sql) {
}
