#!/usr/bin/env bash
# Scenario 7 - the overview: GET /api/v1/overview (default pair) through the gateway, with trade-,
# agreements- and ventures-service behind it on one seeded database (seeds ON: the overview reads the
# real pair, its series, targets, in-force agreements and venture statistics).
# Baseline in the same run: the scenario-4 point read through the same gateway
# (GET /api/v1/trade/figures/{random seeded id}), one proxied call per request.
# Also measured: the overview revalidated with If-None-Match (the answer a browser that has it gets).
# Goal: overview >= 2,000 req/s and p99 <= 50 ms at 32 connections.
source "$(dirname "$0")/lib.sh"

DB=bench_overview
CONNS=32
DUR="${BENCH_DURATION:-20s}"
OUT="$RESULTS/results.tsv"

pg_start
build_services
ensure_db "$DB"

# every service on the one database (each in its own schema), its seeds imported at start
for svc in trade-service:$TRADE_PORT agreements-service:$AGREEMENTS_PORT ventures-service:$VENTURES_PORT; do
    BENCH_SEED=true start_service "${svc%%:*}" "${svc##*:}" "$DB"
    wait_ready "${svc##*:}" "$STARTED_PID" >/dev/null
done
start_gateway
GATEWAY_PID=$STARTED_PID
wait_ready "$GATEWAY_PORT" "$GATEWAY_PID" >/dev/null

OVERVIEW="http://127.0.0.1:$GATEWAY_PORT/api/v1/overview"
# the overview must be whole (no degraded section) or the figures measure a fallback; the first calls of fresh JVMs
# may take longer than the overview's 3 s timeout
for _ in $(seq 1 30); do
    body=$(curl -sf "$OVERVIEW" || true)
    grep -q '"degraded":\[\]' <<<"$body" && break
    sleep 2
done
if ! grep -q '"degraded":\[\]' <<<"$body"; then
    echo "the overview is degraded, not measuring: $body" >&2; exit 1
fi
log "overview: ${body:0:400}"
MAX_ID=$(psql_db "$DB" -tA -c "SELECT max(id) FROM trade.figure")
IDS="$BENCH_DIR/lua/ids.lua"
ETAG=$(curl -sfI "$OVERVIEW" | awk -F': ' 'tolower($1) == "etag" { sub(/\r$/, "", $2); print $2 }')

lock_cpu
log "warm-up: overview, then the point read through the gateway"
warm_up "$OVERVIEW"
warm_up "http://127.0.0.1:$GATEWAY_PORT/api/v1/trade/figures/1" "$IDS" "$MAX_ID"
declare -A RPS P50 P99
log "overview: $CONNS connections, $DUR"
read -r RPS[overview] P50[overview] P99[overview] _ < <(wrk_run "$OVERVIEW" "$CONNS" "$DUR")
log "point read through the gateway: $CONNS connections, $DUR"
read -r RPS[point] P50[point] P99[point] _ < <(wrk_run "http://127.0.0.1:$GATEWAY_PORT/api/v1/trade/figures/1" "$CONNS" "$DUR" "$IDS" "$MAX_ID")
if [[ -n "$ETAG" ]]; then
    log "overview with If-None-Match $ETAG: $CONNS connections, $DUR"
    read -r RPS[revalidate] P50[revalidate] P99[revalidate] _ < <(wrk_run "$OVERVIEW" "$CONNS" "$DUR" \
        "$BENCH_DIR/lua/if-none-match.lua" "$ETAG")
fi
unlock_cpu
gw_rss=$(rss_mb "$GATEWAY_PID")

r=$(ratio "${RPS[overview]}" "${RPS[point]}")
echo
echo "Scenario 7: GET /api/v1/overview through the gateway, seeded services   ($(machine))"
printf '%-34s %12s %14s %14s\n' "request" "req/s (c$CONNS)" "p50 ms" "p99 ms"
printf '%-34s %12s %14s %14s\n' "overview" "${RPS[overview]}" "${P50[overview]}" "${P99[overview]}"
[[ -n "$ETAG" ]] && printf '%-34s %12s %14s %14s\n' "overview, If-None-Match (304)" "${RPS[revalidate]}" "${P50[revalidate]}" "${P99[revalidate]}"
printf '%-34s %12s %14s %14s\n' "point read via gateway (baseline)" "${RPS[point]}" "${P50[point]}" "${P99[point]}"
echo "gateway RSS after load: ${gw_rss} MB; overview ETag: ${ETAG:-none}"
echo "overview/point-read rate = $r; overview >= 2000 req/s: $(met "${RPS[overview]}" '>=' 2000); p99 <= 50 ms: $(met "${P99[overview]}" '<=' 50)"
result_row "$OUT" "7 overview" "req/s overview vs gateway point read" "${RPS[overview]}" "${RPS[point]}" "$r" ">= 2000 req/s" \
    "$(met "${RPS[overview]}" '>=' 2000)" "${BENCH_LABEL:-}"
result_row "$OUT" "7 overview" "p99 ms overview (c$CONNS)" "${P99[overview]}" "${P99[point]} (point read)" "-" "<= 50" \
    "$(met "${P99[overview]}" '<=' 50)" "${BENCH_LABEL:-}"
