#!/usr/bin/env bash
# Scenario 3 - bulk import: 1,000,000 figures as one CSV file through
#   POST /api/v1/trade/figures/import   (Content-Type: text/csv, header row, editor JWT)
# into an empty trade schema, against raw COPY (psql \copy) of the SAME file into a table of the
# figure's shape with the same indexes and constraints (CREATE TABLE ... (LIKE trade.figure
# INCLUDING ALL), no revision trigger), in the same run. Also printed: \copy into an unindexed table.
# trade-service's RSS is sampled from /proc/<pid>/status every 200 ms during the import.
# Goals: endpoint rows/s >= 0.5 of COPY's; RSS growth (peak minus before) < 100 MB.
# BENCH_IMPORT_FORMAT=ndjson sends the same rows as application/x-ndjson instead.
source "$(dirname "$0")/lib.sh"

ROWS="${BENCH_IMPORT_ROWS:-1000000}"
SRC_DB="bench_$ROWS"        # the generated figures are the file's content
DB=bench_import
FORMAT="${BENCH_IMPORT_FORMAT:-csv}"
OUT="$RESULTS/results.tsv"
CSV="$TARGET/import-$ROWS.csv"
WARM="$TARGET/import-warmup.csv"

pg_start
build_services
"$BENCH_DIR/generate" "$ROWS" "$SRC_DB"

# the file: the CSV export's column names, one figure a line
COLS='reporter AS "reporter", partner AS "partner", region AS "region", flow AS "flow", commodity AS "commodity",
      period_start AS "period.start", period_end AS "period.end", period_label AS "period.label",
      amount AS "value.amount", unit AS "value.unit", scale AS "value.scale", qualifier AS "value.qualifier",
      source_id AS "source.source", locator AS "source.locator"'
if [[ ! -s "$CSV" ]]; then
    log "writing $CSV"
    psql_db "$SRC_DB" -c "\\copy (SELECT $COLS FROM trade.figure ORDER BY id) TO '$CSV' WITH (FORMAT csv, HEADER)"
fi
# warm-up file: other keys (another source), so the measured import still inserts every row
psql_db "$SRC_DB" -c "\\copy (SELECT $(sed "s/source_id AS/'bench-warmup'::text AS/" <<<"$COLS") FROM trade.figure ORDER BY id LIMIT 20000) TO '$WARM' WITH (FORMAT csv, HEADER)"
if [[ $FORMAT == ndjson ]]; then
    CT=application/x-ndjson
    for f in "$CSV" "$WARM"; do
        python3 - "$f" >"${f%.csv}.ndjson" <<'PY'
import csv, json, sys
for r in csv.DictReader(open(sys.argv[1])):
    o = {"reporter": r["reporter"], "partner": r["partner"], "flow": r["flow"],
         "period": {"start": r["period.start"], "end": r["period.end"], "label": r["period.label"]},
         "value": {"amount": float(r["value.amount"]), "unit": r["value.unit"], "scale": int(r["value.scale"]), "qualifier": r["value.qualifier"]},
         "source": {"source": r["source.source"], "locator": r["source.locator"]}}
    if r["region"]: o["region"] = r["region"]
    if r["commodity"]: o["commodity"] = r["commodity"]
    print(json.dumps(o))
PY
    done
    CSV="${CSV%.csv}.ndjson"; WARM="${WARM%.csv}.ndjson"
else
    CT=text/csv
fi

# a fresh, migrated, empty trade schema
psql_db postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
BENCH_LOG_LEVEL=INFO start_service trade-service "$TRADE_PORT" "$DB"
PID=$STARTED_PID
wait_ready "$TRADE_PORT" "$PID" >/dev/null
psql_db "$DB" -c "INSERT INTO trade.source (id, publisher, summary) VALUES
    ('bench-synthetic', 'Bilateral bench', 'Synthetic figures written by bench/generate'),
    ('bench-warmup', 'Bilateral bench', 'Warm-up figures of bench/scenario-3.sh')"
TOKEN=$(java "$ROOT/dev/DevToken.java" editor --ttl=7200)
post() {  # post FILE -> prints "http_code seconds"
    curl -sS -o "$LOGS/import-response.json" -w '%{http_code} %{time_total}\n' -X POST -T "$1" \
        -H "Authorization: Bearer $TOKEN" -H "Content-Type: $CT" -H 'Expect:' \
        "http://127.0.0.1:$TRADE_PORT/api/v1/trade/figures/import"
}

lock_cpu
log "warm-up import (20,000 rows)"
read -r code _ < <(post "$WARM")
[[ $code == 2* ]] || { echo "warm-up import answered $code: $(head -c 600 "$LOGS/import-response.json")" >&2; exit 1; }
sleep 2
rss_before=$(rss_mb "$PID")
( while kill -0 "$PID" 2>/dev/null; do rss_mb "$PID"; echo; sleep 0.2; done ) >"$TARGET/import-rss.txt" &
SAMPLER=$!
log "import of $ROWS rows ($CT)"
read -r code secs < <(post "$CSV")
kill "$SAMPLER" 2>/dev/null || true
[[ $code == 2* ]] || { echo "import answered $code: $(head -c 600 "$LOGS/import-response.json")" >&2; exit 1; }
imported=$(psql_db "$DB" -tA -c "SELECT count(*) FROM trade.figure WHERE source_id = 'bench-synthetic'")
rss_peak=$(sort -n "$TARGET/import-rss.txt" | tail -1)

log "baseline: \\copy of the same file"
COPY_COLS="reporter, partner, region, flow, commodity, period_start, period_end, period_label, amount, unit, scale, qualifier, source_id, locator"
CSVFILE="$TARGET/import-$ROWS.csv"
psql_db "$DB" -c "DROP TABLE IF EXISTS public.bench_copy, public.bench_copy_bare" \
    -c "CREATE TABLE public.bench_copy (LIKE trade.figure INCLUDING ALL)" \
    -c "ALTER TABLE public.bench_copy ALTER version SET DEFAULT 1" \
    -c "CREATE TABLE public.bench_copy_bare (LIKE trade.figure INCLUDING DEFAULTS INCLUDING IDENTITY)" \
    -c "ALTER TABLE public.bench_copy_bare ALTER version SET DEFAULT 1"
t0=$(now_ms)
psql_db "$DB" -c "\\copy public.bench_copy ($COPY_COLS) FROM '$CSVFILE' WITH (FORMAT csv, HEADER)"
copy_secs=$(awk -v ms=$(( $(now_ms) - t0 )) 'BEGIN { printf "%.3f", ms / 1000 }')
t0=$(now_ms)
psql_db "$DB" -c "\\copy public.bench_copy_bare ($COPY_COLS) FROM '$CSVFILE' WITH (FORMAT csv, HEADER)"
bare_secs=$(awk -v ms=$(( $(now_ms) - t0 )) 'BEGIN { printf "%.3f", ms / 1000 }')
unlock_cpu
psql_db "$DB" -c "DROP TABLE public.bench_copy, public.bench_copy_bare"

ours=$(awk -v n="$ROWS" -v s="$secs" 'BEGIN { printf "%.0f", n / s }')
copy=$(awk -v n="$ROWS" -v s="$copy_secs" 'BEGIN { printf "%.0f", n / s }')
bare=$(awk -v n="$ROWS" -v s="$bare_secs" 'BEGIN { printf "%.0f", n / s }')
r=$(ratio "$ours" "$copy")
growth=$(( rss_peak - rss_before ))
echo
echo "Scenario 3: bulk import of $ROWS figures ($CT, $(du -h "$CSV" | cut -f1))   ($(machine))"
printf '%-52s %10s %12s\n' "" "seconds" "rows/s"
printf '%-52s %10s %12s\n' "POST /figures/import (HTTP $code, $imported rows stored)" "$secs" "$ours"
printf '%-52s %10s %12s\n' "\\copy into LIKE trade.figure INCLUDING ALL (baseline)" "$copy_secs" "$copy"
printf '%-52s %10s %12s\n' "\\copy into an unindexed table (reference)" "$bare_secs" "$bare"
echo "RSS before ${rss_before} MB, peak ${rss_peak} MB, growth ${growth} MB"
echo "ratio ours/COPY = $r (goal >= 0.5: $(met "$r" '>=' 0.5)); RSS growth ${growth} MB (goal < 100: $(met "$growth" '<=' 99))"
grep -h "Import of" "$LOGS/trade-service.log" | tail -1 | sed "s/.*\] /endpoint phases: /" || true
result_row "$OUT" "3 import ($FORMAT)" "rows/s" "$ours" "$copy" "$r" ">= 0.5" "$(met "$r" '>=' 0.5)" "${BENCH_LABEL:-}"
result_row "$OUT" "3 import ($FORMAT)" "RSS growth MB" "$growth" "-" "-" "< 100" "$(met "$growth" '<=' 99)" "${BENCH_LABEL:-}"
