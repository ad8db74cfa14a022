package org.bilateral.trade.importing;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 records one at a time from a stream: quoted fields (with doubled quotes and line
 * breaks inside), LF, CRLF or CR line ends, blank lines skipped. Holds one record at most, and
 * refuses a record longer than a configured limit, so a file of any size reads in flat memory.
 */
public final class CsvRecords {

    private final Reader in;
    private final int maxRecordChars;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private int line = 1;
    private int recordLine;

    public CsvRecords(Reader in, int maxRecordChars) {
        this.in = in;
        this.maxRecordChars = maxRecordChars;
    }

    /** The 1-based line the last record returned by {@link #next()} starts on. */
    public int recordLine() {
        return recordLine;
    }

    /** The line the reader is on now (for errors the stream itself raises). */
    public int currentLine() {
        return line;
    }

    /** The next record's fields, or null at the end of the stream. */
    public List<String> next() throws IOException {
        while (true) {
            int c = peek();
            if (c < 0) {
                return null;
            }
            if (c == '\r' || c == '\n') {
                consumeLineEnd();
                continue;
            }
            break;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>(24);
        StringBuilder field = new StringBuilder(32);
        int chars = 0;
        while (true) {
            field.setLength(0);
            int c = peek();
            if (c == '"') {
                pos++;
                while (true) {
                    c = read();
                    if (c < 0) {
                        throw new ImportFormatException(recordLine, "a quoted field is not closed");
                    }
                    if (c == '"') {
                        if (peek() == '"') {
                            pos++;
                            field.append('"');
                        } else {
                            break;
                        }
                    } else {
                        if (c == '\n' || (c == '\r' && peek() != '\n')) {
                            line++;
                        }
                        field.append((char) c);
                    }
                    if (++chars > maxRecordChars) {
                        throw tooLong();
                    }
                }
                c = peek();
                if (c >= 0 && c != ',' && c != '\r' && c != '\n') {
                    throw new ImportFormatException(recordLine, "text after the closing quote of field " + (fields.size() + 1));
                }
            } else {
                while ((c = peek()) >= 0 && c != ',' && c != '\r' && c != '\n') {
                    if (c == '"') {
                        throw new ImportFormatException(recordLine,
                                "a quote inside unquoted field " + (fields.size() + 1) + "; quote the whole field and double the quote");
                    }
                    field.append((char) c);
                    pos++;
                    if (++chars > maxRecordChars) {
                        throw tooLong();
                    }
                }
            }
            fields.add(field.toString());
            c = peek();
            if (c == ',') {
                pos++;
                continue;
            }
            if (c >= 0) {
                consumeLineEnd();
            }
            return fields;
        }
    }

    private ImportFormatException tooLong() {
        return new ImportFormatException(recordLine, "the record is longer than " + maxRecordChars + " characters");
    }

    private void consumeLineEnd() throws IOException {
        int c = read();
        if (c == '\r' && peek() == '\n') {
            pos++;
        }
        line++;
    }

    private int peek() throws IOException {
        if (pos == len) {
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                return -1;
            }
        }
        return buf[pos];
    }

    private int read() throws IOException {
        int c = peek();
        if (c >= 0) {
            pos++;
        }
        return c;
    }
}
