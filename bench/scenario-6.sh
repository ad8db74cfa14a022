#!/usr/bin/env bash
# Scenario 6 - live change stream under load: BENCH_CONSUMERS (200) concurrent SSE consumers of
# trade-service's /changes/stream while a writer makes BENCH_CHANGE_RATE (1000) changes a second for
# BENCH_DURATION (60 s): pgbench at a fixed rate updating random figures (each UPDATE leaves a
# revision through the trigger, as an API write does). Loopback only, bounded in count and time.
# Reports: whether every consumer received every change (in order, none twice), end-to-end latency
# p50/p99 (recordedAt of the revision to arrival at the consumer) and trade-service's RSS.
# Goal: every consumer complete; p99 <= 1000 ms.
source "$(dirname "$0")/lib.sh"

ROWS=10000
DB="bench_$ROWS"
CONSUMERS="${BENCH_CONSUMERS:-200}"
RATE="${BENCH_CHANGE_RATE:-1000}"
DURATION="${BENCH_DURATION:-60}"
OUT="$RESULTS/results.tsv"

pg_start
build_services
"$BENCH_DIR/generate" "$ROWS" "$DB"
# the per-client stream limit counts by address: every consumer here is 127.0.0.1
start_service trade-service "$TRADE_PORT" "$DB" BILATERAL_STREAM_MAX_PER_CLIENT=$((CONSUMERS + 10)) \
    BILATERAL_STREAM_MAX_TOTAL=$((CONSUMERS + 10)) BILATERAL_WEBHOOKS_DELIVER=false
wait_ready "$TRADE_PORT" "$STARTED_PID" >/dev/null
TRADE_PID=$STARTED_PID

SINCE=$(psql_db "$DB" -tA -c "SELECT coalesce(max(seq), 0) FROM trade.revision")
LAST="$LOGS/stream-last-cursor"
echo 0 >"$LAST"
cat >"$LOGS/stream-writer.sql" <<SQL
\set id random(1, $ROWS)
UPDATE trade.figure SET amount = amount + 1, version = version + 1 WHERE id = :id;
SQL

lock_cpu
log "$CONSUMERS consumers on /api/v1/trade/changes/stream since $SINCE"
java "$BENCH_DIR/stream/StreamConsumers.java" "http://127.0.0.1:$TRADE_PORT/api/v1/trade/changes/stream" "$CONSUMERS" "$SINCE" \
    "$LAST" $((DURATION + 300)) >"$LOGS/stream-consumers.out" 2>"$LOGS/stream-consumers.err" &
CONSUMERS_PID=$!
sleep 10 # every consumer connected and live
log "writer: $RATE changes/s for $DURATION s"
PGPASSWORD=bench pgbench -n -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -R "$RATE" -T "$DURATION" -c 4 -j 2 \
    -f "$LOGS/stream-writer.sql" "$DB" >"$LOGS/stream-writer.out" 2>&1 &
WRITER_PID=$!
RSS_MAX=0
while kill -0 "$WRITER_PID" 2>/dev/null; do
    rss=$(rss_mb "$TRADE_PID"); (( rss > RSS_MAX )) && RSS_MAX=$rss
    sleep 2
done
psql_db "$DB" -tA -c "SELECT max(seq) FROM trade.revision" >"$LAST"
CHANGES=$(( $(cat "$LAST") - SINCE ))
wait "$CONSUMERS_PID"
unlock_cpu
read -r _ n complete min_events p50 p99 max disorder < <(grep '^RESULT' "$LOGS/stream-consumers.out")
log "changes written: $CHANGES; consumers complete: $complete/$n (fewest events: $min_events; out of order or twice: $disorder)"
log "latency p50 ${p50} ms, p99 ${p99} ms, max ${max} ms; trade-service RSS peak ${RSS_MAX} MB"
result_row "$OUT" scenario-6 "stream-complete-consumers" "$complete" "$n" "$(ratio "$complete" "$n")" "1.00" \
    "$(met "$complete" ">=" "$n")"
result_row "$OUT" scenario-6 "stream-latency-p99-ms" "$p99" "-" "-" "<=1000" "$(met "$p99" "<=" 1000)"
result_row "$OUT" scenario-6 "stream-latency-p50-ms" "$p50" "-" "-" "-" "-"
result_row "$OUT" scenario-6 "stream-trade-rss-peak-mb" "$RSS_MAX" "-" "-" "<=300" "$(met "$RSS_MAX" "<=" 300)"
