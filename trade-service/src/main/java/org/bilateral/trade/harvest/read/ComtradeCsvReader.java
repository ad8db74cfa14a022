package org.bilateral.trade.harvest.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bilateral.trade.domain.Flow;
import org.bilateral.trade.domain.Qualifier;
import org.bilateral.trade.importing.CsvRecords;
import org.bilateral.trade.importing.ImportFormatException;

/**
 * Reads UN Comtrade's CSV layout (its API's CSV and its bulk files, comma-separated, UTF-8, header row) into
 * official observations, one record at a time, so a file of any size reads in flat memory.
 *
 * <p>Columns, found by header name (case, spaces and punctuation ignored; the legacy API's names in brackets):
 * <ul>
 * <li>period: {@code period} (2018 or 201807) [Period], or {@code refYear} with {@code refMonth} and {@code freqCode}
 * (A or M; refMonth 52 is Comtrade's "whole year")</li>
 * <li>reporter: {@code reporterISO} (alpha-3) [Reporter ISO], else {@code reporterCode} (numeric) [Reporter Code];
 * likewise {@code partnerISO} / {@code partnerCode}. Comtrade's own numeric codes where they differ from ISO 3166
 * (842 USA, 251 France, 579 Norway, 699 India, 757 Switzerland) are understood; areas (World 0 / W00, "nes"
 * groups) are not countries and are rejected.</li>
 * <li>flow: {@code flowCode} [Trade Flow Code: 1 import, 2 export, 3 re-export, 4 re-import]: X is EXPORT and M
 * IMPORT. Re-exports (RX) and re-imports (RM) are rejected as unmapped by default: under the general trade
 * system Comtrade's X already includes re-exports (and M re-imports), so storing them too would count them
 * twice; a provider's flow codes may map them explicitly.</li>
 * <li>commodity: {@code cmdCode} [Commodity Code]; TOTAL is all goods (no commodity), anything else an HS code.</li>
 * <li>value: {@code primaryValue} [Trade Value (US$)], US dollars in units, read exactly.</li>
 * <li>breakdowns: a row whose {@code partner2Code}, {@code customsCode} or {@code motCode} is not the total
 * (0, C00, 0) is a breakdown of another row, and is rejected rather than counted twice.</li>
 * </ul>
 * Every other column (descriptions, quantities, weights, isAggregate, ...) is ignored. Observations are EXACT,
 * scale 0, currency USD. Tab-separated files are not read.
 */
public final class ComtradeCsvReader {

    /** Comtrade's flow codes as our flows: exports and imports; re-exports and re-imports stay unmapped. */
    public static final Map<String, Flow> DEFAULT_FLOWS = Map.of("X", Flow.EXPORT, "M", Flow.IMPORT);

    /** Comtrade reporter/partner codes that are not the ISO 3166-1 numeric code of the same country. */
    private static final Map<String, String> COMTRADE_NUMERIC = Map.of("842", "US", "251", "FR", "579", "NO", "699", "IN", "757", "CH");

    /** The legacy API's numeric trade flow codes, as today's letter codes. */
    private static final Map<String, String> LEGACY_FLOWS = Map.of("1", "M", "2", "X", "3", "RX", "4", "RM");

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("period", "period"), Map.entry("refyear", "refYear"), Map.entry("year", "refYear"),
            Map.entry("refmonth", "refMonth"), Map.entry("freqcode", "freqCode"),
            Map.entry("reporteriso", "reporterISO"), Map.entry("reportercode", "reporterCode"),
            Map.entry("partneriso", "partnerISO"), Map.entry("partnercode", "partnerCode"),
            Map.entry("flowcode", "flowCode"), Map.entry("tradeflowcode", "flowCode"),
            Map.entry("cmdcode", "cmdCode"), Map.entry("commoditycode", "cmdCode"),
            Map.entry("primaryvalue", "primaryValue"), Map.entry("tradevalueus", "primaryValue"),
            Map.entry("partner2code", "partner2Code"), Map.entry("customscode", "customsCode"), Map.entry("motcode", "motCode"));

    public static final String ALL_GOODS = "TOTAL";
    public static final String CURRENCY = "USD";

    private final Map<String, Flow> flowCodes;
    private final int maxRecordChars;

    /**
     * @param flowCodes      Comtrade flow code -> our flow; null or empty for {@link #DEFAULT_FLOWS}
     * @param maxRecordChars longest record accepted (bounds the memory one row may take)
     */
    public ComtradeCsvReader(Map<String, Flow> flowCodes, int maxRecordChars) {
        this.flowCodes = flowCodes == null || flowCodes.isEmpty() ? DEFAULT_FLOWS : Map.copyOf(flowCodes);
        this.maxRecordChars = maxRecordChars;
    }

    /**
     * Reads every record into the sink: accepted when it maps, rejected with the reason otherwise.
     *
     * @param source names the input in failure reasons (a URL, an upload)
     * @return the number of records read (accepted and rejected)
     * @throws HarvestFailure when the header lacks a needed column, or the CSV is malformed or cut off
     */
    public long read(InputStream in, String source, ObservationSink sink) throws HarvestFailure {
        CountingInputStream counted = in instanceof CountingInputStream c ? c : new CountingInputStream(in);
        CsvRecords records = new CsvRecords(new BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8), 1 << 16), maxRecordChars);
        long read = 0;
        try {
            List<String> header = records.next();
            if (header == null) {
                throw new HarvestFailure("the Comtrade CSV is empty: no header row (" + source + ")");
            }
            Map<String, Integer> cols = columns(header);
            boolean period = cols.containsKey("period");
            StringBuilder missing = new StringBuilder();
            if (!period && !cols.containsKey("refYear")) {
                missing.append(" period (or refYear)");
            }
            if (!cols.containsKey("reporterISO") && !cols.containsKey("reporterCode")) {
                missing.append(" reporterISO (or reporterCode)");
            }
            if (!cols.containsKey("partnerISO") && !cols.containsKey("partnerCode")) {
                missing.append(" partnerISO (or partnerCode)");
            }
            for (String c : List.of("flowCode", "cmdCode", "primaryValue")) {
                if (!cols.containsKey(c)) {
                    missing.append(' ').append(c);
                }
            }
            if (missing.length() > 0) {
                throw new HarvestFailure("the Comtrade CSV lacks the column(s)" + missing + "; its header is: "
                        + SdmxObservationMapper.clip(String.join(",", header), 300) + " (" + source + ")");
            }
            List<String> row;
            while ((row = records.next()) != null) {
                read++;
                record(row, cols, records.recordLine(), sink);
            }
            return read;
        } catch (ImportFormatException e) {
            throw new HarvestFailure("malformed CSV at line " + records.recordLine() + ": " + e.getMessage() + " (" + source + ")", false, e);
        } catch (IOException e) {
            throw SdmxXmlInput.fault(e, counted, "CSV", source);
        }
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> cols = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (i == 0 && h.startsWith("\uFEFF")) {
                h = h.substring(1);
            }
            String name = ALIASES.get(h.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
            if (name != null) {
                cols.putIfAbsent(name, i);
            }
        }
        return cols;
    }

    private static String cell(List<String> row, Map<String, Integer> cols, String name) {
        Integer i = cols.get(name);
        if (i == null || i >= row.size()) {
            return null;
        }
        String v = row.get(i).trim();
        return v.isEmpty() ? null : v;
    }

    private void record(List<String> row, Map<String, Integer> cols, int line, ObservationSink sink) {
        String freq = cell(row, cols, "freqCode");
        String periodText = cell(row, cols, "period");
        String reporterText = first(cell(row, cols, "reporterISO"), cell(row, cols, "reporterCode"));
        String partnerText = first(cell(row, cols, "partnerISO"), cell(row, cols, "partnerCode"));
        String flowText = cell(row, cols, "flowCode");
        String cmd = cell(row, cols, "cmdCode");
        String key = (freq == null ? "" : freq) + "." + nz(reporterText) + "." + nz(partnerText) + "." + nz(flowText) + "." + nz(cmd);
        OfficialPeriod p;
        try {
            p = period(periodText, cell(row, cols, "refYear"), cell(row, cols, "refMonth"), freq);
        } catch (IllegalArgumentException e) {
            sink.reject(key, nz(periodText), "line " + line + ": " + e.getMessage());
            return;
        }
        String why = null;
        String reporter = country(row, cols, "reporter");
        String partner = country(row, cols, "partner");
        String flowCode = flowText == null ? null : LEGACY_FLOWS.getOrDefault(flowText, flowText.toUpperCase(Locale.ROOT));
        Flow flow = flowCode == null ? null : flowCodes.get(flowCode);
        BigDecimal value = null;
        if (reporter == null) {
            why = "reporter " + nz(reporterText) + " is not a country";
        } else if (partner == null) {
            why = "partner " + nz(partnerText) + " is not a country (World and areas are not stored)";
        } else if (flow == null) {
            why = flowCode == null ? "no flowCode"
                    : flowCode.equals("RX") || flowCode.equals("RM")
                            ? "flow code " + flowCode + " is not mapped: total " + (flowCode.equals("RX") ? "exports (X) include re-exports" : "imports (M) include re-imports")
                            : "flow code " + flowCode + " is not mapped";
        } else if (cmd == null) {
            why = "no cmdCode";
        } else if (!isTotal(cell(row, cols, "partner2Code"), "0") || !isTotal(cell(row, cols, "customsCode"), "C00")
                || !isTotal(cell(row, cols, "motCode"), "0")) {
            why = "a breakdown (partner2Code, customsCode or motCode not the total), not the total of the key";
        } else {
            String v = cell(row, cols, "primaryValue");
            if (v == null) {
                why = "no primaryValue";
            } else {
                try {
                    value = new BigDecimal(v);
                } catch (NumberFormatException e) {
                    why = "primaryValue '" + SdmxObservationMapper.clip(v) + "' is not a number";
                }
            }
        }
        if (why != null) {
            sink.reject(key, p.label(), "line " + line + ": " + why);
            return;
        }
        String commodity = cmd.equalsIgnoreCase(ALL_GOODS) ? null : cmd;
        sink.accept(new OfficialObservation(reporter, partner, flow, commodity, p.start(), p.end(), p.label(), value, 0, CURRENCY,
                Qualifier.EXACT, key, key + "@" + p.label()));
    }

    private static OfficialPeriod period(String period, String refYear, String refMonth, String freq) {
        if (period != null) {
            return OfficialPeriod.comtrade(period);
        }
        if (refYear == null) {
            throw new IllegalArgumentException("no period and no refYear");
        }
        boolean annual = "A".equalsIgnoreCase(freq) || refMonth == null || refMonth.equals("52");
        if (annual) {
            return OfficialPeriod.comtrade(refYear);
        }
        String m = refMonth.length() == 1 ? "0" + refMonth : refMonth;
        return OfficialPeriod.comtrade(refYear + m);
    }

    private static String country(List<String> row, Map<String, Integer> cols, String role) {
        String iso = cell(row, cols, role + "ISO");
        if (iso != null) {
            return IsoCountries.toAlpha2(iso, CountryCodes.ISO_ALPHA3);
        }
        String code = cell(row, cols, role + "Code");
        if (code == null) {
            return null;
        }
        String stripped = code.replaceFirst("^0+(?=\\d)", "");
        String comtrade = COMTRADE_NUMERIC.get(stripped);
        return comtrade != null ? comtrade : IsoCountries.toAlpha2(stripped, CountryCodes.ISO_NUMERIC);
    }

    private static boolean isTotal(String v, String total) {
        return v == null || v.equalsIgnoreCase(total) || (total.equals("0") && v.matches("0+"));
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
