package org.bilateral.trade.harvest.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read and notes the end of the stream, so a parse error can tell a cut-off answer from bad syntax. */
final class CountingInputStream extends FilterInputStream {

    private long bytes;
    private boolean eof;
    private IOException failure;

    CountingInputStream(InputStream in) {
        super(in);
    }

    long bytes() {
        return bytes;
    }

    boolean atEnd() {
        return eof;
    }

    /** The fault the underlying stream raised, if any (parsers tend to wrap it without a cause). */
    IOException failure() {
        return failure;
    }

    @Override
    public int read() throws IOException {
        int c;
        try {
            c = super.read();
        } catch (IOException e) {
            failure = e;
            throw e;
        }
        if (c < 0) {
            eof = true;
        } else {
            bytes++;
        }
        return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n;
        try {
            n = super.read(b, off, len);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
        if (n < 0) {
            eof = true;
        } else {
            bytes += n;
        }
        return n;
    }
}
