package org.bilateral.trade.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportResult", description = "What a bulk import did")
public record ImportResult(
        @Schema(description = "Rows in the file", examples = "3") long received,
        @Schema(description = "Rows added as new figures", examples = "2") long inserted,
        @Schema(description = "Rows whose natural key was already stored (or repeated in the file); the stored figure is kept",
                examples = "1") long unchanged,
        @Schema(description = "The change feed from just before this import: its CREATE entries are the added figures",
                examples = "/api/v1/trade/changes?since=1234") String changes,
        @Schema(description = "Comtrade profile only: stored figures whose value the file changed (each a new revision)", examples = "0")
        @JsonInclude(JsonInclude.Include.NON_NULL) Long revised) {
}
