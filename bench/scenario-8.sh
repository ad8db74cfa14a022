#!/usr/bin/env bash
# Scenario 8 - cold start with and without the JVM's AOT cache: ms from `java -jar` to /q/health/ready = 200 and RSS
# 5 s after ready, per application, on JDK 17, on JDK 25, and on JDK 25 with an AOT cache (JEP 483/514/515) written by
# one training run the way ./bilateral and the images write it (aot_train in lib.sh: a start against no database,
# stopped once live). Beside bench/bare-app started the same way in each configuration, and bench/bare-orm-app (the bare
# app with Hibernate ORM, Panache, Flyway and one entity on PostgreSQL: the frameworks' own floor under a service's
# start). Each application is started alone, BENCH_STARTS times (default 3); the median counts.
# Goals (issue 21): ready <= 1.3x the bare app alone; RSS <= 160 MB idle.
# Knobs: BENCH_APPS (default: bare bare-orm trade-service agreements-service ventures-service gateway), BENCH_JDK17_HOME,
# BENCH_JDK25_HOME (default: found under /usr/lib/jvm), BENCH_JAVA_OPTS.
source "$(dirname "$0")/lib.sh"

STARTS="${BENCH_STARTS:-3}"
APPS=(${BENCH_APPS:-bare bare-orm trade-service agreements-service ventures-service gateway})
OUT="$RESULTS/results.tsv"
AOT_DIR="$TARGET/aot"
JDK17="$(jdk_home 17)"; JDK25="$(jdk_home 25)"
[[ -n "$JDK17" && -n "$JDK25" ]] || { echo "needs a JDK 17 and a JDK 25 (BENCH_JDK17_HOME, BENCH_JDK25_HOME)" >&2; exit 1; }
mkdir -p "$AOT_DIR"

pg_start
build_services
lock=(flock "$MVN_LOCK"); [[ "${BENCH_NO_LOCK:-0}" == 1 ]] && lock=()
for bare in bare-app bare-orm-app; do
    [[ $bare == bare-app || " ${APPS[*]} " == *" bare-orm "* ]] || continue
    log "building $bare (./mvnw -f bench/$bare/pom.xml package)"
    (cd "$ROOT" && "${lock[@]}" ./mvnw -B -q ${BENCH_MVN_OFFLINE:+-o} -Dmaven.repo.local="$M2" -f "bench/$bare/pom.xml" package -Dmaven.test.skip=true)
done
[[ " ${APPS[*]} " == *" bare-orm "* ]] && ensure_db bench_bare_orm
ensure_db bench_start_trade
ensure_db bench_agreements
ensure_db bench_ventures

jar_of() {
    case "$1" in
        bare) echo "$BENCH_DIR/bare-app/target/quarkus-app/quarkus-run.jar" ;;
        bare-orm) echo "$BENCH_DIR/bare-orm-app/target/quarkus-app/quarkus-run.jar" ;;
        *) echo "$ROOT/$1/target/quarkus-app/quarkus-run.jar" ;;
    esac
}
port_of() {
    case "$1" in
        bare) echo "$BARE_PORT" ;; bare-orm) echo "$BARE_ORM_PORT" ;; trade-service) echo "$TRADE_PORT" ;; agreements-service) echo "$AGREEMENTS_PORT" ;;
        ventures-service) echo "$VENTURES_PORT" ;; gateway) echo "$GATEWAY_PORT" ;;
    esac
}
# launch APP: starts it as scenario 5 does (seeds on, so the start-up seed check is part of the time)
launch() {
    case "$1" in
        bare) start_jar bare "$(jar_of bare)" "$BARE_PORT" ;;
        bare-orm) start_jar bare-orm "$(jar_of bare-orm)" "$BARE_ORM_PORT" QUARKUS_DATASOURCE_JDBC_URL="$(jdbc_url bench_bare_orm)" \
            QUARKUS_DATASOURCE_USERNAME="$PG_USER" QUARKUS_DATASOURCE_PASSWORD=bench ;;
        trade-service) BENCH_SEED=true start_service trade-service "$TRADE_PORT" bench_start_trade ;;
        agreements-service) BENCH_SEED=true start_service agreements-service "$AGREEMENTS_PORT" bench_agreements ;;
        ventures-service) BENCH_SEED=true start_service ventures-service "$VENTURES_PORT" bench_ventures ;;
        gateway) start_gateway ;;
    esac
}
# migrations and seed imports happen on the first start; do them once, untimed
for app in bare-orm trade-service agreements-service ventures-service; do
    [[ " ${APPS[*]} " == *" $app "* ]] || continue
    BENCH_JAVA="$JDK17/bin/java" launch "$app"; wait_ready "$(port_of "$app")" "$STARTED_PID" >/dev/null; stop_all
done

declare -A READY IDLE
CONFIGS=(jdk17 jdk25 jdk25-aot)
lock_cpu
for app in "${APPS[@]}"; do
    port=$(port_of "$app")
    cache="$AOT_DIR/$app.aot"
    t0=$(now_ms)
    BENCH_JAVA="$JDK25/bin/java" aot_train "$app" "$(jar_of "$app")" "$port" "$cache"
    log "$app: AOT cache $(( $(stat -c %s "$cache") / 1048576 )) MB, training run and writing $(( $(now_ms) - t0 )) ms"
    for config in "${CONFIGS[@]}"; do
        config_java "$config" "$cache"
        times=()
        for i in $(seq 1 "$STARTS"); do
            BENCH_JAVA="$java_bin" BENCH_EXTRA_JAVA_OPTS="${BENCH_EXTRA_JAVA_OPTS:-} $extra" launch "$app"
            pid=$STARTED_PID
            times+=("$(wait_ready "$port" "$pid")")
            if (( i == STARTS )); then sleep 5; IDLE[$app/$config]=$(rss_mb "$pid"); fi
            if grep -q '\]\[aot\]' "$LOGS/$app.log"; then log "$app/$config: the JVM reported on the AOT cache: $(grep -m1 '\]\[aot\]' "$LOGS/$app.log")"; fi
            stop_all
        done
        READY[$app/$config]=$(printf '%s\n' "${times[@]}" | median)
        log "$app/$config: ready ${READY[$app/$config]} ms (median of ${times[*]}), idle ${IDLE[$app/$config]} MB"
    done
done
unlock_cpu

echo
echo "Scenario 8: cold start, median of $STARTS, opts '$BENCH_JAVA_OPTS'   ($(machine); JDK 25: $("$JDK25/bin/java" -version 2>&1 | head -1))"
printf '%-20s' "process"; for c in "${CONFIGS[@]}"; do printf ' %22s' "$c ms (x bare) RSS"; done; echo
for app in "${APPS[@]}"; do
    printf '%-20s' "$app"
    for c in "${CONFIGS[@]}"; do
        x=$(ratio "${READY[$app/$c]}" "${READY[bare/$c]:-0}")
        printf ' %8s (%4s) %4sM' "${READY[$app/$c]}" "$x" "${IDLE[$app/$c]}"
    done
    echo
done
if [[ -n "${READY[bare-orm/jdk17]:-}" ]]; then
    # what the application adds to the frameworks' own start (bare-orm: REST, health, Hibernate ORM, Flyway, PostgreSQL)
    printf '%-20s' "x bare-orm"; for c in "${CONFIGS[@]}"; do printf ' %22s' "$c"; done; echo
    for app in "${APPS[@]}"; do
        [[ $app == bare || $app == bare-orm || $app == gateway ]] && continue
        printf '%-20s' "$app"
        for c in "${CONFIGS[@]}"; do printf ' %15s (%4s)' "${READY[$app/$c]}" "$(ratio "${READY[$app/$c]}" "${READY[bare-orm/$c]}")"; done
        echo
    done
fi
for app in "${APPS[@]}"; do
    [[ $app == bare ]] && continue
    for c in "${CONFIGS[@]}"; do
        x=$(ratio "${READY[$app/$c]}" "${READY[bare/$c]:-0}")
        goal="<= 1.3 / <= 160"; verdict="$(met "$x" '<=' 1.3) / $(met "${IDLE[$app/$c]}" '<=' 160)"
        # the ORM floor is a reference, not one of the platform's processes: no goal of its own
        [[ $app == bare-orm ]] && { goal="-"; verdict="-"; }
        result_row "$OUT" "8 cold start $app $c" "ready ms / RSS MB idle" "${READY[$app/$c]} / ${IDLE[$app/$c]}" \
            "${READY[bare/$c]:-} / ${IDLE[bare/$c]:-}" "$x" "$goal" "$verdict" "${BENCH_LABEL:-}"
    done
    result_row "$OUT" "8 cold start $app AOT gain" "ready ms jdk25 -> jdk25-aot" "${READY[$app/jdk25-aot]}" "${READY[$app/jdk25]}" \
        "$(ratio "${READY[$app/jdk25-aot]}" "${READY[$app/jdk25]}")" "-" "-" "${BENCH_LABEL:-}"
done
