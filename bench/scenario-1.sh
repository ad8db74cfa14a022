#!/usr/bin/env bash
# Scenario 1 - point read: GET /api/v1/trade/figures/{id} (random existing ids, wrk) against pgbench
# running the same primary-key SELECT on the same database, both with 32 connections for the same time.
# Goal: our rate >= 0.40 of pgbench's; our p99 <= 20 ms.
source "$(dirname "$0")/lib.sh"

ROWS="${BENCH_ROWS:-1000000}"
DB="bench_$ROWS"
CONNS=32
DUR="${BENCH_DURATION:-20s}"
OUT="$RESULTS/results.tsv"

pg_start
build_services
"$BENCH_DIR/generate" "$ROWS" "$DB"

start_service trade-service "$TRADE_PORT" "$DB"
TRADE_PID=$STARTED_PID
wait_ready "$TRADE_PORT" "$TRADE_PID" >/dev/null
URL="http://127.0.0.1:$TRADE_PORT/api/v1/trade/figures/1"

cat >"$TARGET/point-read.sql" <<EOF
\set id random(1, $ROWS)
SELECT * FROM trade.figure WHERE id = :id;
EOF

lock_cpu
log "warm-up (JIT, pool, caches) until the rate is steady"
warm_up "$URL" "$BENCH_DIR/lua/ids.lua" "$ROWS"
log "ours: wrk -c$CONNS -d$DUR"
app0=$(cpu_ticks "$TRADE_PID"); pg0=$(pg_ticks); all0=$(machine_ticks)
read -r ours_rps ours_p50 ours_p99 ours_err _ < <(wrk_run "$URL" "$CONNS" "$DUR" "$BENCH_DIR/lua/ids.lua" "$ROWS")
app_us=$(us_per_op $(( $(cpu_ticks "$TRADE_PID") - app0 )) "$ours_rps" "${DUR%s}"); pg_us=$(us_per_op $(( $(pg_ticks) - pg0 )) "$ours_rps" "${DUR%s}")
all_us=$(us_per_op $(( $(machine_ticks) - all0 )) "$ours_rps" "${DUR%s}")
rss_after=$(rss_mb "$TRADE_PID")
log "baseline: pgbench -c$CONNS -T${DUR%s} -M prepared"
pg0=$(pg_ticks); all0=$(machine_ticks)
pg_out=$(pgbench -n -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -c "$CONNS" -j 2 -T "${DUR%s}" -M prepared \
    -f "$TARGET/point-read.sql" "$DB" 2>&1)
unlock_cpu
echo "$pg_out" >"$LOGS/pgbench-scenario-1.log"
pg_tps=$(awk '/^tps/ { print $3; exit }' <<<"$pg_out")
pgbench_all_us=$(us_per_op $(( $(machine_ticks) - all0 )) "$pg_tps" "${DUR%s}")
sleep 1 # the postmaster reaps pgbench's sessions, whose CPU then counts in its children's time
pgbench_pg_us=$(us_per_op $(( $(pg_ticks) - pg0 )) "$pg_tps" "${DUR%s}")
pg_lat=$(awk '/latency average/ { print $4 }' <<<"$pg_out")

r=$(ratio "$ours_rps" "$pg_tps")
echo
echo "Scenario 1: point read, $ROWS figures, $CONNS connections, $DUR   ($(machine))"
printf '%-34s %12s %10s %10s\n' "" "req/s" "p50 ms" "p99 ms"
printf '%-34s %12s %10s %10s\n' "GET /figures/{id} (wrk)" "$ours_rps" "$ours_p50" "$ours_p99"
printf '%-34s %12s %10s %10s\n' "PK SELECT (pgbench -M prepared)" "$pg_tps" "avg $pg_lat" "-"
echo "errors/non-2xx: $ours_err   trade-service RSS after load: ${rss_after} MB"
# what each request costs on the two shared cores: the goal's ratio is bound by the database's and the load
# generator's share as much as by ours
echo "CPU per request: trade-service ${app_us} us, PostgreSQL ${pg_us} us, whole machine ${all_us} us (wrk, kernel and the rest: the difference)"
echo "CPU per pgbench query: PostgreSQL ${pgbench_pg_us} us, whole machine ${pgbench_all_us} us"
echo "ratio ours/pgbench = $r (goal >= 0.40: $(met "$r" '>=' 0.40));  p99 = $ours_p99 ms (goal <= 20: $(met "$ours_p99" '<=' 20))"
result_row "$OUT" "1 point read" "req/s" "$ours_rps" "$pg_tps" "$r" ">= 0.40" "$(met "$r" '>=' 0.40)" "${BENCH_LABEL:-}"
result_row "$OUT" "1 point read" "trade CPU us/req" "$app_us" "-" "-" "-" "-" "${BENCH_LABEL:-}"
result_row "$OUT" "1 point read" "PostgreSQL CPU us/req" "$pg_us" "$pgbench_pg_us" "$(ratio "$pg_us" "$pgbench_pg_us")" "-" "-" "${BENCH_LABEL:-}"
result_row "$OUT" "1 point read" "machine CPU us/req" "$all_us" "$pgbench_all_us" "$(ratio "$all_us" "$pgbench_all_us")" "-" "-" "${BENCH_LABEL:-}"
result_row "$OUT" "1 point read" "p99 ms" "$ours_p99" "-" "-" "<= 20" "$(met "$ours_p99" '<=' 20)" "${BENCH_LABEL:-}"
