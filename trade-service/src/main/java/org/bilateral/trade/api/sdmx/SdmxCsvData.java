package org.bilateral.trade.api.sdmx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.trade.service.SdmxFigures.Observation;

/** SDMX-CSV 1.0; with detail=serieskeysonly or nodata, one line per series. */
final class SdmxCsvData implements SdmxDataFormat {

    @Override
    public String mediaType() {
        return SdmxMediaTypes.CSV;
    }

    /** SDMX-CSV 1.0: DATAFLOW, the dimensions, TIME_PERIOD, OBS_VALUE, then the attributes; one line per observation. */
    @Override
    public void write(SdmxDataMessage m, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        List<String> columns = new ArrayList<>();
        columns.add("DATAFLOW");
        SdmxModel.DIMENSIONS.forEach(d -> columns.add(d.id()));
        if (m.detail().hasValues()) {
            columns.add(SdmxModel.TIME_PERIOD);
            columns.add(SdmxModel.OBS_VALUE);
        }
        if (m.detail().hasAttributes()) {
            SdmxModel.ATTRIBUTES.forEach(a -> columns.add(a.id()));
        }
        line(w, columns);
        List<String> previousKey = null;
        for (Observation o : m.observations()) {
            if (!m.detail().hasValues() && o.seriesKey().equals(previousKey)) {
                continue;
            }
            previousKey = o.seriesKey();
            List<String> row = new ArrayList<>();
            row.add(SdmxModel.flowRef());
            row.addAll(List.of(SdmxDataMessage.dimensionValues(o)));
            if (m.detail().hasValues()) {
                row.add(SdmxDataMessage.timePeriod(o));
                row.add(o.value().toPlainString());
            }
            if (m.detail().hasAttributes()) {
                row.addAll(List.of(SdmxDataMessage.attributeValues(o)));
            }
            line(w, row);
        }
        w.flush();
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                w.write('"');
                w.write(c.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(c);
            }
        }
        w.write("\r\n");
    }
}
