# Common functions of the bench scripts; sourced, never run. Everything listens on its own ports
# (PostgreSQL 35432, services 28080-28083, nginx 28090, bare app 28099, bare app with ORM 28098, a second gateway
# build 28070) so a bench run never collides with ./bilateral (8080-8083), the e2e tests (18080-18083) or other runs.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
TARGET="$BENCH_DIR/target"
RESULTS="$BENCH_DIR/results"
LOGS="$TARGET/logs"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_PORT="${BENCH_PG_PORT:-35432}"
PG_DATA="${BENCH_PG_DATA:-/tmp/bilateral-bench/pgdata}"
PG_SOCKET="${BENCH_PG_SOCKET:-/tmp/bilateral-bench}"
PG_USER=bilateral
# BENCH_PORT_BASE moves them all (e.g. 29080 -> 29080-29083, 29090, 29099, 29070; management ports 29180-29183, 29170)
PORT_BASE="${BENCH_PORT_BASE:-28080}"
GATEWAY_PORT=$PORT_BASE
TRADE_PORT=$((PORT_BASE + 1))
AGREEMENTS_PORT=$((PORT_BASE + 2))
VENTURES_PORT=$((PORT_BASE + 3))
NGINX_PORT=$((PORT_BASE + 10))
BARE_PORT=$((PORT_BASE + 19))
BARE_ORM_PORT=$((PORT_BASE + 18))
GATEWAY_B_PORT=$((PORT_BASE - 10))
# the JVM options the platform launcher gives every process (its default BILATERAL_JAVA_OPTS, with the native-heap trim
# that JDK 17.0.15 and 25 both take); sized by scenario 5
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx256m -Xms32m -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:NewSize=16m -XX:TrimNativeHeapInterval=2000}"
MVN_LOCK=/tmp/bilateral-mvn.lock
M2="${BENCH_M2:-${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}}"
mkdir -p "$TARGET" "$RESULTS" "$LOGS" "$PG_SOCKET"

declare -a BENCH_PIDS=()

log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# ---------------------------------------------------------------- build lock
# Measurements that load the CPU hold the shared build lock so a parallel build does not skew them.
# BENCH_NO_LOCK=1 skips it (e.g. when the caller already holds it: flock ... bench/scenario-1.sh).
lock_cpu() {
    [[ "${BENCH_NO_LOCK:-0}" == 1 ]] && return 0
    exec 9>"$MVN_LOCK"
    log "waiting for the build lock"
    flock 9
    log "holding the build lock"
}
unlock_cpu() {
    [[ "${BENCH_NO_LOCK:-0}" == 1 ]] && return 0
    flock -u 9 || true
    log "released the build lock"
}

# ---------------------------------------------------------------- build
# Builds the services as the README says (fast-jar per service). Skipped when the jars exist and
# BENCH_BUILD is not 1. Takes the build lock itself unless the caller holds it.
build_services() {
    if [[ "${BENCH_BUILD:-0}" != 1 && -f "$ROOT/trade-service/target/quarkus-app/quarkus-run.jar" \
        && -f "$ROOT/gateway/target/quarkus-app/quarkus-run.jar" ]]; then
        return 0
    fi
    log "building the services (./mvnw -B package -Dmaven.test.skip=true)"
    local lock=(flock "$MVN_LOCK")
    [[ "${BENCH_NO_LOCK:-0}" == 1 || "${BENCH_HOLDING_LOCK:-0}" == 1 ]] && lock=()
    (cd "$ROOT" && "${lock[@]}" ./mvnw -B -q ${BENCH_MVN_OFFLINE:+-o} -Dmaven.repo.local="$M2" package -Dmaven.test.skip=true)
}

# ---------------------------------------------------------------- PostgreSQL 15
# PostgreSQL refuses to run as root; then the server runs as the system user postgres.
as_pg() {
    if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
pg_running() { as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; }

pg_start() {
    if [[ ! -f "$PG_DATA/PG_VERSION" ]]; then
        log "initdb $PG_DATA"
        mkdir -p "$PG_DATA"
        [[ $EUID -eq 0 ]] && chown postgres "$PG_DATA" "$PG_SOCKET"
        as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U "$PG_USER" --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
        as_pg tee -a "$PG_DATA/postgresql.conf" >/dev/null <<EOF
# bilateral bench: a dedicated server; small machine, data sets up to 10M rows
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_SOCKET'
max_connections = 200
shared_buffers = 1GB
effective_cache_size = 4GB
work_mem = 16MB
maintenance_work_mem = 1GB
max_wal_size = 8GB
checkpoint_timeout = 30min
random_page_cost = 1.1
jit = off
logging_collector = off
EOF
    fi
    if ! pg_running; then
        log "starting PostgreSQL 15 on $PG_PORT"
        as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/../postgres.log" -w start >/dev/null
    fi
}

pg_stop() { pg_running && as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null || true; }

# psql against a database of the bench server: psql_db DB [psql args...]
psql_db() {
    local db="$1"; shift
    psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d "$db" "$@"
}

ensure_db() {
    local db="$1"
    if [[ -z "$(psql -X -tA -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]]; then
        psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d postgres -c "CREATE DATABASE $db"
    fi
}

jdbc_url() { echo "jdbc:postgresql://127.0.0.1:$PG_PORT/$1"; }

# ---------------------------------------------------------------- JVM services
now_ms() { date +%s%3N; }

# health and metrics of the Bilateral apps are on their management interface: HTTP port + 100
# (the bare app has none and answers health on its HTTP port)
management_port() { echo $(( $1 + 100 )); }

# start_jar NAME JAR PORT [VAR=value ...]: starts a fast-jar with the bench JVM options and the
# dev JWT key; sets STARTED_PID and STARTED_MS (launch time).
start_jar() {
    local name="$1" jar="$2" port="$3"; shift 3
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
        echo "port $port is taken; stop what listens there first" >&2; return 1
    fi
    STARTED_MS=$(now_ms)
    # shellcheck disable=SC2086
    env QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="$(management_port "$port")" \
        MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$ROOT/dev/jwt/publicKey.pem" \
        MP_JWT_VERIFY_ISSUER="https://dev.bilateral.example/issuer" \
        QUARKUS_LOG_CONSOLE_LEVEL="${BENCH_LOG_LEVEL:-WARN}" \
        "$@" "${BENCH_JAVA:-java}" $BENCH_JAVA_OPTS ${BENCH_EXTRA_JAVA_OPTS:-} -jar "$jar" >"$LOGS/$name.log" 2>&1 &
    STARTED_PID=$!
    BENCH_PIDS+=("$STARTED_PID")
}

# start_service SVC PORT DB [VAR=value ...]: one of trade-service, agreements-service, ventures-service
start_service() {
    local svc="$1" port="$2" db="$3"; shift 3
    start_jar "$svc" "$ROOT/$svc/target/quarkus-app/quarkus-run.jar" "$port" \
        QUARKUS_DATASOURCE_JDBC_URL="$(jdbc_url "$db")" QUARKUS_DATASOURCE_USERNAME="$PG_USER" \
        QUARKUS_DATASOURCE_PASSWORD=bench BILATERAL_SEED_ENABLED="${BENCH_SEED:-false}" "$@"
}

# The gateway with its per-client rate limit switched OFF: a load generator is one client and
# would otherwise get 429s after 300 requests a minute (bilateral.gateway.rate-limit.*).
start_gateway() { start_gateway_from "$ROOT/gateway/target/quarkus-app" "$GATEWAY_PORT" gateway "$@"; }

# start_gateway_from APP_DIR PORT NAME [VAR=value ...]: a gateway of another build (a copied quarkus-app directory)
start_gateway_from() {
    local app="$1" port="$2" name="$3"; shift 3
    start_jar "$name" "$app/quarkus-run.jar" "$port" \
        TRADE_SERVICE_URL="http://127.0.0.1:$TRADE_PORT" AGREEMENTS_SERVICE_URL="http://127.0.0.1:$AGREEMENTS_PORT" \
        VENTURES_SERVICE_URL="http://127.0.0.1:$VENTURES_PORT" \
        TRADE_SERVICE_MANAGEMENT_URL="http://127.0.0.1:$(management_port "$TRADE_PORT")" \
        AGREEMENTS_SERVICE_MANAGEMENT_URL="http://127.0.0.1:$(management_port "$AGREEMENTS_PORT")" \
        VENTURES_SERVICE_MANAGEMENT_URL="http://127.0.0.1:$(management_port "$VENTURES_PORT")" BILATERAL_GATEWAY_RATE_LIMIT_ENABLED=false "$@"
}

# wait_ready PORT PID: polls /q/health/ready (management port, else the HTTP port) every 20 ms; prints milliseconds since STARTED_MS
wait_ready() {
    local port="$1" pid="$2" start="${3:-$STARTED_MS}" deadline=$(( $(now_ms) + 120000 ))
    until curl -sf -o /dev/null "http://127.0.0.1:$(management_port "$port")/q/health/ready" \
            || curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
        if ! kill -0 "$pid" 2>/dev/null; then echo "process $pid died; see $LOGS" >&2; return 1; fi
        if (( $(now_ms) > deadline )); then echo "not ready after 120 s on $port" >&2; return 1; fi
        sleep 0.02
    done
    echo $(( $(now_ms) - start ))
}

# ---------------------------------------------------------------- JDKs and AOT caches
# jdk_home FEATURE: the JDK of that feature release: BENCH_JDK<FEATURE>_HOME, else the first /usr/lib/jvm/* whose
# release file names it (as the launcher finds one); empty when there is none
jdk_home() {
    local feature="$1" var="BENCH_JDK$1_HOME" dir
    if [[ -n "${!var:-}" ]]; then echo "${!var}"; return 0; fi
    for dir in /usr/lib/jvm/*/; do
        if grep -qE "^JAVA_VERSION=\"$feature[.\"]" "$dir/release" 2>/dev/null && [[ -x "$dir/bin/java" ]]; then
            echo "${dir%/}"; return 0
        fi
    done
}

# aot_train NAME JAR PORT CACHE [VAR=value ...]: writes the AOT cache CACHE as ./bilateral and the images do: one start
# on BENCH_JAVA (25+) with -XX:AOTCacheOutput against no database, stopped once its health answers; the JVM writes the
# cache as it exits. Takes the bench JVM options, so the timed starts use the cache with the options it was made with.
aot_train() {
    local name="$1" jar="$2" port="$3" cache="$4"; shift 4
    rm -f "$cache" "$cache.config"
    BENCH_EXTRA_JAVA_OPTS="${BENCH_EXTRA_JAVA_OPTS:-} -XX:AOTCacheOutput=$cache" start_jar "$name-aot" "$jar" "$port" \
        QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:1/aot-training QUARKUS_FLYWAY_MIGRATE_AT_START=false \
        BILATERAL_SEED_ENABLED=false TRADE_SERVICE_URL=http://127.0.0.1:1 AGREEMENTS_SERVICE_URL=http://127.0.0.1:1 \
        VENTURES_SERVICE_URL=http://127.0.0.1:1 "$@"
    local pid=$STARTED_PID deadline=$(( $(now_ms) + 300000 ))
    until curl -s -o /dev/null "http://127.0.0.1:$(management_port "$port")/q/health/live" \
            || curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/live"; do
        if ! kill -0 "$pid" 2>/dev/null || (( $(now_ms) > deadline )); then echo "AOT training of $name failed; see $LOGS/$name-aot.log" >&2; return 1; fi
        sleep 0.2
    done
    kill "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    [[ -s "$cache" ]] || { echo "AOT training of $name wrote no cache; see $LOGS/$name-aot.log" >&2; return 1; }
}

# aot_train_under_load NAME JAR PORT CACHE DB SECONDS URL [LUA [SCRIPT ARGS...]]: writes CACHE from a start against the
# database DB that serves SECONDS of wrk (32 connections) on URL before it is stopped, so the cache holds the method
# profiles (JEP 515) of the request path, not only of the start. For a bench database only: the service's workers act on
# what they find there.
aot_train_under_load() {
    local name="$1" jar="$2" port="$3" cache="$4" db="$5" seconds="$6" url="$7"; shift 7
    rm -f "$cache" "$cache.config"
    BENCH_EXTRA_JAVA_OPTS="${BENCH_EXTRA_JAVA_OPTS:-} -XX:AOTCacheOutput=$cache" start_service "$name" "$port" "$db"
    local pid=$STARTED_PID
    mv "$LOGS/$name.log" "$LOGS/$name-aot.log" 2>/dev/null || true
    wait_ready "$port" "$pid" >/dev/null
    wrk_run "$url" 32 "${seconds}s" "$@" >/dev/null
    kill "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    [[ -s "$cache" ]] || { echo "AOT training of $name under load wrote no cache" >&2; return 1; }
}

# cpu_ticks PID...: user + system CPU of those processes so far, in clock ticks (1/100 s)
cpu_ticks() {
    local sum=0 pid
    for pid in "$@"; do sum=$(( sum + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0) )); done
    echo "$sum"
}

# pg_ticks: CPU of the bench PostgreSQL server so far: the postmaster, its live backends and workers, and the
# backends that already exited (the postmaster's reaped children, fields 16-17), so a pgbench run's own sessions count
pg_ticks() {
    local pm; pm=$(head -1 "$PG_DATA/postmaster.pid")
    echo $(( $(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$pm/stat") + $(cpu_ticks $(pgrep -P "$pm")) ))
}

# machine_ticks: busy CPU of the whole machine so far (all cores, everything but idle and iowait), in clock ticks
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat; }

# us_per_op TICKS OPS_PER_S SECONDS: CPU microseconds per operation
us_per_op() { awk -v t="$1" -v r="$2" -v s="$3" 'BEGIN { printf "%.0f", (r * s == 0 ? 0 : t * 10000 / (r * s)) }'; }

rss_mb() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }

stop_pid() {
    local pid="$1"
    kill "$pid" 2>/dev/null || return 0
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
}

stop_all() {
    local pid
    for pid in "${BENCH_PIDS[@]:-}"; do [[ -n "$pid" ]] && stop_pid "$pid"; done
    BENCH_PIDS=()
}
trap stop_all EXIT

# ---------------------------------------------------------------- load generators
# wrk_run URL CONNECTIONS DURATION [LUA [SCRIPT ARGS...]]: prints "rps p50_ms p99_ms errors requests"
wrk_run() {
    local url="$1" conns="$2" dur="$3" lua="${4:-$BENCH_DIR/lua/report.lua}" out
    shift 3; [[ $# -gt 0 ]] && shift
    out=$(wrk -t2 -c"$conns" -d"$dur" --timeout 5s --latency -s "$lua" "$url" ${1:+--} "$@")
    echo "$out" >>"$LOGS/wrk.log"
    if grep -q 'Non-2xx' <<<"$out"; then
        echo "wrk saw non-2xx answers: $(grep 'Non-2xx' <<<"$out")" >&2
    fi
    grep '^RESULT' <<<"$out" | sed 's/^RESULT //'
}

# warm_up URL [LUA [SCRIPT ARGS...]]: 10 s windows of wrk at 32 connections until two windows in a
# row are within 5 % of each other (at least 3, at most BENCH_WARMUP_WINDOWS, default 15). On two
# busy cores the JIT needs a minute or more to compile the request path: measured right after a
# 10 s warm-up, the point read ran at a fifth of its steady rate.
warm_up() {
    local url="$1" rps prev=0 n=0 max="${BENCH_WARMUP_WINDOWS:-15}"
    shift
    while (( n < max )); do
        read -r rps _ < <(wrk_run "$url" 32 10s "$@")
        n=$((n + 1))
        log "warm-up window $n: $rps req/s"
        if (( n >= 3 )) && awk -v a="$rps" -v b="$prev" 'BEGIN { exit !(b > 0 && a / b > 0.95 && a / b < 1.05) }'; then
            return 0
        fi
        prev=$rps
    done
    log "warm-up: not steady after $n windows"
}

# ratio A B with 2 decimals; met VALUE OP LIMIT prints yes/no
# the median of the numbers on stdin, one per line (the lower middle one of an even count)
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b == 0 ? 0 : a / b) }'; }
met() { awk -v v="$1" -v l="$3" -v op="$2" 'BEGIN { ok = (op == ">=") ? v >= l : v <= l; print ok ? "yes" : "NO" }'; }

# result_row FILE scenario metric ours baseline ratio goal met: appends one TSV row with the time
result_row() {
    local file="$1"; shift
    printf '%s\t%s\n' "$(date -u +%Y-%m-%dT%H:%MZ)" "$(IFS=$'\t'; echo "$*")" | tee -a "$file"
}

machine() {
    echo "nproc=$(nproc) ram=$(free -g | awk '/Mem:/ {print $2}')GiB kernel=$(uname -r)" \
        "jdk=$(java -version 2>&1 | head -1 | sed 's/.*"\(.*\)".*/\1/') pg=$("$PG_BIN/postgres" --version | awk '{print $3}')"
}

# The JVM and extra options of a start-up configuration (jdk17, jdk25, jdk25-aot with the cache $2, jdk25-aot-load with
# the cache $3 trained under load): sets java_bin and
# extra. Needs JDK17 and JDK25 (jdk_home).
config_java() {
    # a -warm suffix: the service warms itself up before it reports ready (BILATERAL_WARM_UP_DURATION, as deployed)
    svc_env=()
    [[ $1 == *-warm ]] && svc_env=(BILATERAL_WARM_UP_DURATION="${BENCH_WARM_UP:-8s}")
    case ${1%-warm} in
        jdk17) java_bin="$JDK17/bin/java"; extra="" ;;
        jdk25) java_bin="$JDK25/bin/java"; extra="" ;;
        jdk25-aot) java_bin="$JDK25/bin/java"; extra="-XX:AOTCache=$2" ;;
        jdk25-aot-load) java_bin="$JDK25/bin/java"; extra="-XX:AOTCache=$3" ;;
    esac
}
