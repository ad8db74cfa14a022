#!/usr/bin/env bash
# Scenario 4 - gateway: the scenario-1 read (GET /api/v1/trade/figures/{random id}) directly against
# trade-service, through the gateway, and through nginx (plain reverse proxy, keepalive upstream)
# in front of the same service instance, in the same run.
# Rate: 32 connections, in BENCH_ROUNDS (default 6) rounds of alternating windows, gateway then nginx and nginx then
# gateway in turn, each BENCH_WINDOW long (default 10s): the neighbours' load on a shared machine moves a single window
# by more than the proxies differ, a gateway window and the nginx window beside it much less. The ratio is the median of
# the rounds' ratios; CPU per request (utime + stime over a window / requests) is printed for both proxies.
# BENCH_GATEWAY_B=<a copied gateway/target/quarkus-app> adds a second gateway build to every round (on port
# GATEWAY_B_PORT, rounds in ABBA order), for an A/B of two builds under the same neighbours.
# Added latency: p50 at 1 connection (no queueing), gateway minus direct.
# Goal: gateway rate >= 0.8 of nginx's; gateway p50 - direct p50 <= 1 ms.
# The gateway runs with BILATERAL_GATEWAY_RATE_LIMIT_ENABLED=false: wrk is one client and would be
# held to the per-client limit (300/min) otherwise.
source "$(dirname "$0")/lib.sh"

ROWS="${BENCH_ROWS:-1000000}"
DB="bench_$ROWS"
CONNS=32
OUT="$RESULTS/results.tsv"
ROUNDS="${BENCH_ROUNDS:-6}"
WINDOW="${BENCH_WINDOW:-10s}"
# an even number of rounds, so that each path is first as often as second
if ! [[ $ROUNDS =~ ^[0-9]+$ ]] || (( ROUNDS < 2 || ROUNDS % 2 )); then
    echo "BENCH_ROUNDS must be an even number of at least 2, not '$ROUNDS'" >&2; exit 2
fi

pg_start
build_services
"$BENCH_DIR/generate" "$ROWS" "$DB"

start_service trade-service "$TRADE_PORT" "$DB"
TRADE_PID=$STARTED_PID
wait_ready "$TRADE_PORT" "$TRADE_PID" >/dev/null
start_gateway
GATEWAY_PID=$STARTED_PID
wait_ready "$GATEWAY_PORT" "$GATEWAY_PID" >/dev/null
GATEWAYS=(gateway)
declare -A GW_PORT=([gateway]=$GATEWAY_PORT) GW_PID=([gateway]=$GATEWAY_PID)
if [[ -n ${BENCH_GATEWAY_B:-} ]]; then
    start_gateway_from "$BENCH_GATEWAY_B" "$GATEWAY_B_PORT" gateway-b
    GATEWAYS+=(gateway-b); GW_PORT[gateway-b]=$GATEWAY_B_PORT; GW_PID[gateway-b]=$STARTED_PID
    wait_ready "$GATEWAY_B_PORT" "$STARTED_PID" >/dev/null
fi

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
NGINX_PID=${BENCH_PIDS[-1]}
lock_cpu
log "warm-up through each path until its rate is steady"
for port in "$TRADE_PORT" "${GW_PORT[@]}" "$NGINX_PORT"; do
    warm_up "http://127.0.0.1:$port$PATH_ID" "$IDS" "$ROWS"
done
# window PORT PID...: one wrk window; prints "req/s p50 p99 errors us-of-CPU-per-request" (the CPU of those processes
# over the window divided by the requests answered in it; clock ticks of 1/100 s)
window() {
    local port="$1" t0 t1 rps p50 p99 errors requests; shift
    t0=$(cpu_ticks "$@")
    read -r rps p50 p99 errors requests < <(wrk_run "http://127.0.0.1:$port$PATH_ID" "$CONNS" "$WINDOW" "$IDS" "$ROWS")
    t1=$(cpu_ticks "$@")
    echo "$rps $p50 $p99 $errors $(awk -v t=$((t1 - t0)) -v n="$requests" 'BEGIN { printf "%.1f", n == 0 ? 0 : t * 10000 / n }')"
}
# the median of space-separated numbers; the mean of the middle two for an even count
med() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{ a[NR] = $1 } END { printf "%.2f", NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
log "direct: rate at $CONNS connections, $WINDOW"
read -r DIRECT_RPS DIRECT_P50 DIRECT_P99 _ _ < <(window "$TRADE_PORT" "$TRADE_PID")
declare -A RATIOS RPS_ALL NGX_ALL US_ALL NGX_US_ALL P50_ALL P99_ALL ROUND_RPS ROUND_US
ERRORS=0
B_RATE="" B_CPU=""
echo
echo "Scenario 4: GET /figures/{id} through the gateway against nginx, $ROUNDS rounds of $WINDOW windows, $ROWS figures   ($(machine))"
for r in $(seq 1 "$ROUNDS"); do
    order=("${GATEWAYS[@]}")
    if (( r % 2 == 0 )); then order=(); for ((i = ${#GATEWAYS[@]} - 1; i >= 0; i--)); do order+=("${GATEWAYS[i]}"); done; fi
    for g in "${order[@]}"; do
        # the gateway's window first in odd rounds, nginx's first in even ones
        if (( r % 2 )); then
            read -r grps gp50 gp99 gerr gus < <(window "${GW_PORT[$g]}" "${GW_PID[$g]}")
            read -r nrps _ _ nerr nus < <(window "$NGINX_PORT" "$NGINX_PID" $(pgrep -P "$NGINX_PID"))
        else
            read -r nrps _ _ nerr nus < <(window "$NGINX_PORT" "$NGINX_PID" $(pgrep -P "$NGINX_PID"))
            read -r grps gp50 gp99 gerr gus < <(window "${GW_PORT[$g]}" "${GW_PID[$g]}")
        fi
        rr=$(ratio "$grps" "$nrps")
        RATIOS[$g]+="$rr "; RPS_ALL[$g]+="$grps "; NGX_ALL[$g]+="$nrps "; US_ALL[$g]+="$gus "; NGX_US_ALL[$g]+="$nus "
        P50_ALL[$g]+="$gp50 "; P99_ALL[$g]+="$gp99 "; ROUND_RPS[$g]=$grps; ROUND_US[$g]=$gus
        ERRORS=$((ERRORS + gerr + nerr))
        printf 'round %d %-9s %9s req/s %6s us/req p99 %7s ms | nginx %9s req/s %6s us/req | ratio %s%s\n' \
            "$r" "$g" "$grps" "$gus" "$gp99" "$nrps" "$nus" "$rr" "$( (( gerr + nerr )) && echo "  ERRORS: $gerr / $nerr")"
    done
    if [[ ${#GATEWAYS[@]} -gt 1 ]]; then
        # the two builds' windows of one round, side by side: what compares the builds, whatever nginx did beside them
        B_RATE+="$(awk -v b="${ROUND_RPS[gateway-b]}" -v a="${ROUND_RPS[gateway]}" 'BEGIN { printf "%.3f", b / a }') "
        B_CPU+="$(awk -v b="${ROUND_US[gateway-b]}" -v a="${ROUND_US[gateway]}" 'BEGIN { printf "%.3f", a == 0 ? 0 : b / a }') "
    fi
done
declare -A L50
for name in direct "${GATEWAYS[@]}" nginx; do
    case $name in direct) port=$TRADE_PORT ;; nginx) port=$NGINX_PORT ;; *) port=${GW_PORT[$name]} ;; esac
    log "$name: latency at 1 connection, 10 s"
    out=$(wrk -t1 -c1 -d10s --latency -s "$IDS" "http://127.0.0.1:$port$PATH_ID" -- "$ROWS")
    L50[$name]=$(grep '^RESULT' <<<"$out" | awk '{print $3}')
done
unlock_cpu

added_ngx=$(awk -v g="${L50[nginx]}" -v d="${L50[direct]}" 'BEGIN { printf "%.3f", g - d }')
echo
echo "direct: $DIRECT_RPS req/s, p50 $DIRECT_P50 ms, p99 $DIRECT_P99 ms at c$CONNS; p50 ${L50[direct]} ms at c1; nginx adds $added_ngx ms at c1"
(( ERRORS )) && echo "WARNING: $ERRORS failed requests in the measured windows (see the rounds above); their rates count them" >&2
for g in "${GATEWAYS[@]}"; do
    r=$(med "${RATIOS[$g]}")
    added=$(awk -v g="${L50[$g]}" -v d="${L50[direct]}" 'BEGIN { printf "%.3f", g - d }')
    echo "$g: median of rounds: $(med "${RPS_ALL[$g]}") req/s (nginx $(med "${NGX_ALL[$g]}")), p50 $(med "${P50_ALL[$g]}") ms," \
        "p99 $(med "${P99_ALL[$g]}") ms; CPU $(med "${US_ALL[$g]}") us/req (nginx $(med "${NGX_US_ALL[$g]}")); RSS after load $(rss_mb "${GW_PID[$g]}") MB"
    echo "$g/nginx rate = $r, median of $ROUNDS rounds (${RATIOS[$g]% }) (goal >= 0.80: $(met "$r" '>=' 0.80));" \
        "added p50 $g-direct = $added ms (goal <= 1: $(met "$added" '<=' 1))"
    result_row "$OUT" "4 $g" "req/s vs nginx, median of $ROUNDS alternating rounds" "$(med "${RPS_ALL[$g]}")" "$(med "${NGX_ALL[$g]}")" "$r" ">= 0.80" "$(met "$r" '>=' 0.80)" "${BENCH_LABEL:-}"
    result_row "$OUT" "4 $g" "CPU us/req vs nginx, median" "$(med "${US_ALL[$g]}")" "$(med "${NGX_US_ALL[$g]}")" "$(ratio "$(med "${US_ALL[$g]}")" "$(med "${NGX_US_ALL[$g]}")")" "-" "-" "${BENCH_LABEL:-}"
    result_row "$OUT" "4 $g" "added p50 ms (c1)" "$added" "${added_ngx} (nginx)" "-" "<= 1" "$(met "$added" '<=' 1)" "${BENCH_LABEL:-}"
done
if [[ ${#GATEWAYS[@]} -gt 1 ]]; then
    echo "gateway-b against gateway in the same round: rate x$(med "$B_RATE") (${B_RATE% }), CPU per request x$(med "$B_CPU") (${B_CPU% })"
    result_row "$OUT" "4 gateway-b vs gateway" "rate and CPU/req of B over A in the same round, median" "$(med "$B_RATE")" "$(med "$B_CPU")" "-" "-" "-" "${BENCH_LABEL:-}"
fi
