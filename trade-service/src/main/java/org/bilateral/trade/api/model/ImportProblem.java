package org.bilateral.trade.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.bilateral.support.problem.ProblemType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The problem+json of a refused import: the usual problem members plus the bad rows. */
@Schema(name = "ImportProblem", description = "RFC 9457 problem details listing the bad rows of an import; nothing was written")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportProblem(
        @Schema(examples = ProblemType.VALIDATION_EXAMPLE) URI type,
        @Schema(examples = "Invalid request") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "The import has 2 error(s); nothing was written") String detail,
        @Schema(examples = "/api/v1/trade/figures/import") String instance,
        @Schema(examples = "5f0c6c1e-4c5e-4a51-9d8f-1a6f0f0c2b7e") String requestId,
        @Schema(description = "The first bad rows, by line (at most bilateral.trade.bulk-import.max-errors-listed)") List<RowErrorView> errors,
        @Schema(description = "How many errors the file has in all", examples = "2") long errorCount) {
}
