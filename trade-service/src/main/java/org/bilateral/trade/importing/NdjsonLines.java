package org.bilateral.trade.importing;

import java.io.IOException;
import java.io.Reader;

/** Reads newline-delimited lines (LF or CRLF) one at a time, refusing a line over a limit. */
final class NdjsonLines {

    private final Reader in;
    private final int maxChars;
    private final char[] buf = new char[1 << 16];
    private final StringBuilder lineText = new StringBuilder(256);
    private int pos;
    private int len;
    private int line;

    NdjsonLines(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** 1-based number of the line last returned. */
    int line() {
        return line;
    }

    /** The next line without its line end, or null at the end of the stream. */
    String next() throws IOException {
        lineText.setLength(0);
        boolean any = false;
        while (true) {
            if (pos == len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    if (!any) {
                        return null;
                    }
                    line++;
                    return withoutCr();
                }
            }
            any = true;
            int start = pos;
            while (pos < len && buf[pos] != '\n') {
                pos++;
            }
            lineText.append(buf, start, pos - start);
            if (lineText.length() > maxChars) {
                throw new ImportFormatException(line + 1, "the line is longer than " + maxChars + " characters");
            }
            if (pos < len) {
                pos++;
                line++;
                return withoutCr();
            }
        }
    }

    private String withoutCr() {
        int n = lineText.length();
        if (n > 0 && lineText.charAt(n - 1) == '\r') {
            lineText.setLength(n - 1);
        }
        return lineText.toString();
    }
}
