package org.bilateral.support.csv;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bilateral.support.paging.Page;

/**
 * Writes a {@link Page} (or any collection) of DTO records as RFC 4180 CSV. Nested records
 * become dotted columns ({@code period.start}); lists are joined with {@code |} inside one cell.
 * Paging metadata stays in the Link header, as for JSON.
 */
@Provider
@Produces(CsvPageWriter.TEXT_CSV)
public class CsvPageWriter implements MessageBodyWriter<Object> {

    public static final String TEXT_CSV = "text/csv";

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return (Page.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type))
                && mediaType.isCompatible(MediaType.valueOf(TEXT_CSV));
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws WebApplicationException {
        Collection<?> items = value instanceof Page<?> page ? page.items() : (Collection<?>) value;
        headers.putSingle("Content-Type", TEXT_CSV + "; charset=UTF-8");
        try {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            List<String> columns = null;
            for (Object item : items) {
                Map<String, String> row = new LinkedHashMap<>();
                flatten("", item, row);
                if (columns == null) {
                    columns = new ArrayList<>(row.keySet());
                    writeLine(w, columns);
                }
                List<String> cells = new ArrayList<>(columns.size());
                for (String c : columns) {
                    cells.add(row.getOrDefault(c, ""));
                }
                writeLine(w, cells);
            }
            w.flush();
        } catch (IOException e) {
            throw new WebApplicationException(e);
        }
    }

    static void flatten(String prefix, Object value, Map<String, String> row) {
        if (value != null && value.getClass().isRecord()) {
            for (RecordComponent rc : value.getClass().getRecordComponents()) {
                Object v;
                try {
                    v = rc.getAccessor().invoke(value);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                String name = prefix.isEmpty() ? rc.getName() : prefix + "." + rc.getName();
                if (v != null && v.getClass().isRecord()) {
                    flatten(name, v, row);
                } else if (rc.getType().isRecord()) {
                    // keep the columns of an absent nested record so every row has the same header
                    for (RecordComponent inner : rc.getType().getRecordComponents()) {
                        row.put(name + "." + inner.getName(), "");
                    }
                } else {
                    row.put(name, cell(v));
                }
            }
        } else {
            row.put(prefix.isEmpty() ? "value" : prefix, cell(value));
        }
    }

    private static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(CsvPageWriter::inline).collect(Collectors.joining("|"));
        }
        return v.toString();
    }

    private static String inline(Object v) {
        if (v != null && v.getClass().isRecord()) {
            Map<String, String> parts = new LinkedHashMap<>();
            flatten("", v, parts);
            return parts.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
        }
        return String.valueOf(v);
    }

    private static void writeLine(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String c = cells.get(i);
            // A leading = + - @ would run as a formula in spreadsheets; quote-prefix it.
            if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0 && !c.matches("-?[0-9.]+(E-?[0-9]+)?")) {
                c = "'" + c;
            }
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                c = '"' + c.replace("\"", "\"\"") + '"';
            }
            w.write(c);
        }
        w.write("\r\n");
    }
}
