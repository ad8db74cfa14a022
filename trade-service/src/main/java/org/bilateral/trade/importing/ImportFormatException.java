package org.bilateral.trade.importing;

/** The stream cannot be read past this line (unclosed quote, over-long record, bad encoding). */
public final class ImportFormatException extends RuntimeException {

    final int line;

    ImportFormatException(int line, String message) {
        super(message, null, false, false);
        this.line = line;
    }
}
