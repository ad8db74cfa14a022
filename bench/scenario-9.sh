#!/usr/bin/env bash
# Scenario 9 - the first 10 s after ready: trade-service's point read (scenario 1's wrk, 32 connections, random existing
# ids) for 10 s starting the moment /q/health/ready answers, against the steady rate of the same process after a
# warm-up to a steady rate (warm_up in lib.sh), on JDK 17, JDK 25, and JDK 25 with an AOT cache (its method profiles,
# JEP 515, let the JIT compile the request path sooner) written by one training run as ./bilateral and the images do,
# and (jdk25-aot-load) with a cache trained by a run that served BENCH_AOT_TRAIN_SECONDS (default 60) of the same
# wrk load first, so it holds the profiles of the request path too. A -warm suffix (jdk17-warm, jdk25-aot-warm) starts
# the service with its warm-up before ready on (BILATERAL_WARM_UP_DURATION, BENCH_WARM_UP, default 8s), as deployed.
# Goal (issue 21): first 10 s >= 50 % of the steady rate.
# Knobs: BENCH_ROWS (default 1,000,000), BENCH_JDK17_HOME, BENCH_JDK25_HOME, BENCH_JAVA_OPTS, BENCH_CONFIGS.
source "$(dirname "$0")/lib.sh"

ROWS="${BENCH_ROWS:-1000000}"
DB="bench_$ROWS"
OUT="$RESULTS/results.tsv"
CONFIGS=(${BENCH_CONFIGS:-jdk17 jdk25 jdk25-aot})
JDK17="$(jdk_home 17)"; JDK25="$(jdk_home 25)"
[[ -n "$JDK17" && -n "$JDK25" ]] || { echo "needs a JDK 17 and a JDK 25 (BENCH_JDK17_HOME, BENCH_JDK25_HOME)" >&2; exit 1; }
CACHE="$TARGET/aot/trade-service.aot"
mkdir -p "$TARGET/aot"
URL="http://127.0.0.1:$TRADE_PORT/api/v1/trade/figures/1"

pg_start
build_services
"$BENCH_DIR/generate" "$ROWS" "$DB"

declare -A FIRST STEADY READY
lock_cpu
BENCH_JAVA="$JDK25/bin/java" aot_train trade-service "$ROOT/trade-service/target/quarkus-app/quarkus-run.jar" "$TRADE_PORT" "$CACHE"
LOAD_CACHE="$TARGET/aot/trade-service-load.aot"
if [[ " ${CONFIGS[*]} " == *" jdk25-aot-load "* ]]; then
    log "training an AOT cache under ${BENCH_AOT_TRAIN_SECONDS:-60} s of load"
    BENCH_JAVA="$JDK25/bin/java" aot_train_under_load trade-service "$ROOT/trade-service/target/quarkus-app/quarkus-run.jar" \
        "$TRADE_PORT" "$LOAD_CACHE" "$DB" "${BENCH_AOT_TRAIN_SECONDS:-60}" "$URL" "$BENCH_DIR/lua/ids.lua" "$ROWS"
fi
for config in "${CONFIGS[@]}"; do
    config_java "$config" "$CACHE" "$LOAD_CACHE"
    BENCH_JAVA="$java_bin" BENCH_EXTRA_JAVA_OPTS="${BENCH_EXTRA_JAVA_OPTS:-} $extra" start_service trade-service "$TRADE_PORT" "$DB" "${svc_env[@]}"
    READY[$config]=$(wait_ready "$TRADE_PORT" "$STARTED_PID")
    read -r FIRST[$config] _ < <(wrk_run "$URL" 32 10s "$BENCH_DIR/lua/ids.lua" "$ROWS")
    log "$config: ready ${READY[$config]} ms; first 10 s ${FIRST[$config]} req/s; warming up"
    warm_up "$URL" "$BENCH_DIR/lua/ids.lua" "$ROWS"
    read -r STEADY[$config] _ < <(wrk_run "$URL" 32 "${BENCH_DURATION:-20s}" "$BENCH_DIR/lua/ids.lua" "$ROWS")
    log "$config: steady ${STEADY[$config]} req/s"
    stop_all
done
unlock_cpu

echo
echo "Scenario 9: the first 10 s after ready, trade-service point read, c32, opts '$BENCH_JAVA_OPTS'   ($(machine))"
printf '%-12s %10s %16s %14s %8s\n' "config" "ready ms" "first 10 s req/s" "steady req/s" "ratio"
for config in "${CONFIGS[@]}"; do
    x=$(ratio "${FIRST[$config]}" "${STEADY[$config]}")
    printf '%-12s %10s %16s %14s %8s\n' "$config" "${READY[$config]}" "${FIRST[$config]}" "${STEADY[$config]}" "$x"
    result_row "$OUT" "9 first 10 s $config" "req/s first 10 s after ready" "${FIRST[$config]}" "${STEADY[$config]} steady" "$x" ">= 0.5" \
        "$(met "$x" '>=' 0.5)" "${BENCH_LABEL:-}"
done
