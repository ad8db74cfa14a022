package org.bilateral.support.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a change feed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Change(
        @Schema(description = "Position in the feed; pass the last one seen as 'since'", examples = "17") long cursor,
        @Schema(description = "Kind of record changed", examples = "figures") String resource,
        @Schema(description = "Id of the record changed", examples = "3") long id,
        @Schema(description = "Version after the change", examples = "1") int version,
        @Schema(description = "What the change did") Revision.Operation operation,
        @Schema(description = "When it was recorded", examples = "2026-11-23T10:15:30Z") Instant recordedAt,
        @Schema(description = "Subject of the token that made the change; 'seed' for imported facts", examples = "seed") String actor,
        @Schema(description = "The record after the change (before it, for a deletion)") Object data) {

    public Change withData(Object data) {
        return new Change(cursor, resource, id, version, operation, recordedAt, actor, data);
    }
}
