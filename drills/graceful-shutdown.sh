#!/usr/bin/env bash
# Drill: SIGTERM trade-service while concurrent writes are in flight. Every request must end with a
# complete HTTP response or a clean connection refusal (never cut off half-answered), and every
# acknowledged write must be there when the service is started again. Prints the counts.
# Usage: drills/graceful-shutdown.sh [writers, default 16]
source "$(dirname "$0")/lib.sh"
WRITERS=${1:-16}
require_jars trade-service
trap cleanup EXIT

log "PostgreSQL 15 on port $PGPORT, trade-service on ${PORT[trade-service]}"
pg_init
start_app trade-service
wait_ready trade-service
TOKEN=$(editor_token)
# one write first, so the drill measures a warm service rather than its first-request start-up
curl -fs -o /dev/null -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"reporter":"PL","partner":"LV","flow":"EXPORT","period":{"start":"2000-01-01","end":"2000-12-31","label":"2000"},
       "value":{"amount":1,"unit":"USD","scale":6,"qualifier":"EXACT"},"source":{"source":"000_86346d2b20f6c8b6","locator":"p7"}}' \
  "http://localhost:${PORT[trade-service]}/api/v1/trade/figures"

log "load: $WRITERS writers for 14s; SIGTERM to trade-service after 6s"
java "$ROOT/drills/WriteLoad.java" "http://localhost:${PORT[trade-service]}" "$TOKEN" 14 "$WRITERS" "$WORK/acks.tsv" \
  >"$WORK/load.out" &
LOAD=$!
sleep 6
PID=$(app_pid trade-service)
T0=$(date +%s.%N)
kill -TERM "$PID"
while kill -0 "$PID" 2>/dev/null; do sleep 0.05; done
log "trade-service exited $(printf '%.2f' "$(echo "$(date +%s.%N) - $T0" | bc)")s after SIGTERM"
wait $LOAD
cat "$WORK/load.out"
grep -E "Shutdown|shutdown|stopped in" "$WORK/trade-service.log" | tail -3 || true

log "starting trade-service again"
start_app trade-service
wait_ready trade-service
ACKED=$(wc -l <"$WORK/acks.tsv")
PRESENT=0
while IFS=$'\t' read -r id version amount; do
  body=$(curl -fs "http://localhost:${PORT[trade-service]}/api/v1/trade/figures/$id") || continue
  if [[ $(jq -r '.version' <<<"$body") -ge $version ]]; then PRESENT=$((PRESENT + 1)); fi
done <"$WORK/acks.tsv"
CUT=$( (grep -o 'cut ([A-Za-z]*)=[0-9]*' "$WORK/load.out" || true) | awk -F= '{s+=$2} END {print s+0}')
echo "RESULT graceful-shutdown: requests cut off half-answered=$CUT acknowledged records=$ACKED present after restart (via the API)=$PRESENT"
if (( CUT == 0 && PRESENT == ACKED && ACKED > 0 )); then echo "PASS"; else echo "FAIL"; exit 1; fi
