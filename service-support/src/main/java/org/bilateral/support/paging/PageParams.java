package org.bilateral.support.paging;

import jakarta.ws.rs.QueryParam;
import org.bilateral.support.config.ApiConfig;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The page and size of a list request, declared once for every list ({@code @BeanParam PageParams page}). The sort
 * parameter stays on each list: its fields and default differ. The limits live in {@link ApiConfig}, so the
 * description names the setting rather than a number that configuration could make wrong.
 */
public class PageParams {

    @QueryParam("page")
    @Parameter(description = "0-based page", example = "0")
    public Integer page;

    @QueryParam("size")
    @Parameter(description = "Page size, from 1 to the service's maximum (bilateral.api.max-page-size, 200 unless configured; "
            + "default bilateral.api.default-page-size, 20)", example = "20")
    public Integer size;

    public PageParams() {
    }

    public PageParams(Integer page, Integer size) {
        this.page = page;
        this.size = size;
    }

    /** Validates page, size and sort together, so one 400 names every bad parameter. */
    public PageRequest request(String sort, SortFields fields, ApiConfig config) {
        return PageRequest.of(page, size, sort, fields, config);
    }
}
