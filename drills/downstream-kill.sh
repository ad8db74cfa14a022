#!/usr/bin/env bash
# Drill: the whole platform (PostgreSQL, three services, gateway) under read load through the
# gateway; ventures-service is killed (SIGKILL) mid-load, then started again. Prints, per route and
# phase (before/during/after), median and 99th-percentile latency, throughput and failed answers,
# and the overview's degraded flag: the other routes must keep their latency, the overview must
# degrade (partial, flagged) and then recover by itself.
# Usage: drills/downstream-kill.sh [seconds per phase, default 10] [connections per route, default 4]
source "$(dirname "$0")/lib.sh"
PHASE=${1:-10}
CONNS=${2:-4}
require_jars gateway trade-service agreements-service ventures-service
trap cleanup EXIT
GW=http://localhost:${PORT[gateway]}
declare -A ROUTE=(
  [trade]="/api/v1/trade/figures?reporter=BY&partner=KZ"
  [agreements]="/api/v1/agreements?party=KZ"
  [ventures]="/api/v1/ventures?hostCountry=KZ"
  [overview]="/api/v1/overview?reporter=BY&partner=KZ")
ORDER=(trade agreements ventures overview)

log "PostgreSQL 15 on $PGPORT, services on 38081-38083, gateway on 38080 (rate limit off for the drill)"
pg_init
for s in trade-service agreements-service ventures-service; do start_app "$s"; done
for s in trade-service agreements-service ventures-service; do wait_ready "$s"; done
start_app gateway BILATERAL_GATEWAY_RATE_LIMIT_ENABLED=false
wait_ready gateway
for r in "${ORDER[@]}"; do curl -fs -o /dev/null "$GW${ROUTE[$r]}"; done # warm up

overview_state() { curl -s "$GW${ROUTE[overview]}" | jq -c '{degraded}'; }

# runs wrk on every route at once for one phase; an optional command runs 1 s into it
phase() {
  local name=$1 during=${2:-}
  local pids=()
  for r in "${ORDER[@]}"; do
    wrk -t1 -c"$CONNS" -d"${PHASE}s" --timeout 5s --latency "$GW${ROUTE[$r]}" >"$WORK/wrk-$name-$r.txt" 2>&1 &
    pids+=($!)
  done
  if [[ -n $during ]]; then sleep 1; eval "$during"; fi
  wait "${pids[@]}" || true
  for r in "${ORDER[@]}"; do
    awk -v phase="$name" -v route="$r" '
      /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Requests\/sec/ {rps=$2} /requests in/ {n=$1}
      /Non-2xx/ {bad=$NF} /Socket errors/ {err=$0}
      END {printf "%-7s %-11s p50=%-9s p99=%-9s req/s=%-8s requests=%-6s non-2xx=%s %s\n", phase, route, p50, p99, rps, n, bad+0, err}' \
      "$WORK/wrk-$name-$r.txt"
  done
  echo "$name     overview: $(overview_state)"
}

echo "--- latencies through the gateway, $CONNS connections per route, ${PHASE}s per phase ---"
phase before
phase during 'kill -9 $(app_pid ventures-service); echo "(ventures-service killed)"'
start_app ventures-service
T0=$SECONDS
wait_ready ventures-service
log "ventures-service ready again after $((SECONDS - T0))s"
until [[ $(overview_state) == '{"degraded":[]}' ]]; do sleep 0.5; done
log "overview whole again $((SECONDS - T0))s after the restart (breaker half-open probe included)"
phase after
