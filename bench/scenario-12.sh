#!/usr/bin/env bash
# Scenario 12 - `./bilateral --no-build` until "all ready", with the C2 compiler threads below the applications' threads
# during the start (BILATERAL_JIT_NICE=10, the default) and without (BILATERAL_JIT_NICE=0), in alternating pairs, on
# private ports with a data directory and AOT caches of its own (one start first writes them). At "all ready" it sums
# the CPU every application JVM has spent by kind of thread (C2, C1, the rest) from /proc. The priority is only changed
# where the launcher may set it back (root with CAP_SYS_NICE, or RLIMIT_NICE 20); elsewhere both columns are the same.
# Goal (issue 21): ./bilateral ready <= 10 s after the build.
# Knobs: BENCH_STARTS (pairs, default 3), BILATERAL_JAVA_HOME / BILATERAL_JAVA_OPTS (as ./bilateral takes them).
source "$(dirname "$0")/lib.sh"

STARTS="${BENCH_STARTS:-3}"
OUT="$RESULTS/results.tsv"
DATA="$TARGET/platform-data"
PLATFORM_LOG="$LOGS/platform.log"
# ports of its own, clear of the other scenarios' (lib.sh) and of ./bilateral's defaults
export BILATERAL_HOME="$ROOT" BILATERAL_DATA_DIR="$DATA" BILATERAL_POSTGRES_PORT=$((PORT_BASE + 50)) \
    BILATERAL_GATEWAY_PORT=$((PORT_BASE + 40)) BILATERAL_TRADE_PORT=$((PORT_BASE + 41)) \
    BILATERAL_AGREEMENTS_PORT=$((PORT_BASE + 42)) BILATERAL_VENTURES_PORT=$((PORT_BASE + 43)) \
    BILATERAL_GATEWAY_MANAGEMENT_PORT=$((PORT_BASE + 140)) BILATERAL_TRADE_MANAGEMENT_PORT=$((PORT_BASE + 141)) \
    BILATERAL_AGREEMENTS_MANAGEMENT_PORT=$((PORT_BASE + 142)) BILATERAL_VENTURES_MANAGEMENT_PORT=$((PORT_BASE + 143))

build_services
[[ -f "$ROOT/platform/target/bilateral-platform.jar" ]] || { echo "the launcher is not built (./mvnw package)" >&2; exit 1; }

# start_platform NICE: launches ./bilateral --no-build; sets PLATFORM_PID and STARTED_MS
start_platform() {
    STARTED_MS=$(now_ms)
    (cd "$ROOT" && BILATERAL_JIT_NICE="$1" exec ./bilateral --no-build) >"$PLATFORM_LOG" 2>&1 &
    PLATFORM_PID=$!
}

# await_line TEXT SECONDS: until the launcher's log holds TEXT
await_line() {
    local deadline=$(( $(now_ms) + $2 * 1000 ))
    until grep -q "$1" "$PLATFORM_LOG"; do
        kill -0 "$PLATFORM_PID" 2>/dev/null || { echo "./bilateral ended; see $PLATFORM_LOG" >&2; return 1; }
        (( $(now_ms) < deadline )) || return 1
        sleep 0.05
    done
}

stop_platform() {
    kill -TERM "$PLATFORM_PID" 2>/dev/null || true
    wait "$PLATFORM_PID" 2>/dev/null || true
}
trap stop_platform EXIT

# CPU ms by kind of thread over the application JVMs ./bilateral runs: "c2 c1 rest"
cpu_by_thread_kind() {
    local pid task
    for pid in $(pgrep -f "^[^ ]*java .*-jar $ROOT/[a-z-]*/target/quarkus-app/quarkus-run.jar"); do
        for task in /proc/"$pid"/task/*; do
            printf '%s\t%s\n' "$(cat "$task/comm" 2>/dev/null)" "$(sed 's/.*) //' "$task/stat" 2>/dev/null | awk '{ print ($12 + $13) * 10 }')"
        done
    done | awk -F'\t' '$1 ~ /^C2 Compiler/ { c2 += $2; next } $1 ~ /^C1 Compiler/ { c1 += $2; next } { rest += $2 }
        END { printf "%d %d %d\n", c2, c1, rest }'
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

log "first start: data directory and AOT caches (written in the background after it)"
start_platform 10
await_line "all ready" 300
sleep 2
if grep -q "writing AOT caches" "$PLATFORM_LOG"; then
    # the training JVMs run one after another with -XX:AOTCacheOutput; done when none is left
    deadline=$(( $(now_ms) + 600000 ))
    while pgrep -f -- "-XX:AOTCacheOutput=" >/dev/null && (( $(now_ms) < deadline )); do sleep 1; done
fi
stop_platform

declare -A TIMES
printf '%-6s %-8s %10s %10s %10s %10s\n' pair nice "ready ms" "C2 cpu ms" "C1 cpu ms" "rest ms"
for pair in $(seq 1 "$STARTS"); do
    for nice in 10 0; do
        start_platform "$nice"
        await_line "all ready" 300
        ready=$(( $(now_ms) - STARTED_MS ))
        read -r c2 c1 rest <<<"$(cpu_by_thread_kind)"
        stop_platform
        TIMES[$nice]+="$ready "
        printf '%-6s %-8s %10s %10s %10s %10s\n' "$pair" "$nice" "$ready" "$c2" "$c1" "$rest"
    done
done
trap - EXIT

below=$(printf '%s\n' ${TIMES[10]} | median); as_is=$(printf '%s\n' ${TIMES[0]} | median)
echo "Scenario 12: ./bilateral --no-build until all ready, median of $STARTS   ($(machine); $(grep -o 'applications run on [^(]*' "$PLATFORM_LOG" | head -1))"
echo "C2 below during the start: $below ms; as it is: $as_is ms"
result_row "$OUT" "12 ./bilateral ready" "ms to all ready, C2 below during the start" "$below" "$as_is as it is" "$(ratio "$below" "$as_is")" "<= 10000" \
    "$(met "$below" "<=" 10000)" "${BENCH_LABEL:-}"
