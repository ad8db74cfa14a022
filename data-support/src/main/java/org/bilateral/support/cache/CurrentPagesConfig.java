package org.bilateral.support.cache;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The memory of list pages read from the current rows ({@link CurrentPages}). */
@ConfigMapping(prefix = "bilateral.list-cache")
public interface CurrentPagesConfig {

    /**
     * Items kept over all pages of all lists (each page counts one more). About 1-2 KB of heap per item; 0 turns the
     * memory off, and every list is read from the database.
     */
    @WithDefault("5000")
    long maxItems();
}
