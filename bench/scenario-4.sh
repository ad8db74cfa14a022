#!/usr/bin/env bash
# Scenario 4 - gateway: the scenario-1 read (GET /api/v1/trade/figures/{random id}) directly against
# trade-service, through the gateway, and through nginx (plain reverse proxy, keepalive upstream)
# in front of the same service instance, in the same run.
# Rate: 32 connections. Added latency: p50 at 1 connection (no queueing), gateway minus direct.
# Goal: gateway rate >= 0.8 of nginx's; gateway p50 - direct p50 <= 1 ms.
# The gateway runs with BILATERAL_GATEWAY_RATE_LIMIT_ENABLED=false: wrk is one client and would be
# held to the per-client limit (300/min) otherwise.
source "$(dirname "$0")/lib.sh"

ROWS="${BENCH_ROWS:-1000000}"
DB="bench_$ROWS"
CONNS=32
DUR="${BENCH_DURATION:-15s}"
OUT="$RESULTS/results.tsv"

pg_start
build_services
"$BENCH_DIR/generate" "$ROWS" "$DB"

start_service trade-service "$TRADE_PORT" "$DB"
wait_ready "$TRADE_PORT" "$STARTED_PID" >/dev/null
start_gateway
GATEWAY_PID=$STARTED_PID
wait_ready "$GATEWAY_PORT" "$GATEWAY_PID" >/dev/null

# nginx: generated config, everything under bench/target/nginx
NGX="$TARGET/nginx"
mkdir -p "$NGX/logs" "$NGX/tmp"
cat >"$NGX/nginx.conf" <<EOF
worker_processes ${BENCH_NGINX_WORKERS:-auto};
pid $NGX/nginx.pid;
error_log $NGX/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $NGX/tmp/body;
    proxy_temp_path $NGX/tmp/proxy;
    fastcgi_temp_path $NGX/tmp/fastcgi;
    uwsgi_temp_path $NGX/tmp/uwsgi;
    scgi_temp_path $NGX/tmp/scgi;
    upstream trade {
        server 127.0.0.1:$TRADE_PORT;
        keepalive 64;
    }
    server {
        listen 127.0.0.1:$NGINX_PORT;
        location / {
            proxy_pass http://trade;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host;
        }
    }
}
EOF
nginx -p "$NGX" -c "$NGX/nginx.conf" -g 'daemon off;' >"$LOGS/nginx.log" 2>&1 &
BENCH_PIDS+=("$!")
for _ in $(seq 1 50); do curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT/api/v1/trade/figures/1" && break; sleep 0.1; done

PATH_ID=/api/v1/trade/figures/1
IDS="$BENCH_DIR/lua/ids.lua"
lock_cpu
log "warm-up through each path until its rate is steady"
for port in "$TRADE_PORT" "$GATEWAY_PORT" "$NGINX_PORT"; do
    warm_up "http://127.0.0.1:$port$PATH_ID" "$IDS" "$ROWS"
done
declare -A RPS P50 P99 L50
for name in direct gateway nginx; do
    case $name in direct) port=$TRADE_PORT ;; gateway) port=$GATEWAY_PORT ;; nginx) port=$NGINX_PORT ;; esac
    log "$name: rate at $CONNS connections, $DUR"
    read -r RPS[$name] P50[$name] P99[$name] _ < <(wrk_run "http://127.0.0.1:$port$PATH_ID" "$CONNS" "$DUR" "$IDS" "$ROWS")
done
for name in direct gateway nginx; do
    case $name in direct) port=$TRADE_PORT ;; gateway) port=$GATEWAY_PORT ;; nginx) port=$NGINX_PORT ;; esac
    log "$name: latency at 1 connection, 10 s"
    out=$(wrk -t1 -c1 -d10s --latency -s "$IDS" "http://127.0.0.1:$port$PATH_ID" -- "$ROWS")
    L50[$name]=$(grep '^RESULT' <<<"$out" | awk '{print $3}')
done
unlock_cpu
gw_rss=$(rss_mb "$GATEWAY_PID")

r=$(ratio "${RPS[gateway]}" "${RPS[nginx]}")
added=$(awk -v g="${L50[gateway]}" -v d="${L50[direct]}" 'BEGIN { printf "%.3f", g - d }')
added_ngx=$(awk -v g="${L50[nginx]}" -v d="${L50[direct]}" 'BEGIN { printf "%.3f", g - d }')
echo
echo "Scenario 4: GET /figures/{id} direct / gateway / nginx, $ROWS figures   ($(machine))"
printf '%-10s %12s %14s %14s %16s\n' "path" "req/s (c$CONNS)" "p50 ms (c$CONNS)" "p99 ms (c$CONNS)" "p50 ms (c1)"
for name in direct gateway nginx; do
    printf '%-10s %12s %14s %14s %16s\n' "$name" "${RPS[$name]}" "${P50[$name]}" "${P99[$name]}" "${L50[$name]}"
done
echo "gateway RSS after load: ${gw_rss} MB"
echo "gateway/nginx rate = $r (goal >= 0.80: $(met "$r" '>=' 0.80)); added p50 gateway-direct = $added ms (goal <= 1: $(met "$added" '<=' 1)); nginx-direct = $added_ngx ms"
result_row "$OUT" "4 gateway" "req/s gateway vs nginx" "${RPS[gateway]}" "${RPS[nginx]}" "$r" ">= 0.80" "$(met "$r" '>=' 0.80)" "${BENCH_LABEL:-}"
result_row "$OUT" "4 gateway" "added p50 ms (c1)" "$added" "${added_ngx} (nginx)" "-" "<= 1" "$(met "$added" '<=' 1)" "${BENCH_LABEL:-}"
