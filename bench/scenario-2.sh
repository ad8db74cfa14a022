#!/usr/bin/env bash
# Scenario 2 - scale: at 10,000 / 1,000,000 / 10,000,000 figures, the latency of
#   page:   GET /api/v1/trade/figures?reporter=R&partner=P&flow=F&region=none&year=Y&sort=-period,commodity&size=20
#   series: GET /api/v1/trade/series?reporter=R&partner=P&flow=F[&commodity=C]   (120 monthly points = 10 years)
# over 200 random keys that exist at that size (wrk, 8 connections). The baseline is the same
# service on the 10,000-row table in the same run. EXPLAIN (ANALYZE, BUFFERS) of the statements the
# service runs go to bench/results/plans-<rows>.txt.
# Goals at 10M: page p99 <= 50 ms, series p99 <= 100 ms, each <= 2x its 10k p99.
source "$(dirname "$0")/lib.sh"

SIZES=(${BENCH_SIZES:-10000 1000000 10000000})
CONNS="${BENCH_CONNS:-8}"
DUR="${BENCH_DURATION:-15s}"
OUT="$RESULTS/results.tsv"

pg_start
build_services
for rows in "${SIZES[@]}"; do "$BENCH_DIR/generate" "$rows"; done

# keys: 200 random existing figures' series keys, written as page and series paths
write_paths() {
    local rows="$1"
    psql_db "bench_$rows" -tA -F ' ' -c "SELECT f.reporter, f.partner, f.flow, coalesce(f.commodity, '-'), 2016 + (g % 10)
        FROM generate_series(1, 200) g JOIN trade.figure f ON f.id = 1 + ((g * 7919 + $rows / 3) % $rows)" |
    while read -r rep par flow com year; do
        echo "/api/v1/trade/figures?reporter=$rep&partner=$par&flow=$flow&region=none&year=$year&sort=-period,commodity&size=20" >&3
        echo "/api/v1/trade/series?reporter=$rep&partner=$par&flow=$flow$([[ $com != - ]] && echo "&commodity=$com")" >&4
    done 3>"$TARGET/page-paths-$rows.txt" 4>"$TARGET/series-paths-$rows.txt"
}

# The statements the service sends (TableReader.page: count, then the page; Figure.seriesOf), for one key
explain() {
    local rows="$1" key rep par flow com year
    key=$(head -1 "$TARGET/page-paths-$rows.txt")
    rep=$(sed 's/.*reporter=\([A-Z]*\).*/\1/' <<<"$key"); par=$(sed 's/.*partner=\([A-Z]*\).*/\1/' <<<"$key")
    flow=$(sed 's/.*flow=\([A-Z]*\).*/\1/' <<<"$key"); year=$(sed 's/.*year=\([0-9]*\).*/\1/' <<<"$key")
    com=$(head -1 "$TARGET/series-paths-$rows.txt" | sed -n 's/.*commodity=\([0-9]*\).*/\1/p')
    local where="t.reporter = '$rep' AND t.partner = '$par' AND t.flow = '$flow' AND t.period_start >= '$year-01-01' AND t.period_end <= '$year-12-31' AND t.region IS NULL"
    local series_com=$([[ -n $com ]] && echo "t.commodity = '$com'" || echo "t.commodity IS NULL")
    {
        echo "# $rows figures; $(date -u +%FT%TZ); key $rep-$par $flow year $year commodity ${com:-all}"
        for sql in \
            "SELECT count(*) FROM trade.figure t WHERE $where" \
            "SELECT t.* FROM trade.figure t WHERE $where ORDER BY t.period_start DESC NULLS LAST, t.commodity ASC NULLS FIRST, t.id ASC LIMIT 20 OFFSET 0" \
            "SELECT t.* FROM trade.figure t WHERE t.reporter = '$rep' AND t.partner = '$par' AND t.flow = '$flow' AND t.region IS NULL AND $series_com ORDER BY t.period_start, t.period_end, t.id"; do
            echo; echo "## $sql"
            psql_db "bench_$rows" -c "EXPLAIN (ANALYZE, BUFFERS) $sql"
        done
    } >"$RESULTS/plans-$rows.txt"
}

declare -A PAGE50 PAGE99 SER50 SER99
[[ "${BENCH_PLANS_ONLY:-0}" == 1 ]] || lock_cpu   # once for all sizes (about 3 minutes)
for rows in "${SIZES[@]}"; do
    write_paths "$rows"
    start_service trade-service "$TRADE_PORT" "bench_$rows"
    wait_ready "$TRADE_PORT" "$STARTED_PID" >/dev/null
    explain "$rows"   # after the start: the service's migrations (indexes) are in place
    if [[ "${BENCH_PLANS_ONLY:-0}" == 1 ]]; then stop_all; continue; fi
    base="http://127.0.0.1:$TRADE_PORT/api/v1/trade/figures"
    log "$rows: warm-up of each query until its rate is steady"
    warm_up "$base" "$BENCH_DIR/lua/paths.lua" "$TARGET/page-paths-$rows.txt"
    warm_up "$base" "$BENCH_DIR/lua/paths.lua" "$TARGET/series-paths-$rows.txt"
    log "$rows: page and series, $CONNS connections, $DUR each"
    read -r _ PAGE50[$rows] PAGE99[$rows] _ < <(wrk_run "$base" "$CONNS" "$DUR" "$BENCH_DIR/lua/paths.lua" "$TARGET/page-paths-$rows.txt")
    read -r _ SER50[$rows] SER99[$rows] _ < <(wrk_run "$base" "$CONNS" "$DUR" "$BENCH_DIR/lua/paths.lua" "$TARGET/series-paths-$rows.txt")
    stop_all
done
[[ "${BENCH_PLANS_ONLY:-0}" == 1 ]] && { echo "plans: $RESULTS/plans-*.txt"; exit 0; }
unlock_cpu

small=${SIZES[0]}; big=${SIZES[${#SIZES[@]} - 1]}
echo
echo "Scenario 2: latency by table size, $CONNS connections, $DUR per measurement   ($(machine))"
printf '%-12s %12s %12s %14s %14s\n' "figures" "page p50 ms" "page p99 ms" "series p50 ms" "series p99 ms"
for rows in "${SIZES[@]}"; do
    printf '%-12s %12s %12s %14s %14s\n' "$rows" "${PAGE50[$rows]}" "${PAGE99[$rows]}" "${SER50[$rows]}" "${SER99[$rows]}"
done
rp=$(ratio "${PAGE99[$big]}" "${PAGE99[$small]}"); rs=$(ratio "${SER99[$big]}" "${SER99[$small]}")
echo "page:   p99 at $big = ${PAGE99[$big]} ms (goal <= 50: $(met "${PAGE99[$big]}" '<=' 50)), x$rp of $small (goal <= 2: $(met "$rp" '<=' 2))"
echo "series: p99 at $big = ${SER99[$big]} ms (goal <= 100: $(met "${SER99[$big]}" '<=' 100)), x$rs of $small (goal <= 2: $(met "$rs" '<=' 2))"
echo "plans: $RESULTS/plans-*.txt"
result_row "$OUT" "2 page @$big" "p99 ms" "${PAGE99[$big]}" "${PAGE99[$small]} (@$small)" "$rp" "<= 50 ms, <= 2x" \
    "$(met "${PAGE99[$big]}" '<=' 50) / $(met "$rp" '<=' 2)" "${BENCH_LABEL:-}"
result_row "$OUT" "2 series @$big" "p99 ms" "${SER99[$big]}" "${SER99[$small]} (@$small)" "$rs" "<= 100 ms, <= 2x" \
    "$(met "${SER99[$big]}" '<=' 100) / $(met "$rs" '<=' 2)" "${BENCH_LABEL:-}"
