package org.bilateral.trade.importing;

import java.util.List;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.Problem;
import org.bilateral.support.problem.ProblemType;

/** An import refused because of bad rows; nothing was written. */
public final class ImportRejectedException extends ApiException {

    private final List<RowError> rows;
    private final long errorCount;

    ImportRejectedException(List<RowError> rows, long errorCount) {
        super(ProblemType.VALIDATION, "The import has " + errorCount + " error(s); nothing was written" + (errorCount > rows.size()
                        ? "; the first " + rows.size() + " are listed" : ""),
                rows.stream().map(r -> new Problem.FieldError(r.field(), "line " + r.line() + ": " + r.message())).toList());
        this.rows = rows;
        this.errorCount = errorCount;
    }

    public List<RowError> rows() {
        return rows;
    }

    public long errorCount() {
        return errorCount;
    }
}
