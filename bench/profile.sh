#!/usr/bin/env bash
# Profile the scenario-1 read under load with JFR: bench/profile.sh trade|gateway, or the seeded ventures list
# of scenario 10: bench/profile.sh ventures-list.
# Starts trade-service (and the gateway for "gateway") on the bench database, warms up until steady, records
# the target process with JFR while wrk drives 32 connections, and prints where the CPU went:
# busiest threads, hottest frames (self) and the share of samples under each layer (inclusive).
# Recording and summary stay in bench/target/profile-<target>.{jfr,txt}.
source "$(dirname "$0")/lib.sh"

WHAT="${1:-trade}"
ROWS="${BENCH_ROWS:-1000000}"
DB="bench_$ROWS"
DUR="${BENCH_DURATION:-20s}"
JFR="$TARGET/profile-$WHAT.jfr"
LAYERS="${BENCH_LAYERS:-io.netty,io.vertx.core,io.vertx.ext.web,io.vertx.httpproxy,io.quarkus.vertx.http,org.jboss.resteasy.reactive,io.quarkus.resteasy.reactive,io.quarkus.security,io.smallrye.jwt,io.quarkus.smallrye.jwt,io.micrometer,io.quarkus.micrometer,io.smallrye.faulttolerance,com.fasterxml.jackson,org.hibernate,io.agroal,org.postgresql,com.arjuna,io.quarkus.narayana,io.quarkus.arc,org.bilateral,java.util.regex,sun.nio,java.util.concurrent}"

pg_start
build_services
"$BENCH_DIR/generate" "$ROWS" "$DB"
rm -f "$JFR"
case $WHAT in
    trade)
        start_service trade-service "$TRADE_PORT" "$DB"
        PID=$STARTED_PID; wait_ready "$TRADE_PORT" "$PID" >/dev/null; PORT=$TRADE_PORT ;;
    gateway)
        start_service trade-service "$TRADE_PORT" "$DB"; wait_ready "$TRADE_PORT" "$STARTED_PID" >/dev/null
        start_gateway
        PID=$STARTED_PID; wait_ready "$GATEWAY_PORT" "$PID" >/dev/null; PORT=$GATEWAY_PORT ;;
    ventures-list)
        ensure_db bench_seeded_ventures
        BENCH_SEED=true start_service ventures-service "$VENTURES_PORT" bench_seeded_ventures
        PID=$STARTED_PID; wait_ready "$VENTURES_PORT" "$PID" >/dev/null; PORT=$VENTURES_PORT ;;
    *) echo "usage: $0 trade|gateway|ventures-list" >&2; exit 2 ;;
esac
URL="http://127.0.0.1:$PORT/api/v1/trade/figures/1"
LOAD=("$BENCH_DIR/lua/ids.lua" "$ROWS")
if [[ $WHAT == ventures-list ]]; then
    URL="http://127.0.0.1:$PORT/api/v1/ventures?size=20"
    LOAD=()
fi
lock_cpu
log "warm-up until the rate is steady, then $DUR recorded"
warm_up "$URL" "${LOAD[@]}"
jcmd "$PID" JFR.start name=load settings=profile filename="$JFR" >/dev/null
read -r rps p50 p99 _ < <(wrk_run "$URL" 32 "$DUR" "${LOAD[@]}")
jcmd "$PID" JFR.stop name=load >/dev/null
unlock_cpu
echo "$WHAT under load: $rps req/s, p50 $p50 ms, p99 $p99 ms"
jfr print --events jdk.ExecutionSample --stack-depth 96 "$JFR" >"$TARGET/profile-$WHAT.samples"
python3 "$BENCH_DIR/jfr-summary.py" "$TARGET/profile-$WHAT.samples" "$LAYERS" 40 | tee "$TARGET/profile-$WHAT.txt"
