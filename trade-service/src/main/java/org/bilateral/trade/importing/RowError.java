package org.bilateral.trade.importing;

/** One bad row of an import: the file's line it starts on, the field (dotted path, or 'line' for the row) and what is wrong. */
public record RowError(int line, String field, String message) {
}
