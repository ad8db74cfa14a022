#!/usr/bin/env bash
# Scenario 11 - list pages answered from memory, and what writes cost them: the ventures service alone against its
# seeded bench database, wrk -t2 -c32 on the ventures list (page of 20) and on trade's figures list, each
#   (a) with the memory of list pages off (BILATERAL_LIST_CACHE_MAX_ITEMS=0): every request reads the database,
#   (b) with it on and nothing written: every request after the first is one position statement and the answer,
#   (c) with it on while another database session commits W writes a second to the same service (W = 10 and 100):
#       each write moves the change-feed position, so the next request loads the page again.
# Each run prints its rate and p99, the share of requests answered from memory (bilateral_list_pages_total on the
# management port), and its ratio to (a). No goal of the issue; it shows what the memory buys and where it stops.
# Knobs: BENCH_DURATION (per measurement, default 15s), BENCH_WRITE_RATES (default "10 100").
source "$(dirname "$0")/lib.sh"

CONNS=32
DUR="${BENCH_DURATION:-15s}"
OUT="$RESULTS/results.tsv"
RATES="${BENCH_WRITE_RATES:-10 100}"

for svc in trade ventures; do
    [[ -f "$ROOT/$svc-service/target/quarkus-app/quarkus-run.jar" ]] || { echo "build $svc-service first (bench/scenario-10.sh builds it)" >&2; exit 1; }
done

# service|port|list path|the update a writer repeats (a row the seeds always hold; any versioned table would do)
CASES=(
    "trade|$TRADE_PORT|/api/v1/trade/figures?size=20|UPDATE trade.figure SET note = coalesce(note, '') || '', version = version + 1 WHERE id = 1"
    "ventures|$VENTURES_PORT|/api/v1/ventures?size=20|UPDATE ventures.venture SET notes = coalesce(notes, '') || '', version = version + 1 WHERE id = 1"
)

# counts of bilateral_list_pages_total as "hit miss bypass"
pages_counts() {
    curl -sf "http://127.0.0.1:$(management_port "$1")/q/metrics" | awk '
        /^bilateral_list_pages_total/ { split($0, a, "result=\""); split(a[2], b, "\""); n[b[1]] = $NF }
        END { printf "%d %d %d\n", n["hit"], n["miss"], n["bypass"] }'
}

# writer DB SQL RATE: commits RATE updates a second until killed (one psql session; the sleeps set the pace)
writer() {
    local db="$1" sql="$2" rate="$3"
    awk -v sql="$sql" -v pause="$(awk -v r="$rate" 'BEGIN { printf "%.4f", 1 / r }')" \
        'BEGIN { for (i = 0; i < 1000000; i++) printf "%s;\nSELECT pg_sleep(%s);\n", sql, pause }' \
        | psql_db "$db" -o /dev/null 2>"$LOGS/writer.log"
}

# measure LABEL SVC PORT PATH: one wrk run, printed with the memory's hit share during it
declare -a ROWS_OUT=()
measure() {
    local label="$1" svc="$2" port="$3" path="$4" before after rps p50 p99 err hits misses bypasses share
    read -r h0 m0 b0 < <(pages_counts "$port")
    read -r rps p50 p99 err _ < <(wrk_run "http://127.0.0.1:$port$path" "$CONNS" "$DUR")
    read -r h1 m1 b1 < <(pages_counts "$port")
    hits=$((h1 - h0)); misses=$((m1 - m0)); bypasses=$((b1 - b0))
    share=$(awk -v h="$hits" -v m="$misses" -v b="$bypasses" 'BEGIN { t = h + m + b; printf "%.3f", t ? h / t : 0 }')
    MEASURED_RPS=$rps
    ROWS_OUT+=("$svc|$label|$rps|$p50|$p99|$err|$share")
}

pg_start
lock_cpu
for c in "${CASES[@]}"; do
    IFS='|' read -r svc port path sql <<<"$c"
    db="bench_seeded_$svc"
    ensure_db "$db"
    url="http://127.0.0.1:$port$path"

    BENCH_SEED=true start_service "$svc-service" "$port" "$db" BILATERAL_LIST_CACHE_MAX_ITEMS=0
    wait_ready "$port" "$STARTED_PID" >/dev/null
    curl -sf -o /dev/null "$url" || { echo "$svc: $path did not answer 200" >&2; exit 1; }
    log "$svc: warm-up, memory off"; warm_up "$url"
    measure "memory off" "$svc" "$port" "$path"; off=$MEASURED_RPS
    stop_all

    BENCH_SEED=true start_service "$svc-service" "$port" "$db"
    wait_ready "$port" "$STARTED_PID" >/dev/null
    log "$svc: warm-up, memory on"; warm_up "$url"
    measure "memory on, no writes" "$svc" "$port" "$path"
    result_row "$OUT" "11 list memory $svc no writes" "req/s" "$MEASURED_RPS" "$off" "$(ratio "$MEASURED_RPS" "$off")" "-" "-" "${BENCH_LABEL:-}" >/dev/null
    for rate in $RATES; do
        writer "$db" "$sql" "$rate" &
        wpid=$!
        sleep 2
        p0=$(psql_db "$db" -tA -c "SELECT max(seq) FROM $svc.revision")
        measure "memory on, $rate writes/s" "$svc" "$port" "$path"
        p1=$(psql_db "$db" -tA -c "SELECT max(seq) FROM $svc.revision")
        pkill -P "$wpid" 2>/dev/null || true; kill "$wpid" 2>/dev/null || true; wait "$wpid" 2>/dev/null || true
        log "$svc: $((p1 - p0)) writes committed during the measurement"
        (( p1 > p0 )) || { echo "the writer committed nothing; see $LOGS/writer.log" >&2; exit 1; }
        result_row "$OUT" "11 list memory $svc $rate writes/s" "req/s" "$MEASURED_RPS" "$off" "$(ratio "$MEASURED_RPS" "$off")" "-" "-" "${BENCH_LABEL:-}" >/dev/null
    done
    stop_all
done
unlock_cpu

echo
echo "Scenario 11: list pages with the memory of pages off and on, with and without writes, $CONNS connections, $DUR   ($(machine))"
printf '%-9s %-26s %10s %8s %8s %6s %14s\n' service run "req/s" "p50 ms" "p99 ms" errors "from memory"
for row in "${ROWS_OUT[@]}"; do
    IFS='|' read -r svc what rps p50 p99 err share <<<"$row"
    printf '%-9s %-26s %10s %8s %8s %6s %14s\n' "$svc" "$what" "$rps" "$p50" "$p99" "$err" "$share"
done
