package org.bilateral.support.history;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One stored version of a record: who changed it, when, how, and what it then said. */
public record Revision<T>(
        @Schema(description = "Version number; the ETag of that version", examples = "2") int version,
        @Schema(description = "What the change did") Operation operation,
        @Schema(description = "When the change was recorded", examples = "2026-11-23T10:15:30Z") Instant recordedAt,
        @Schema(description = "Subject of the token that made the change; 'seed' for imported facts", examples = "seed") String actor,
        @Schema(description = "Change-feed cursor of this change", examples = "17") long cursor,
        @Schema(description = "The record as it stood after this change (before it, for a deletion)") T data) {

    public enum Operation { CREATE, UPDATE, DELETE }
}
