#!/usr/bin/env bash
# Scenario 12 - `./bilateral --no-build` until "all ready", with the C2 compiler threads below the applications' threads
# during the start (BILATERAL_JIT_NICE=10, the default) and without (BILATERAL_JIT_NICE=0), in alternating pairs, on
# private ports with a data directory of its own; the AOT caches are ./bilateral's own (.bilateral/aot), written by one
# start first where they are missing. At "all ready" it sums the CPU the application JVMs (the launcher's children)
# have spent by kind of thread (C2, C1, all others; threads that have ended are not counted) from /proc, and checks that
# no compiler thread is still below its JVM. The priority is only changed where the launcher may set it back
# (CAP_SYS_NICE, e.g. root, or RLIMIT_NICE 20); elsewhere both columns are the same.
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
    : >"$PLATFORM_LOG"
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

# the application JVMs: the launcher's children running a quarkus-run.jar
app_pids() { pgrep -P "$PLATFORM_PID" -f "quarkus-run.jar" || true; }

# CPU ms by kind of thread over the application JVMs, and how many compiler threads are below their JVM's nice value:
# "c2 c1 rest below"
cpu_by_thread_kind() {
    local pid task own
    for pid in $(app_pids); do
        own=$(sed 's/.*) //' "/proc/$pid/stat" | awk '{ print $17 }')
        for task in /proc/"$pid"/task/*; do
            printf '%s\t%s\t%s\n' "$(cat "$task/comm" 2>/dev/null)" \
                "$(sed 's/.*) //' "$task/stat" 2>/dev/null | awk '{ print ($12 + $13) * 10, $17 }')" "$own"
        done
    done | awk -F'\t' '{ split($2, f, " "); cpu = f[1]; nice = f[2] }
        $1 ~ /^C[12] Compiler/ && nice > $3 { below++ }
        $1 ~ /^C2 Compiler/ { c2 += cpu; next } $1 ~ /^C1 Compiler/ { c1 += cpu; next } { rest += cpu }
        END { printf "%d %d %d %d\n", c2, c1, rest, below }'
}

log "first start: data directory and AOT caches (written in the background after it)"
start_platform 10
await_line "all ready" 300
sleep 2
if grep -q "writing AOT caches" "$PLATFORM_LOG"; then
    # the launcher's training JVMs run one after another (-XX:AOTCacheOutput); done when none has run for 5 s
    deadline=$(( $(now_ms) + 900000 )); idle=0
    while (( idle < 5 && $(now_ms) < deadline )); do
        if pgrep -P "$PLATFORM_PID" -f -- "-XX:AOTCacheOutput=" >/dev/null; then idle=0; else idle=$((idle + 1)); fi
        sleep 1
    done
fi
stop_platform

lock_cpu

declare -A TIMES
printf '%-6s %-8s %10s %10s %10s %12s %14s\n' pair nice "ready ms" "C2 cpu ms" "C1 cpu ms" "others ms" "still below"
for pair in $(seq 1 "$STARTS"); do
    for nice in 10 0; do
        start_platform "$nice"
        await_line "all ready" 300
        ready=$(( $(now_ms) - STARTED_MS ))
        read -r c2 c1 rest below <<<"$(cpu_by_thread_kind)"
        stop_platform
        (( c2 + c1 + rest > 0 )) || { echo "found no application JVM under the launcher ($PLATFORM_PID); see $PLATFORM_LOG" >&2; exit 1; }
        if grep -q "writing AOT caches\|could not use its AOT cache" "$PLATFORM_LOG"; then
            log "pair $pair, nice $nice: started without every AOT cache (see $PLATFORM_LOG)"
        fi
        TIMES[$nice]+="$ready "
        printf '%-6s %-8s %10s %10s %10s %12s %14s\n' "$pair" "$nice" "$ready" "$c2" "$c1" "$rest" "$below"
    done
done
trap - EXIT
unlock_cpu

below=$(printf '%s\n' ${TIMES[10]} | median); as_is=$(printf '%s\n' ${TIMES[0]} | median)
echo "Scenario 12: ./bilateral --no-build until all ready, median of $STARTS   ($(machine); $(grep -o 'applications run on [^(]*' "$PLATFORM_LOG" | head -1))"
echo "C2 below during the start: $below ms; as it is: $as_is ms"
result_row "$OUT" "12 ./bilateral ready" "ms to all ready, C2 below during the start" "$below" "$as_is as it is" "$(ratio "$below" "$as_is")" "<= 10000" \
    "$(met "$below" "<=" 10000)" "${BENCH_LABEL:-}"
