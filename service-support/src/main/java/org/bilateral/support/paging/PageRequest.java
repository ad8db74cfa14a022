package org.bilateral.support.paging;

import java.util.ArrayList;
import java.util.List;
import org.bilateral.support.config.ApiConfig;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.Problem;

/** A validated page, size and sort order, ready to become LIMIT/OFFSET/ORDER BY. */
public record PageRequest(int page, int size, SortOrder sort) {

    public static PageRequest of(Integer page, Integer size, String sort, SortFields fields, ApiConfig config) {
        List<Problem.FieldError> errors = new ArrayList<>();
        int p = page == null ? 0 : page;
        int s = size == null ? config.defaultPageSize() : size;
        if (p < 0) {
            errors.add(new Problem.FieldError("page", "must be 0 or greater"));
        }
        if (s < 1 || s > config.maxPageSize()) {
            errors.add(new Problem.FieldError("size", "must be between 1 and " + config.maxPageSize()));
        }
        SortOrder order = null;
        try {
            order = fields.parse(sort);
        } catch (ApiException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if ((long) p * s > Integer.MAX_VALUE) {
            throw ApiException.badRequest("page", "is too large for this page size");
        }
        return new PageRequest(p, s, order);
    }

    public int offset() {
        return page * size;
    }
}
