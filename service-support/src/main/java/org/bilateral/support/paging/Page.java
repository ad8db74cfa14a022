package org.bilateral.support.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The envelope of every list answer; items are DTO records, never entities. */
public record Page<T>(
        @Schema(description = "The items on this page") List<T> items,
        @Schema(description = "0-based page number", examples = "0") int page,
        @Schema(description = "Page size asked for", examples = "20") int size,
        @Schema(description = "Items matching across all pages", examples = "42") long totalItems,
        @Schema(description = "Number of pages at this size", examples = "3") int totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        int pages = (int) Math.max(0, (totalItems + request.size() - 1) / request.size());
        return new Page<>(items, request.page(), request.size(), totalItems, pages);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
