package org.bilateral.trade.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One bad row of an import: where it is and what is wrong with which field. */
@Schema(name = "ImportRowError")
public record RowErrorView(
        @Schema(description = "1-based line of the file the row starts on (the CSV header is line 1)", examples = "12")
        int line,
        @Schema(description = "Field as in the create body (dotted path, also the CSV column), or 'line' for the row as a whole",
                examples = "period.end")
        String field,
        @Schema(description = "What is wrong with it", examples = "must not be before period.start")
        String message) {
}
