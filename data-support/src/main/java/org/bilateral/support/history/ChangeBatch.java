package org.bilateral.support.history;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A batch of the change feed and where to continue from. */
public record ChangeBatch(
        @Schema(description = "Changes after 'since', oldest first") List<Change> items,
        @Schema(description = "Cursor to pass as 'since' for the next batch", examples = "17") long nextCursor,
        @Schema(description = "Whether more changes are waiting beyond this batch") boolean hasMore) {
}
