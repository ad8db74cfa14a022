#!/usr/bin/env bash
# Scenario 5 - start-up and memory (JVM mode, fast-jar): time from `java -jar` to /q/health/ready
# answering 200, RSS idle (5 s after ready) and RSS after a scenario-1-style load (wrk, 32
# connections, 10 s windows until the rate is steady, at most 9), for each service and the gateway, beside a bare Quarkus REST app of the same Quarkus
# version (bench/bare-app) built with the wrapper in this run and started the same way.
# Each process is started alone (the others stopped), BENCH_STARTS times; the median counts.
# Goals: ready <= 1.25x the bare app's; RSS <= 200 MB idle and <= 300 MB after load.
# JVM options: $BENCH_JAVA_OPTS (default: what ./bilateral passes, see lib.sh) for every process.
source "$(dirname "$0")/lib.sh"

ROWS="${BENCH_ROWS:-1000000}"
DB="bench_$ROWS"
STARTS="${BENCH_STARTS:-2}"
OUT="$RESULTS/results.tsv"

pg_start
build_services
log "building the bare app (./mvnw -f bench/bare-app/pom.xml package)"
lock=(flock "$MVN_LOCK"); [[ "${BENCH_NO_LOCK:-0}" == 1 ]] && lock=()
(cd "$ROOT" && "${lock[@]}" ./mvnw -B -q ${BENCH_MVN_OFFLINE:+-o} -Dmaven.repo.local="$M2" -f bench/bare-app/pom.xml package -Dmaven.test.skip=true)
"$BENCH_DIR/generate" "$ROWS" "$DB"
ensure_db bench_agreements
ensure_db bench_ventures

# launch NAME: starts one process by name, sets STARTED_PID / STARTED_MS / PORT / LOAD_URL / LOAD_ARGS
launch() {
    case "$1" in
        bare)
            PORT=$BARE_PORT
            start_jar bare "$BENCH_DIR/bare-app/target/quarkus-app/quarkus-run.jar" "$PORT"
            LOAD_URL="http://127.0.0.1:$PORT/hello/1"; LOAD_ARGS=("$BENCH_DIR/lua/ids.lua" "$ROWS" /hello/) ;;
        trade-service)
            PORT=$TRADE_PORT; start_service trade-service "$PORT" "$DB"
            LOAD_URL="http://127.0.0.1:$PORT/api/v1/trade/figures/1"; LOAD_ARGS=("$BENCH_DIR/lua/ids.lua" "$ROWS") ;;
        agreements-service)
            PORT=$AGREEMENTS_PORT; BENCH_SEED=true start_service agreements-service "$PORT" bench_agreements
            LOAD_URL="http://127.0.0.1:$PORT/api/v1/agreements?size=20"; LOAD_ARGS=() ;;
        ventures-service)
            PORT=$VENTURES_PORT; BENCH_SEED=true start_service ventures-service "$PORT" bench_ventures
            LOAD_URL="http://127.0.0.1:$PORT/api/v1/ventures?size=20"; LOAD_ARGS=() ;;
        gateway)
            PORT=$GATEWAY_PORT; start_gateway
            # through the gateway to trade-service (started beside it for the load, not timed)
            LOAD_URL="http://127.0.0.1:$PORT/api/v1/trade/figures/1"; LOAD_ARGS=("$BENCH_DIR/lua/ids.lua" "$ROWS") ;;
    esac
}

# the seeds of agreements/ventures are imported on the first start; do it once, untimed
for svc in agreements-service ventures-service; do
    launch "$svc"; wait_ready "$PORT" "$STARTED_PID" >/dev/null; stop_all
done

declare -A READY IDLE LOADED
lock_cpu
for name in bare trade-service agreements-service ventures-service gateway; do
    times=()
    for i in $(seq 1 "$STARTS"); do
        launch "$name"
        pid=$STARTED_PID
        times+=("$(wait_ready "$PORT" "$pid")")
        if (( i < STARTS )); then stop_all; fi
    done
    READY[$name]=$(printf '%s\n' "${times[@]}" | median)
    sleep 5
    IDLE[$name]=$(rss_mb "$pid")
    if [[ $name == gateway ]]; then
        start_service trade-service "$TRADE_PORT" "$DB"; wait_ready "$TRADE_PORT" "$STARTED_PID" >/dev/null
    fi
    log "$name: ready ${READY[$name]} ms (median of ${times[*]}), idle ${IDLE[$name]} MB; load until the rate is steady"
    BENCH_WARMUP_WINDOWS="${BENCH_WARMUP_WINDOWS:-9}" warm_up "$LOAD_URL" "${LOAD_ARGS[@]:-$BENCH_DIR/lua/report.lua}"
    LOADED[$name]=$(rss_mb "$pid")
    stop_all
done
unlock_cpu

echo
echo "Scenario 5: start-up and memory, JVM mode, opts '$BENCH_JAVA_OPTS ${BENCH_EXTRA_JAVA_OPTS:-}'   ($(machine))"
printf '%-20s %10s %12s %10s %14s\n' "process" "ready ms" "x bare" "RSS idle" "RSS after load"
for name in bare trade-service agreements-service ventures-service gateway; do
    x=$(ratio "${READY[$name]}" "${READY[bare]}")
    printf '%-20s %10s %12s %9sM %13sM\n' "$name" "${READY[$name]}" "$x" "${IDLE[$name]}" "${LOADED[$name]}"
    [[ $name == bare ]] && continue
    result_row "$OUT" "5 start-up $name" "ready ms" "${READY[$name]}" "${READY[bare]}" "$x" "<= 1.25" "$(met "$x" '<=' 1.25)" "${BENCH_LABEL:-}"
    result_row "$OUT" "5 memory $name" "RSS MB idle / loaded" "${IDLE[$name]} / ${LOADED[$name]}" "${IDLE[bare]} / ${LOADED[bare]}" "-" "<= 200 / <= 300" \
        "$(met "${IDLE[$name]}" '<=' 200) / $(met "${LOADED[$name]}" '<=' 300)" "${BENCH_LABEL:-}"
done
