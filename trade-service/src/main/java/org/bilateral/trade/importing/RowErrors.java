package org.bilateral.trade.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects row errors: counts all of them, keeps only the first few for the answer. */
final class RowErrors {

    private final int keep;
    private final List<RowError> kept = new ArrayList<>();
    private long total;

    RowErrors(int keep) {
        this.keep = keep;
    }

    void add(int line, String field, String message) {
        total++;
        if (kept.size() < keep) {
            kept.add(new RowError(line, field, message));
        }
    }

    /** Adds errors found after the stream pass; they may fall before kept ones, so all are kept until sorted. */
    void addLate(int line, String field, String message) {
        total++;
        kept.add(new RowError(line, field, message));
    }

    void countMore(long n) {
        total += n;
    }

    long total() {
        return total;
    }

    boolean isEmpty() {
        return total == 0;
    }

    /** The first errors by line (errors found in the database pass are merged in afterwards). */
    List<RowError> first() {
        return kept.stream().sorted(Comparator.comparingInt(RowError::line)).limit(keep).toList();
    }
}
