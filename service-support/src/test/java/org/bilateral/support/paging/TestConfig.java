package org.bilateral.support.paging;

import org.bilateral.support.config.ApiConfig;

/** An {@link ApiConfig} with chosen limits, as the config mapping would give them. */
record TestConfig(int defaultPageSize, int maxPageSize, int defaultFeedLimit, int maxFeedLimit) implements ApiConfig {

    static TestConfig pages(int defaultPageSize, int maxPageSize) {
        return new TestConfig(defaultPageSize, maxPageSize, 100, 1000);
    }
}
