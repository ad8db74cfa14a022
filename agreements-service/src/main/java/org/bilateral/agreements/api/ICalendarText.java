package org.bilateral.agreements.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes RFC 5545 content lines: TEXT escaping (§3.3.11), folding at 75 octets without splitting
 * a UTF-8 character (§3.1), CRLF line ends. Small enough to own instead of a runtime library;
 * the tests read the output back with ical4j.
 */
final class ICalendarText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private final StringBuilder out = new StringBuilder();

    /** A property whose value is already in its RFC 5545 form (dates, URIs, enumerated values). */
    ICalendarText raw(String nameAndParams, String value) {
        return line(nameAndParams + ":" + value);
    }

    /** A TEXT property, escaped. */
    ICalendarText text(String name, String value) {
        return raw(name, escape(value));
    }

    ICalendarText date(String name, LocalDate date) {
        return raw(name + ";VALUE=DATE", DATE.format(date));
    }

    ICalendarText utc(String name, Instant instant) {
        return raw(name, UTC.format(instant));
    }

    static String escape(String value) {
        StringBuilder b = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\n' -> b.append("\\n");
                case '\r' -> {
                    if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
                        b.append("\\n");
                    }
                }
                default -> {
                    // other control characters are not allowed in TEXT
                    if (c >= 0x20 || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Folds one content line: at most 75 octets per physical line, continuation lines start with a space. */
    private ICalendarText line(String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int width = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1; // the leading space counts
            }
            out.appendCodePoint(cp);
            octets += width;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
